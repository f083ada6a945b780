/**
 * Published firing signatures of Izhikevich (2003) neuron types (SCIENCE.md §1), each a one-neuron
 * world built with buildWorld. Scheme: 'izhikevichEuler', eulerStepMs 0.25 and dtMs 0.25 (the
 * single-cell figure code: v ← v + h·f(v, u); u ← u + h·a(bv − u) with the new v; then v ≥ 30 →
 * v ← c, u ← u + d). Protocol: v0 = −70, u0 = b·v0, constant current 10 from 50 to 550 ms.
 * Spikes are read from world.monitors.spikes; only spikes at t ≥ 50 ms count (LTS, TC and RZ fire
 * once at ~12 ms because u0 = b·v0 at −70 mV lies below their resting u). No randomness.
 * A burst is a run of spikes ≤ 15 ms apart. Steady ISI: mean ISI of spikes in [300, 550) ms.
 */
import { describe, expect, it } from 'vitest';
import { burstSizes, interSpikeIntervals, standardProtocolSpikes, steadyIsiMs } from './singleCell';

const euler = (type: Parameters<typeof standardProtocolSpikes>[0]) => standardProtocolSpikes(type, 'izhikevichEuler', 0.25);
const rateInFirst100MsHz = (times: number[]) => times.filter((t) => t >= 50 && t < 150).length * 10;

describe('Izhikevich signatures, Euler 0.25 ms, I = 10 from 50 to 550 ms', () => {
  it('RS: tonic single spikes, first ISI ≥ 1.8x shorter than steady, ~12 spikes, steady ~22 Hz', () => {
    const spikes = euler('RS');
    const isis = interSpikeIntervals(spikes);
    const steady = steadyIsiMs(spikes);
    expect(burstSizes(spikes).every((size) => size === 1)).toBe(true);
    expect(steady / isis[0]).toBeGreaterThanOrEqual(1.8); // measured 45.95 / 19.5 = 2.36
    expect(spikes.length).toBeGreaterThanOrEqual(11); // measured 12
    expect(spikes.length).toBeLessThanOrEqual(13);
    expect(1000 / steady).toBeGreaterThan(19); // measured 21.8 Hz
    expect(1000 / steady).toBeLessThan(25);
  });

  it('IB: one initial burst of 2-3 spikes, then single spikes', () => {
    const sizes = burstSizes(euler('IB')); // measured [3, 1 × 14]
    expect(sizes[0]).toBeGreaterThanOrEqual(2);
    expect(sizes[0]).toBeLessThanOrEqual(3);
    expect(sizes.length).toBeGreaterThan(5);
    expect(sizes.slice(1).every((size) => size === 1)).toBe(true);
  });

  it('CH: repeated bursts of ≥ 3 spikes throughout the stimulus', () => {
    const spikes = euler('CH');
    const sizes = burstSizes(spikes); // measured [7, 4 × 8]
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    expect(sizes.every((size) => size >= 3)).toBe(true);
    // the last burst starts in the last 100 ms of the stimulus: bursting lasts throughout
    const lastBurstStart = spikes[spikes.length - sizes[sizes.length - 1]];
    expect(lastBurstStart).toBeGreaterThan(450);
  });

  it('FS: steady rate ~110 Hz, ≥ 4x RS, almost no adaptation', () => {
    const fs = euler('FS');
    const steady = steadyIsiMs(fs);
    expect(1000 / steady).toBeGreaterThan(95); // measured 110.4 Hz
    expect(1000 / steady).toBeLessThan(125);
    expect(steadyIsiMs(euler('RS')) / steady).toBeGreaterThanOrEqual(4); // measured 5.1
    // almost no adaptation: the first 100 ms fire within 15% of the steady rate (measured 120 vs
    // 110 Hz; RS 30 vs 22, LTS 100 vs 68), and from the third ISI on every ISI is within 10% of steady
    expect(rateInFirst100MsHz(fs) / (1000 / steady)).toBeLessThan(1.15);
    const isis = interSpikeIntervals(fs);
    expect(isis.slice(2).every((isi) => Math.abs(isi / steady - 1) < 0.1)).toBe(true);
    expect(burstSizes(fs)).toHaveLength(1); // one continuous high-frequency train
  });

  it('LTS: high-frequency train with strong adaptation; steady rates FS > LTS > RS', () => {
    const lts = euler('LTS');
    const steady = steadyIsiMs(lts);
    const isis = interSpikeIntervals(lts);
    expect(1000 / steady).toBeGreaterThan(50); // measured 67.7 Hz
    expect(1000 / isis[0]).toBeGreaterThan(200); // first ISI 3.5 ms
    expect(steady / isis[0]).toBeGreaterThanOrEqual(3); // strong adaptation: measured 4.2 (FS 1.8)
    expect(rateInFirst100MsHz(lts) / (1000 / steady)).toBeGreaterThan(1.3); // measured 1.48
    const fsRate = 1000 / steadyIsiMs(euler('FS'));
    const rsRate = 1000 / steadyIsiMs(euler('RS'));
    expect(fsRate).toBeGreaterThan(1000 / steady);
    expect(1000 / steady).toBeGreaterThan(rsRate);
  });
});
