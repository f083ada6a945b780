/**
 * Kernels of the songbird circuit, on hand-made arrays: the node-perturbation eligibility and update
 * (Fiete, Fee & Seung 2007), the critic's comparison with the template, the motor map.
 * No simulation (no dt or seed needed beyond the stated dtMs = 1 of the kernel calls).
 */
import { describe, expect, it } from 'vitest';
import { accumulateEligibility, applyNodePerturbation } from '../../../src/circuits/songbird/nodePerturbation';
import { compareWithTemplate, similarityOf } from '../../../src/circuits/songbird/songCritic';
import { loudnessCommand, pitchCommandHz } from '../../../src/circuits/songbird/motorCommand';
import { DEFAULT_SONGBIRD_PARAMS } from '../../../src/circuits/songbird';
import type { SongTemplate } from '../../../src/circuits/songbird/audio/songTemplate';

/** The same δ for both HVC neurons of the 2×2 examples. */
const both = (delta: number): Float64Array => Float64Array.from([delta, delta]);

describe('node-perturbation rule', () => {
  it('e_ij accumulates x_j·ξ_i·dt only for active HVC neurons', () => {
    const e = new Float64Array(3 * 2);
    accumulateEligibility(e, Float64Array.from([0, 2, 0.5]), Float64Array.from([1, -3]), 2, 1);
    expect(Array.from(e)).toEqual([0, 0, 2, -6, 0.5, -1.5]);
    accumulateEligibility(e, Float64Array.from([0, 1, 0]), Float64Array.from([1, 1]), 2, 0.5);
    expect(Array.from(e)).toEqual([0, 0, 2.5, -5.5, 0.5, -1.5]);
  });

  it('Δw = η·(R − R̄)·e, clipped to [0, wMax]; nothing changes when δ = 0 or e = 0', () => {
    const rows = Int32Array.from([0, 2]);
    const e = Float64Array.from([1, -1, 0, 10]);
    const w = Float64Array.from([1, 1, 1, 1]);
    applyNodePerturbation(w, rows, e, 2, 2, 0.1, both(0.5), 1.2);
    expect(Array.from(w).map((x) => +x.toFixed(6))).toEqual([1.05, 0.95, 1, 1.2]);
    applyNodePerturbation(w, rows, e, 2, 2, 0.1, both(-30), 1.2);
    expect(w[0]).toBe(0);
    const before = Array.from(w);
    applyNodePerturbation(w, rows, e, 2, 2, 0.1, both(0), 1.2);
    applyNodePerturbation(w, rows, new Float64Array(4), 2, 2, 0.1, both(3), 1.2);
    expect(Array.from(w)).toEqual(before);
  });

  it('in expectation it climbs the gradient: a linear unit learns its target under random perturbations', () => {
    // One "RA neuron" whose output is w·x + ξ; R = −(output − target)²; the rule alone must reach the target.
    let w = 0, baseline = Number.NaN, seed = 12345;
    const uniform = (): number => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 2 ** 32; };
    for (let trial = 0; trial < 3000; trial++) {
      const xi = uniform() - 0.5;
      const r = -((w + xi - 2) ** 2);
      const e = Float64Array.from([xi]);
      const weights = Float64Array.from([w]);
      const b = Number.isNaN(baseline) ? r : baseline;
      applyNodePerturbation(weights, Int32Array.from([0, 1]), e, 1, 1, 0.5, Float64Array.from([r - b]), 10);
      w = weights[0];
      baseline = b + 0.1 * (r - b);
    }
    expect(w).toBeGreaterThan(1.8);
    expect(w).toBeLessThan(2.2);
  });
});

describe('critic and motor map', () => {
  const template: SongTemplate = {
    frameMs: 10,
    pitchHz: Float32Array.from([0, 600, 600, 0]),
    amplitude: Float32Array.from([0, 0.8, 0.8, 0]),
    voiced: Uint8Array.from([0, 1, 1, 0]),
    syllables: [{ startFrame: 1, endFrame: 3 }],
  };
  const scales = DEFAULT_SONGBIRD_PARAMS;

  it('an identical song scores 100; a semitone off scores 80', () => {
    const same = compareWithTemplate({ frameMs: 10, pitchHz: template.pitchHz, amplitude: template.amplitude, voiced: template.voiced }, template, scales);
    expect(same.templateError).toBe(0);
    expect(same.similarity).toBe(100);
    const up = 600 * 2 ** (1 / 12);
    const off = compareWithTemplate({ frameMs: 10, pitchHz: Float32Array.from([0, up, up, 0]), amplitude: template.amplitude, voiced: template.voiced }, template, scales);
    expect(off.pitchErrorSemitones).toBeCloseTo(1, 5);
    expect(off.similarity).toBeCloseTo(80, 3);
    expect(similarityOf(1)).toBe(50);
  });

  it('a tutor-voiced frame the bird leaves unvoiced counts as the cap', () => {
    const gap = compareWithTemplate({ frameMs: 10, pitchHz: Float32Array.from([0, 600, 0, 0]), amplitude: template.amplitude, voiced: Uint8Array.from([0, 1, 0, 0]) }, template, scales);
    expect(gap.pitchErrorSemitones).toBeCloseTo(Math.sqrt(scales.pitchErrorCapSemitones ** 2 / 2), 6);
  });

  it('push-pull pools set pitch in semitones and loudness down to silence', () => {
    expect(pitchCommandHz(600, 50, 50, scales)).toBeCloseTo(600, 9);
    expect(pitchCommandHz(600, 50 + 12 / scales.semitonesPerHz, 50, scales)).toBeCloseTo(1200, 6);
    expect(pitchCommandHz(600, 1000, 0, scales)).toBeCloseTo(600 * 2 ** (scales.pitchRangeSemitones / 12), 6);
    expect(loudnessCommand(0, 200, scales)).toBeLessThan(0.001);
    expect(loudnessCommand(50, 0, scales)).toBeCloseTo(0.8, 2);
    expect(loudnessCommand(500, 0, scales)).toBe(1);
  });
});
