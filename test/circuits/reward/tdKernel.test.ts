/** The non-spiking TD kernel against SCIENCE.md §4: α = 0.3, γ = 1, cue at step 41, reward at step 54. */
import { describe, expect, it } from 'vitest';
import { createTdWeights, runTdTrial, type TdTrial } from '../../../src/circuits/reward/tdKernel';

const params = { alpha: 0.3, gamma: 1, taps: 40 };
const paired: TdTrial = { steps: 100, cueSteps: [41], rewards: [{ step: 54, amount: 1 }] };
const cueAlone: TdTrial = { steps: 100, cueSteps: [41], rewards: [] };

function train(w: Float64Array, trial: TdTrial, n: number): Float64Array {
  let delta: Float64Array = new Float64Array(0);
  for (let i = 0; i < n; i++) delta = runTdTrial(w, trial, params);
  return delta;
}

describe('TD kernel (SCIENCE.md §4)', () => {
  it('trial 1: δ = 1 at the reward, 0 at the cue and everywhere else', () => {
    const delta = runTdTrial(createTdWeights(1, params.taps), paired, params);
    expect(delta[54]).toBe(1);
    expect(delta[41]).toBe(0);
    expect(delta.reduce((s, d) => s + Math.abs(d), 0)).toBe(1);
  });

  it('trial 2: the error moves one step earlier (δ(53) = α, δ(54) = 1 − α)', () => {
    const w = createTdWeights(1, params.taps);
    runTdTrial(w, paired, params);
    const delta = runTdTrial(w, paired, params);
    expect(delta[53]).toBeCloseTo(0.3, 12);
    expect(delta[54]).toBeCloseTo(0.7, 12);
    expect(delta[41]).toBe(0);
  });

  it('trained: δ at the cue = γ^0 = 1, δ at the fully predicted reward ≈ 0', () => {
    const delta = train(createTdWeights(1, params.taps), paired, 300);
    expect(delta[41]).toBeCloseTo(1, 6);
    expect(Math.abs(delta[54])).toBeLessThan(1e-6);
    for (let t = 42; t < 54; t++) expect(Math.abs(delta[t])).toBeLessThan(1e-6);
  });

  it('with γ < 1 the cue response is the discounted value of the reward, γ^13', () => {
    const gamma = 0.9;
    const w = createTdWeights(1, params.taps);
    let delta: Float64Array = new Float64Array(0);
    for (let i = 0; i < 1000; i++) delta = runTdTrial(w, paired, { ...params, gamma });
    // V(41) = γ^12 (12 discounted steps to the last feature before the reward), δ(41) = γ·V(41).
    expect(delta[41]).toBeCloseTo(gamma ** 13, 6);
  });

  it('omitted reward after training: δ ≈ −1 at the time the reward was due, locked to it', () => {
    const w = createTdWeights(1, params.taps);
    train(w, paired, 300);
    const delta = runTdTrial(w, cueAlone, params);
    expect(delta[54]).toBeCloseTo(-1, 6);
    expect(delta[41]).toBeCloseTo(1, 6);
    for (let t = 42; t < 54; t++) expect(Math.abs(delta[t])).toBeLessThan(1e-6);
  });

  it('extinction: cue-alone trials bring the cue response back to 0', () => {
    const w = createTdWeights(1, params.taps);
    train(w, paired, 300);
    const delta = train(w, cueAlone, 400);
    expect(Math.abs(delta[41])).toBeLessThan(0.01);
    expect(Math.abs(delta[54])).toBeLessThan(0.01);
  });

  it('alphaNegative: negative errors step by their own size, positive ones by α', () => {
    const w = createTdWeights(1, params.taps);
    train(w, paired, 300);
    const before = w[12];
    runTdTrial(w, cueAlone, { ...params, alphaNegative: 0.1 });
    // The omitted reward's δ(54) = −1 credits x(53) = tap 12 by α− · (−1).
    expect(w[12]).toBeCloseTo(before - 0.1, 12);
    const fresh = createTdWeights(1, params.taps);
    runTdTrial(fresh, paired, { ...params, alphaNegative: 0.1 });
    expect(fresh[12]).toBeCloseTo(0.3, 12);
  });

  it('compound cue: two cues together share the prediction (each learns half)', () => {
    const w = createTdWeights(2, params.taps);
    const compound: TdTrial = { steps: 100, cueSteps: [41, 41], rewards: [{ step: 54, amount: 1 }] };
    const delta = train(w, compound, 300);
    expect(delta[41]).toBeCloseTo(1, 6);
    expect(w[0]).toBeCloseTo(0.5, 6);
    expect(w[params.taps]).toBeCloseTo(0.5, 6);
  });
});
