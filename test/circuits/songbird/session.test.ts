/**
 * Fast checks of the songbird circuit on short sessions (LIF, exact exponential step, dt = 1 ms;
 * tutor 'zebra-finch-a'; seeds 3 and 4). The long learning, lesion, deafening and white-noise
 * signatures are in test/science-long/songbird.long.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { PROJECTION, runSongbirdSession } from '../../../src/circuits/songbird';
import { hashWorldState, projectionByName } from '../../../src/sim';

const weightsOf = (world: Parameters<typeof projectionByName>[0]): number[] => {
  const p = projectionByName(world, PROJECTION.hvcRa);
  return Array.from(world.synapses.weight.subarray(p.firstSynapse, p.firstSynapse + p.count));
};

describe('songbird sessions (short)', () => {
  it('each HVC neuron bursts once per rendition (~4 spikes), at its own time', () => {
    const { world, handle } = runSongbirdSession([{ name: 'sing', renditions: 2 }], 3);
    const { hvc } = handle.state;
    const counts = new Array<number>(hvc.count).fill(0);
    world.monitors.spikes.forEachSince(0, (_tick, neuron) => { if (neuron + 1 >= hvc.first && neuron + 1 < hvc.end) counts[neuron + 1 - hvc.first]++; });
    for (const c of counts) expect(c).toBe(8);
  });

  it('is deterministic, and the songs vary from rendition to rendition with LMAN intact', () => {
    const a = runSongbirdSession([{ name: 'sing', renditions: 15 }], 4);
    const b = runSongbirdSession([{ name: 'sing', renditions: 15 }], 4);
    expect(hashWorldState(a.world)).toBe(hashWorldState(b.world));
    expect(a.renditions).toHaveLength(15);
    expect(a.renditions.at(-1)!.variabilitySemitones).toBeGreaterThan(0.1);
    const sims = new Set(a.renditions.map((r) => r.similarity.toFixed(6)));
    expect(sims.size).toBeGreaterThan(10);
  });

  it('with LMAN lesioned from the start every rendition is the same and no weight changes', () => {
    const { world, renditions } = runSongbirdSession([{ name: 'sing', renditions: 12, commandsAtStart: [{ type: 'lesion', population: 'lman' }] }], 4);
    const initial = runSongbirdSession([{ name: 'sing', renditions: 1, commandsAtStart: [{ type: 'lesion', population: 'lman' }] }], 4);
    // Zero up to the rounding of the SD's sum of squares.
    expect(renditions.at(-1)!.variabilitySemitones).toBeLessThan(1e-6);
    // The lesion command lands one tick into the first rendition (commands apply at the next tick),
    // so the first rendition still has a few ms of LMAN input; from the second on, all are identical.
    const errors = renditions.slice(1).map((r) => r.templateError);
    expect(Math.max(...errors) - Math.min(...errors)).toBeLessThan(1e-9);
    expect(weightsOf(world)).toEqual(weightsOf(initial.world));
  });

  it('plasticity off (setPlasticity hvcRa false) keeps the weights while LMAN still varies the song', () => {
    const off = runSongbirdSession([{ name: 'sing', renditions: 12, commandsAtStart: [{ type: 'setPlasticity', projection: 'hvcRa', enabled: false }] }], 4);
    const initial = runSongbirdSession([{ name: 'sing', renditions: 1, commandsAtStart: [{ type: 'setPlasticity', projection: 'hvcRa', enabled: false }] }], 4);
    expect(weightsOf(off.world)).toEqual(weightsOf(initial.world));
    expect(off.renditions.at(-1)!.variabilitySemitones).toBeGreaterThan(0.1);
  });
});
