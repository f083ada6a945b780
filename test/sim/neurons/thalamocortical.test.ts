/**
 * TC (thalamo-cortical) signatures of Izhikevich (2003), SCIENCE.md §1. Scheme: 'izhikevichEuler',
 * eulerStepMs 0.25, dtMs 0.25 (figure-code order). The cell rests at −63 mV: with u = bv the fixed
 * point condition 0.04v² + (5 − b)v + 140 + I = 0 needs a holding current
 * I_hold(v) = −(0.04v² + 4.75v + 140), 0.49 at −63 mV and −29.51 at −87 mV. No randomness.
 */
import { describe, expect, it } from 'vitest';
import { burstSizes, interSpikeIntervals, singleCellWorld, spikeTimesMs } from './singleCell';

const holdingCurrent = (vMv: number): number => -(0.04 * vMv * vMv + 4.75 * vMv + 140);

describe('TC, Euler 0.25 ms', () => {
  it('tonic spiking from rest at −63 mV when the total current steps to 1.5 (50-550 ms)', () => {
    const hold = holdingCurrent(-63); // 0.49
    const world = singleCellWorld('TC', {
      scheme: 'izhikevichEuler', dtMs: 0.25, initialVMv: -63,
      stimuli: [{ amplitude: hold, startMs: 0, endMs: 600 }, { amplitude: 1.5 - hold, startMs: 50, endMs: 550 }],
    });
    const spikes = spikeTimesMs(world, 600);
    expect(spikes[0]).toBeGreaterThan(50); // nothing before the step: −63 mV is a true rest point
    expect(spikes.length).toBeGreaterThanOrEqual(8); // measured 14
    expect(burstSizes(spikes).every((size) => size === 1)).toBe(true); // no bursts: tonic
    expect(spikes[spikes.length - 1]).toBeGreaterThan(500); // fires throughout
    const late = interSpikeIntervals(spikes.filter((t) => t >= 200 && t < 550));
    const mean = late.reduce((s, x) => s + x, 0) / late.length;
    expect(late.every((isi) => Math.abs(isi / mean - 1) < 0.1)).toBe(true); // regular
  });

  it('rebound burst (≥ 2 spikes ≤ 15 ms apart within 50 ms) after release from hyperpolarisation to −87 mV', () => {
    const hold = holdingCurrent(-63);
    // step the total current to I_hold(−87) = −29.51 for 300 ms (6 recovery time constants 1/a)
    const world = singleCellWorld('TC', {
      scheme: 'izhikevichEuler', dtMs: 0.25, initialVMv: -63, probeEveryMs: 1,
      stimuli: [{ amplitude: hold, startMs: 0, endMs: 600 }, { amplitude: holdingCurrent(-87) - hold, startMs: 50, endMs: 350 }],
    });
    const spikes = spikeTimesMs(world, 600);
    const probe = world.monitors.probes[0].series();
    const vAtRelease = probe.values[probe.ticks.indexOf(349 / 0.25)][0];
    expect(vAtRelease).toBeCloseTo(-87, 0); // measured −87.00
    expect(spikes.filter((t) => t < 350)).toEqual([]);
    const rebound = spikes.filter((t) => t >= 350 && t < 400); // measured 355.75, 360.5, 366, 372.75, 382
    expect(rebound.length).toBeGreaterThanOrEqual(2);
    expect(burstSizes(rebound)[0]).toBeGreaterThanOrEqual(2);
  });

  it('without the hyperpolarisation the same cell stays silent at −63 mV', () => {
    const world = singleCellWorld('TC', {
      scheme: 'izhikevichEuler', dtMs: 0.25, initialVMv: -63, stimuli: [{ amplitude: holdingCurrent(-63), startMs: 0, endMs: 600 }],
    });
    expect(spikeTimesMs(world, 600)).toEqual([]);
  });
});
