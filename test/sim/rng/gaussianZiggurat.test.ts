/**
 * Ziggurat standard normal (src/sim/rng/gaussianZiggurat.ts) against the exact normal distribution.
 * Generator xoshiro128** seeded by splitmix32 with seed 12345; 10^6 draws. Tolerances are ~5 standard
 * errors of each statistic, so the fixed seed is not what makes them pass.
 */
import { describe, expect, it } from 'vitest';
import { GaussianZiggurat, sharedZiggurat } from '../../../src/sim/rng/gaussianZiggurat';
import { seedXoshiro128 } from '../../../src/sim/rng/xoshiro128';

const N = 1_000_000;
const SEED = 12345;

/** erfc by the Chebyshev fit of Numerical Recipes (erfcc), relative error < 1.2e-7. */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
    + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}
const normalCdf = (x: number): number => 0.5 * erfc(-x / Math.SQRT2);

function drawMany(seed: number, n: number): Float64Array {
  const state = new Uint32Array(4);
  seedXoshiro128(state, 0, seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sharedZiggurat.draw(state, 0);
  return out;
}

describe(`ziggurat N(0,1), 10^6 draws, xoshiro128** seed ${SEED}`, () => {
  const x = drawMany(SEED, N);

  it('mean, variance and excess kurtosis match N(0,1) within 5 standard errors', () => {
    let m1 = 0;
    for (let i = 0; i < N; i++) m1 += x[i];
    m1 /= N;
    let m2 = 0, m4 = 0;
    for (let i = 0; i < N; i++) { const d = (x[i] - m1) ** 2; m2 += d; m4 += d * d; }
    m2 /= N; m4 /= N;
    const excessKurtosis = m4 / (m2 * m2) - 3;
    expect(Math.abs(m1)).toBeLessThan(5 / Math.sqrt(N)); // se 0.001
    expect(Math.abs(m2 - 1)).toBeLessThan(5 * Math.sqrt(2 / N)); // se 0.0014
    expect(Math.abs(excessKurtosis)).toBeLessThan(5 * Math.sqrt(24 / N)); // se 0.0049
  });

  it('tail probabilities P(|x| > 3) and P(|x| > 4) (4 is in the exact tail sampler beyond r = 3.6542) match the exact values', () => {
    const p3 = erfc(3 / Math.SQRT2); // 0.0026998
    const p4 = erfc(4 / Math.SQRT2); // 6.334e-5
    let n3 = 0, n4 = 0;
    for (let i = 0; i < N; i++) { const a = Math.abs(x[i]); if (a > 3) n3++; if (a > 4) n4++; }
    expect(Math.abs(n3 - N * p3)).toBeLessThan(5 * Math.sqrt(N * p3)); // expected 2700 ± 52
    expect(Math.abs(n4 - N * p4)).toBeLessThan(5 * Math.sqrt(N * p4)); // expected 63 ± 8
  });

  it('Kolmogorov-Smirnov distance to the normal CDF is below the 0.1% critical value 1.95/√n', () => {
    const sorted = Float64Array.from(x).sort();
    let dMax = 0;
    for (let i = 0; i < N; i++) {
      const f = normalCdf(sorted[i]);
      dMax = Math.max(dMax, (i + 1) / N - f, f - i / N);
    }
    expect(dMax).toBeLessThan(1.95 / Math.sqrt(N));
  });

  it('chi-square over 100 equiprobable bins is below the 0.1% critical value (df 99: 148.2)', () => {
    const bins = 100;
    const counts = new Float64Array(bins);
    for (let i = 0; i < N; i++) counts[Math.min(bins - 1, Math.floor(normalCdf(x[i]) * bins))]++;
    const expected = N / bins;
    let chi2 = 0;
    for (let b = 0; b < bins; b++) chi2 += (counts[b] - expected) ** 2 / expected;
    expect(chi2).toBeLessThan(148.2);
  });

  it('is symmetric: as many draws fall below −3 as above 3', () => {
    let low = 0, high = 0;
    for (let i = 0; i < N; i++) { if (x[i] < -3) low++; else if (x[i] > 3) high++; }
    expect(Math.abs(low - high)).toBeLessThan(5 * Math.sqrt(low + high));
  });
});

describe('addGaussians batch path (xoshiro128** seed 99)', () => {
  it('adds mean + sd·draw() bit for bit, including slow-path draws, and leaves the same state', () => {
    const n = 200_000; // includes hundreds of slow-path draws, so the batch's hand-off to slowPath is exercised
    const batchState = new Uint32Array(8);
    const loopState = new Uint32Array(8);
    seedXoshiro128(batchState, 4, 99);
    seedXoshiro128(loopState, 4, 99);
    const batch = new Float64Array(n + 2).fill(0.5);
    sharedZiggurat.addGaussians(batchState, 4, batch, -1.25, 3.5, 1, n + 1);
    const loop = new Float64Array(n + 2).fill(0.5);
    for (let i = 1; i < n + 1; i++) loop[i] += -1.25 + 3.5 * sharedZiggurat.draw(loopState, 4);
    expect(batch[0]).toBe(0.5);
    expect(batch[n + 1]).toBe(0.5);
    let mismatches = 0;
    for (let i = 0; i < n + 2; i++) if (!Object.is(batch[i], loop[i])) mismatches++;
    expect(mismatches).toBe(0);
    expect(Array.from(batchState)).toEqual(Array.from(loopState));
  });

  it('a fresh table instance gives the same draws as the shared one', () => {
    const fresh = new GaussianZiggurat();
    const a = new Uint32Array(4), b = new Uint32Array(4);
    seedXoshiro128(a, 0, 5);
    seedXoshiro128(b, 0, 5);
    for (let i = 0; i < 10000; i++) expect(fresh.draw(a, 0)).toBe(sharedZiggurat.draw(b, 0));
  });
});
