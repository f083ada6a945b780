/**
 * Izhikevich (2003) kernels (src/sim/models/izhikevich.ts) against hand computations and the
 * analytic fixed points of dv/dt = 0.04v² + 5v + 140 − u + I, du/dt = a(bv − u).
 * No randomness.
 */
import { describe, expect, it } from 'vitest';
import { izhikevichDvDt, izhikevichNetworkVoltageStep, izhikevichRecoveryStep } from '../../../src/sim/models/izhikevich';

/**
 * At a fixed point u = bv, so 0.04v² + (5 − b)v + 140 + I = 0:
 *   v± = (−(5 − b) ± √((5 − b)² − 0.16(140 + I))) / 0.08.
 * The roots merge (saddle-node) when (5 − b)² = 0.16(140 + I), i.e. I* = (5 − b)²/0.16 − 140.
 */
function restPoint(b: number, current: number): { rest: number; saddle: number } {
  const p = 5 - b;
  const root = Math.sqrt(p * p - 0.16 * (140 + current));
  return { rest: (-p - root) / 0.08, saddle: (-p + root) / 0.08 };
}
const saddleNodeCurrent = (b: number): number => (5 - b) ** 2 / 0.16 - 140;

/** Jacobian at (v, u = bv): [[0.08v + 5, −1], [ab, −a]]; returns trace, determinant, eigenvalues. */
function linearise(a: number, b: number, vMv: number): { trace: number; det: number; re: number; im: number } {
  const j11 = 0.08 * vMv + 5;
  const trace = j11 - a;
  const det = -a * j11 + a * b;
  const disc = trace * trace - 4 * det;
  return { trace, det, re: trace / 2, im: disc < 0 ? Math.sqrt(-disc) / 2 : 0 };
}

describe('izhikevichDvDt and the network scheme kernels (hand computations)', () => {
  it('dv/dt at hand-picked points', () => {
    // 0.04·4900 − 350 + 140 + 14 + 10 = 10
    expect(izhikevichDvDt(-70, -14, 10)).toBeCloseTo(10, 12);
    // 0.04·900 + 150 + 140 − 0 + 0 = 326
    expect(izhikevichDvDt(30, 0, 0)).toBeCloseTo(326, 12);
  });

  it('network voltage step, dt = 1 ms (two 0.5 ms half-steps, u held): −70 → −65 → −61 with u = −14, I = 10', () => {
    // half 1: −70 + 0.5·10 = −65; half 2: f(−65) = 169 − 325 + 140 + 14 + 10 = 8, so −65 + 0.5·8 = −61
    expect(izhikevichNetworkVoltageStep(-70, -14, 10, 1)).toBeCloseTo(-61, 12);
    // dt = 0.5: half steps of 0.25: −70 + 2.5 = −67.5; f(−67.5) = 182.25 − 337.5 + 164 = 8.75 → −67.5 + 2.1875
    expect(izhikevichNetworkVoltageStep(-70, -14, 10, 0.5)).toBeCloseTo(-65.3125, 12);
  });

  it('recovery step uses the voltage it is given: u + dt·a(bv − u)', () => {
    // −14 + 1·0.02·(0.2·(−61) + 14) = −14 + 0.02·1.8 = −13.964
    expect(izhikevichRecoveryStep(-14, -61, 0.02, 0.2, 1)).toBeCloseTo(-13.964, 12);
    expect(izhikevichRecoveryStep(-14, -70, 0.02, 0.2, 1)).toBe(-14); // at u = bv nothing moves
  });
});

describe('fixed points and the saddle-node (analytic, b = 0.2)', () => {
  it('rest is −70 mV and the saddle −50 mV at I = 0, and dv/dt vanishes there in the kernel', () => {
    const { rest, saddle } = restPoint(0.2, 0);
    expect(rest).toBeCloseTo(-70, 12);
    expect(saddle).toBeCloseTo(-50, 12);
    expect(izhikevichDvDt(-70, 0.2 * -70, 0)).toBeCloseTo(0, 12);
    expect(izhikevichDvDt(-50, 0.2 * -50, 0)).toBeCloseTo(0, 12);
    expect(izhikevichRecoveryStep(-14, -70, 0.02, 0.2, 1)).toBe(-14);
  });

  it('the saddle-node current is exactly 4.0: (5 − 0.2)²/0.16 − 140 = 23.04/0.16 − 140, double root at −60 mV', () => {
    expect(saddleNodeCurrent(0.2)).toBeCloseTo(4, 12);
    expect(izhikevichDvDt(-60, 0.2 * -60, 4)).toBeCloseTo(0, 12);
    // just below: two fixed points; just above: none (dv/dt > 0 everywhere on u = bv)
    expect(Number.isNaN(restPoint(0.2, 3.999).rest)).toBe(false);
    expect(Number.isNaN(restPoint(0.2, 4.001).rest)).toBe(true);
    for (let v = -100; v <= 30; v += 0.5) expect(izhikevichDvDt(v, 0.2 * v, 4.001)).toBeGreaterThan(0);
  });

  it('RS (a = 0.02) rest is a stable node at I = 0: both eigenvalues real and negative', () => {
    const { trace, det, im } = linearise(0.02, 0.2, -70);
    expect(trace).toBeCloseTo(-0.62, 12); // 0.08·(−70) + 5 − 0.02
    expect(det).toBeCloseTo(0.016, 12); // −0.02·(−0.6) + 0.02·0.2
    expect(im).toBe(0);
  });
});

describe('damped subthreshold oscillations at rest (linearisation, I = 0)', () => {
  it('LTS / TC (a = 0.02, b = 0.25): rest −64.41 mV, a damped focus at ~3.8 Hz', () => {
    const rest = restPoint(0.25, 0).rest;
    expect(rest).toBeCloseTo(-64.4139, 4);
    const { re, im } = linearise(0.02, 0.25, rest);
    expect(re).toBeLessThan(0);
    expect((im / (2 * Math.PI)) * 1000).toBeCloseTo(3.80, 2);
  });

  it('RZ (a = 0.1, b = 0.26): rest −62.5 mV, a damped focus at ~24.4 Hz (trace −0.1, det 0.026)', () => {
    const rest = restPoint(0.26, 0).rest;
    expect(rest).toBeCloseTo(-62.5, 10);
    const { trace, det, re, im } = linearise(0.1, 0.26, rest);
    expect(trace).toBeCloseTo(-0.1, 10);
    expect(det).toBeCloseTo(0.026, 10);
    expect(re).toBeLessThan(0);
    expect((im / (2 * Math.PI)) * 1000).toBeCloseTo(24.40, 2);
  });
});
