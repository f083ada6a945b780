/**
 * Voltage clamp and rate clamp, and their release. Tiny worlds, dt 1 ms, seed 9: Izhikevich (network
 * scheme) and LIF cells driven by a constant current (20 pA-equivalent; they fire tonically) and a
 * 100 Hz Poisson source. Then the calcium rule under clamp: the calcium-ltp level (one synapse,
 * 100 presynaptic pulses at 1 Hz, Shouval, Bear & Cooper 2002 rule), post cell clamped or free.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { runLevel } from '../../../src/levels/runLevel';
import { buildWorld, stepSim } from '../../../src/sim/index';
import { NeuronModel } from '../../../src/sim/params/neuronTypes';
import type { SimWorld } from '../../../src/sim/world/world';

function world(): SimWorld {
  return buildWorld({
    seed: 9, dtMs: 1,
    neuronTypes: [
      { name: 'net', model: NeuronModel.izhikevichNetwork },
      { name: 'lif', model: NeuronModel.lif, tauMMs: 20, vThreshMv: -54, vResetMv: -60, refractoryMs: 2 },
      { name: 'src', model: NeuronModel.poisson, rateHz: 100 },
    ],
    populations: [{ name: 'net', type: 'net', count: 10 }, { name: 'lif', type: 'lif', count: 10 }, { name: 'src', type: 'src', count: 10 }],
    projections: [],
    stimuli: ['net', 'lif'].map((target) => ({ name: `drive-${target}`, kind: 'constantCurrent' as const, target, amplitude: 20 })),
  });
}

const POP = { net: [1, 10], lif: [11, 20], src: [21, 30] } as const;

/** Steps `ticks` ticks; returns spikes per population and, per tick, the v of each listed eid. */
function run(w: SimWorld, ticks: number, watch: number[] = []) {
  const spikes = { net: 0, lif: 0, src: 0 };
  const v: number[][] = watch.map(() => []);
  const rejected: string[] = [];
  for (let t = 0; t < ticks; t++) {
    stepSim(w);
    for (let k = 0; k < w.spikedCount[0]; k++) {
      const eid = w.spikedList[k];
      spikes[eid <= 10 ? 'net' : eid <= 20 ? 'lif' : 'src']++;
    }
    watch.forEach((eid, i) => v[i].push(w.neurons.vMv[eid]));
    for (const e of w.events) if (e.type === 'commandRejected') rejected.push(e.reason);
    w.events.length = 0;
  }
  return { spikes, v, rejected };
}

describe('voltage clamp (Izhikevich and LIF, driven to fire, dt 1 ms)', () => {
  it('holds v at the clamp value on every tick, without spikes, even above threshold; release lets them fire again', () => {
    const w = world();
    expect(run(w, 200).spikes.net).toBeGreaterThan(50);
    w.commands.send({ type: 'voltageClamp', population: 'net', vMv: -40 });
    w.commands.send({ type: 'voltageClamp', population: 'lif', vMv: 35 });
    const clamped = run(w, 500, [1, 5, 11, 20]);
    expect(clamped.rejected).toEqual([]);
    expect(clamped.spikes.net).toBe(0);
    expect(clamped.spikes.lif).toBe(0);
    for (const series of clamped.v.slice(0, 2)) expect(new Set(series)).toEqual(new Set([-40]));
    for (const series of clamped.v.slice(2)) expect(new Set(series)).toEqual(new Set([35]));
    expect(w.neurons.clampedCount[0]).toBe(20);
    w.commands.send({ type: 'releaseClamp', population: 'net' });
    w.commands.send({ type: 'releaseClamp', population: 'lif' });
    const released = run(w, 300);
    expect(released.spikes.net).toBeGreaterThan(50);
    expect(released.spikes.lif).toBeGreaterThan(50);
    expect(w.neurons.clampedCount[0]).toBe(0);
  });

  it('clamps a subset only (ranges), and refuses a Poisson source or a missing voltage', () => {
    const w = world();
    w.commands.send({ type: 'voltageClamp', population: 'net', neurons: { ranges: [{ first: 0, last: 2 }] }, vMv: -65 });
    w.commands.send({ type: 'voltageClamp', population: 'src', vMv: -65 });
    w.commands.send({ type: 'voltageClamp', population: 'net' });
    const out = run(w, 300, [1, 3, 4]);
    expect(out.rejected).toHaveLength(2);
    expect(out.rejected[0]).toMatch(/Poisson spike source/);
    expect(out.rejected[1]).toMatch(/vMv/);
    expect(new Set(out.v[0])).toEqual(new Set([-65]));
    expect(new Set(out.v[1])).toEqual(new Set([-65]));
    expect(Math.max(...out.v[2])).toBeGreaterThan(0); // neuron 3 is free and spikes (v reaches the peak)
    expect(w.neurons.clampedCount[0]).toBe(3);
  });
});

