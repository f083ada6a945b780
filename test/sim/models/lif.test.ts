/**
 * LIF exact exponential step (src/sim/models/lif.ts) against the closed form and a fine forward-Euler
 * integration of τm dv/dt = (vRest − v) + gExc(eExc − v) + gInh(eInh − v) + R·I. No randomness.
 */
import { describe, expect, it } from 'vitest';
import { lifExactStep } from '../../../src/sim/models/lif';

const TAU_MS = 20;
const V_REST = -70;

/** Forward Euler with step hMs over durationMs, inputs held constant. */
function fineEuler(v0: number, durationMs: number, hMs: number, gExc: number, eExc: number, gInh: number, eInh: number, drivenMv: number): number {
  let v = v0;
  const steps = Math.round(durationMs / hMs);
  for (let k = 0; k < steps; k++) v += (hMs / TAU_MS) * ((V_REST - v) + gExc * (eExc - v) + gInh * (eInh - v) + drivenMv);
  return v;
}

describe('lifExactStep (exact exponential step)', () => {
  it('constant current input: n steps of dt equal the closed form v∞ + (v0 − v∞)e^(−t/τ) (1e-12)', () => {
    const drivenMv = 25; // R·I
    const vInf = V_REST + drivenMv;
    for (const dtMs of [0.1, 0.25, 1]) {
      let v = -70;
      for (let n = 1; n <= 200; n++) {
        v = lifExactStep(v, V_REST, TAU_MS, dtMs, 0, 0, 0, 0, drivenMv);
        expect(v).toBeCloseTo(vInf + (-70 - vInf) * Math.exp((-n * dtMs) / TAU_MS), 12);
      }
    }
  });

  it('one step from rest with R·I = 10 mV and dt = τ: −70 + 10(1 − 1/e)', () => {
    expect(lifExactStep(-70, V_REST, TAU_MS, TAU_MS, 0, 0, 0, 0, 10)).toBeCloseTo(-70 + 10 * (1 - Math.exp(-1)), 12);
  });

  it('conductances: relaxes to (vRest + gE·eE + gI·eI + R·I)/(1 + gE + gI) with τ/(1 + gE + gI)', () => {
    const gExc = 0.5, gInh = 0.25;
    const vInf = (V_REST + gExc * 0 + gInh * -80 + 4) / (1 + gExc + gInh);
    expect(lifExactStep(vInf, V_REST, TAU_MS, 1, gExc, 0, gInh, -80, 4)).toBeCloseTo(vInf, 12);
    const tauEff = TAU_MS / (1 + gExc + gInh);
    expect(lifExactStep(-60, V_REST, TAU_MS, 3, gExc, 0, gInh, -80, 4)).toBeCloseTo(vInf + (-60 - vInf) * Math.exp(-3 / tauEff), 12);
  });

  it('agrees with forward Euler at h = 2e-6 ms to 1e-6 mV (current and conductance input, 10 ms)', () => {
    const cases: Array<[number, number, number, number, number, number]> = [
      // v0, gExc, eExc, gInh, eInh, R·I
      [-70, 0, 0, 0, 0, 25],
      [-55, 0, 0, 0, 0, -5],
      [-65, 0.3, 0, 0.1, -80, 2],
    ];
    for (const [v0, gExc, eExc, gInh, eInh, drivenMv] of cases) {
      const exact = lifExactStep(v0, V_REST, TAU_MS, 10, gExc, eExc, gInh, eInh, drivenMv);
      const euler = fineEuler(v0, 10, 2e-6, gExc, eExc, gInh, eInh, drivenMv);
      expect(Math.abs(exact - euler)).toBeLessThan(1e-6);
    }
  });
});
