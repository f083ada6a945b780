/**
 * Temporally specific credit (temporalCredit.ts) on hand-made arrays: each HVC neuron's window of
 * song frames, its δ from those frames only, the per-frame shares of the critic's error, and an
 * update that leaves a neuron whose frames were not judged differently untouched. No simulation.
 */
import { describe, expect, it } from 'vitest';
import { creditSegmentBounds, creditWindows, hvcDeltas } from '../../../src/circuits/songbird/temporalCredit';
import { applyNodePerturbation } from '../../../src/circuits/songbird/nodePerturbation';
import { compareWithTemplate } from '../../../src/circuits/songbird/songCritic';
import { DEFAULT_SONGBIRD_PARAMS } from '../../../src/circuits/songbird';
import type { SongTemplate } from '../../../src/circuits/songbird/audio/songTemplate';

describe('temporally specific credit', () => {
  it('syllables own their frames up to the middle of each gap', () => {
    expect(Array.from(creditSegmentBounds([{ startFrame: 1, endFrame: 4 }, { startFrame: 6, endFrame: 9 }], 10))).toEqual([0, 5, 10]);
    expect(Array.from(creditSegmentBounds([{ startFrame: 2, endFrame: 8 }], 10))).toEqual([0, 10]);
  });

  it('a neuron takes the whole syllables its motor effect [burst − lead, burst − lead + window) lands in', () => {
    // Bursts at rendition ticks 0, 10, 45, 95; lead 10 ticks; 10-tick frames; syllables 1-4 and 6-9 of 10 frames; 40-tick window.
    const bounds = creditSegmentBounds([{ startFrame: 1, endFrame: 4 }, { startFrame: 6, endFrame: 9 }], 10);
    const windows = creditWindows(Int32Array.from([0, 10, 45, 95]), 10, 10, bounds, 40);
    // The third neuron's effect (frames 3-7) straddles the gap: it takes both syllables.
    expect(Array.from(windows)).toEqual([0, 5, 0, 5, 0, 10, 5, 10]);
  });

  it('δ_j sums δ_k over j\'s own frames only', () => {
    const windows = Int32Array.from([0, 2, 2, 4]);
    const out = new Float64Array(2);
    hvcDeltas(out, windows, Float64Array.from([-1, -2, 0.5, 0.25]));
    expect(Array.from(out)).toEqual([-3, 0.75]);
  });

  it('noise over one frame changes the synapses of the neuron acting there, not its neighbour\'s', () => {
    const windows = Int32Array.from([0, 2, 2, 4]);
    const delta = new Float64Array(2);
    hvcDeltas(delta, windows, Float64Array.from([-4, 0, 0, 0]));
    const weight = Float64Array.from([1, 1, 1, 1]);
    applyNodePerturbation(weight, Int32Array.from([0, 2]), Float64Array.from([1, -1, 1, -1]), 2, 2, 0.1, delta, 10);
    expect(Array.from(weight).map((w) => +w.toFixed(9))).toEqual([0.6, 1.4, 1, 1]);
  });

  it('the critic\'s per-frame shares e_k add up to the template error E', () => {
    const template: SongTemplate = {
      frameMs: 10,
      pitchHz: Float32Array.from([0, 600, 600, 500, 0]),
      amplitude: Float32Array.from([0, 0.8, 0.8, 0.6, 0]),
      voiced: Uint8Array.from([0, 1, 1, 1, 0]),
      syllables: [{ startFrame: 1, endFrame: 4 }],
    };
    const heard = { frameMs: 10, pitchHz: Float32Array.from([0, 640, 0, 470, 0]), amplitude: Float32Array.from([0.1, 0.7, 0.2, 0.6, 0]), voiced: Uint8Array.from([0, 1, 0, 1, 0]) };
    const shares = new Float64Array(5);
    const { templateError } = compareWithTemplate(heard, template, DEFAULT_SONGBIRD_PARAMS, shares);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(templateError, 12);
    // The unvoiced frame 2 (pitch error at the cap) carries the largest share; frame 4 matches exactly.
    expect(Math.max(...shares)).toBe(shares[2]);
    expect(shares[4]).toBe(0);
  });
});
