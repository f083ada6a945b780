/**
 * The DA-STDP period pass's fast clip (plasticity/daStdpWeightKernel.ts `passBounded`, f64x2.pmin/
 * pmax) must equal the JavaScript loop's Math.min(hi, Math.max(lo, w + c·K)) bit for bit wherever
 * boundedClipIsExact lets it run: weights of both signs and both zeros, eligibilities of both signs
 * and both zeros, K of both signs and both zeros, bounds of excitatory (lo = +0) and inhibitory
 * (hi = −0) projections. Where boundedClipIsExact refuses (lo = −0), the fast clip really differs,
 * so the guard is needed. No simulation: the kernel runs on hand-made arrays.
 */
import { describe, expect, it } from 'vitest';
import { boundedClipIsExact, DA_STDP_KERNEL_BYTES } from '../../../src/sim/plasticity/daStdpWeightKernel';

type Pass = (w: number, c: number, pairs: number, big: number, decay: number, lo: number, hi: number) => void;

const memory = new WebAssembly.Memory({ initial: 1 });
const exports = new WebAssembly.Instance(new WebAssembly.Module(DA_STDP_KERNEL_BYTES), { m: { memory } }).exports;
const bounded = exports.passBounded as Pass;
const exact = exports.pass as Pass;

const WEIGHTS = [0, -0, 1e-300, -1e-300, 0.5, -0.5, 3.9, -3.9, 4, -4, 7, -7, 1e308, -1e308];
const ELIGIBILITIES = [0, -0, 1e-3, -1e-3, 0.25, -0.25, 2, -2, 1e300, -1e300];
const COUNT = WEIGHTS.length * ELIGIBILITIES.length;
const W_BYTE = 0;
const C_BYTE = 8 * COUNT;

/** Runs one pass over every weight × eligibility pair; returns the resulting words (weights then eligibilities). */
function run(pass: Pass, big: number, lo: number, hi: number): { weights: Float64Array; eligibilities: Float64Array } {
  const w = new Float64Array(memory.buffer, W_BYTE, COUNT);
  const c = new Float64Array(memory.buffer, C_BYTE, COUNT);
  let i = 0;
  for (const weight of WEIGHTS) for (const eligibility of ELIGIBILITIES) { w[i] = weight; c[i] = eligibility; i++; }
  pass(W_BYTE, C_BYTE, COUNT / 2, big, 0.99, lo, hi);
  return { weights: w.slice(), eligibilities: c.slice() };
}

function javascriptLoop(big: number, lo: number, hi: number): Float64Array {
  const out = new Float64Array(COUNT);
  let i = 0;
  for (const weight of WEIGHTS) for (const eligibility of ELIGIBILITIES) out[i++] = Math.min(hi, Math.max(lo, weight + eligibility * big));
  return out;
}

/** Bit patterns, so +0 and −0 (and NaN payloads) count as different. */
const bits = (values: Float64Array): string => Array.from(new BigUint64Array(values.slice().buffer), (b) => b.toString(16)).join(',');

describe('DA-STDP period pass: the pseudo-min/max clip equals Math.min/max where it is used', () => {
  it('is exact for excitatory bounds [+0, 4] and inhibitory bounds [−4, −0], K of either sign or zero', () => {
    expect(COUNT % 2).toBe(0);
    for (const [lo, hi] of [[0, 4], [-4, -0], [0.5, 3], [-3, -0.5], [0, 0], [-4, 0.5]]) {
      for (const big of [0, -0, 0.37, -0.37, 1e10, -1e10]) {
        expect(boundedClipIsExact(big, lo, hi)).toBe(true);
        const fast = run(bounded, big, lo, hi);
        expect(bits(fast.weights)).toBe(bits(javascriptLoop(big, lo, hi)));
        expect(bits(fast.weights)).toBe(bits(run(exact, big, lo, hi).weights));
        expect(bits(fast.eligibilities)).toBe(bits(run(exact, big, lo, hi).eligibilities));
      }
    }
  });

  it('is refused where it would differ: lo = −0, hi = +0 below a negative lo, a K that is not finite', () => {
    expect(boundedClipIsExact(0.37, -0, 4)).toBe(false);
    expect(boundedClipIsExact(0.37, -4, 0)).toBe(false);
    expect(boundedClipIsExact(Infinity, 0, 4)).toBe(false);
    expect(boundedClipIsExact(NaN, 0, 4)).toBe(false);
    // The guard is needed: with lo = −0 the pseudo-maximum keeps −0 where Math.max gives +0.
    expect(bits(run(bounded, 0.37, -0, 4).weights)).not.toBe(bits(javascriptLoop(0.37, -0, 4)));
    expect(bits(run(exact, 0.37, -0, 4).weights)).toBe(bits(javascriptLoop(0.37, -0, 4)));
  });
});