describe('rate clamp (held at a rate), dt 1 ms, seed 9', () => {
  it('a Poisson source held at its resting rate keeps ~100 Hz; held at 10 Hz it fires ~10 Hz; released, ~100 Hz again', () => {
    const w = world();
    w.commands.send({ type: 'rateClamp', population: 'src' });
    const resting = run(w, 5000);
    expect(resting.rejected).toEqual([]);
    expect(resting.spikes.src / 10 / 5).toBeGreaterThan(90);
    expect(resting.spikes.src / 10 / 5).toBeLessThan(110);
    w.commands.send({ type: 'rateClamp', population: 'src', rateHz: 10 });
    const slow = run(w, 10_000);
    expect(slow.spikes.src / 10 / 10).toBeGreaterThan(8.5);
    expect(slow.spikes.src / 10 / 10).toBeLessThan(11.5);
    w.commands.send({ type: 'releaseClamp', population: 'src' });
    const free = run(w, 5000);
    expect(free.spikes.src / 10 / 5).toBeGreaterThan(90);
  });

  it('a driven membrane population held at 5 Hz fires ~5 Hz whatever its input, its membrane at rest; without rateHz it is refused', () => {
    const w = world();
    w.commands.send({ type: 'rateClamp', population: 'lif' });
    w.commands.send({ type: 'rateClamp', population: 'net', rateHz: 5 });
    const out = run(w, 10_000, [POP.net[0]]);
    expect(out.rejected).toHaveLength(1);
    expect(out.rejected[0]).toMatch(/give rateHz/);
    expect(out.spikes.net / 10 / 10).toBeGreaterThan(4);
    expect(out.spikes.net / 10 / 10).toBeLessThan(6);
    // Between its clamped spikes the cell rests at c (−65 mV): its drive would make it fire tonically.
    expect(out.v[0].filter((v) => v !== -65).length).toBe(0);
  });
});

describe('plasticity sees the clamped voltage: 1 Hz pairing under voltage clamp (calcium-ltp level, 100 pulses)', () => {
  const ratio = (vMv: number | null): number => {
    const raw = JSON.parse(readFileSync(new URL('../../../levels/calcium-ltp.json', import.meta.url), 'utf8'));
    if (vMv !== null) raw.timeline.sessions[0].phases[0].commandsAtStart = [{ type: 'voltageClamp', population: 'post', vMv }];
    const loaded = loadLevel(raw);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const out = runLevel(loaded.level);
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    return out.result.objectives[0].value!;
  };

  it('free: depression; clamped at −80 mV (NMDA blocked by Mg²⁺): no change; at −55 mV depression; at −10 mV potentiation (Ngezahayo et al. 2000)', () => {
    expect(ratio(null)).toBeLessThan(0.9);
    expect(Math.abs(ratio(-80) - 1)).toBeLessThan(0.01);
    expect(ratio(-55)).toBeLessThan(0.5);
    expect(ratio(-10)).toBeGreaterThan(3);
    // measured: free 0.74, −80 mV 1.00, −55 mV 0.33, −10 mV 3.28 (the paper's Fig. 3A: test/sim/plasticity/calcium.test.ts)
  });
});
