// The tag-trigger-consolidation kernels (Clopath et al. 2008) against their analytic answers: the
// element transitions take a fraction of what is at baseline; the protein and consolidation steps
// are the exact solutions of their linear ODEs (checked against many small forward-Euler steps);
// z never moves without proteins or without a tag; the weight is w₀ + w_e·(h − l) + w_l·z, never < 0.
import { describe, expect, it } from 'vitest';
import { consolidationStep, elementsDown, elementsUp, proteinStep, tagTriggerWeight, triggerOn } from '../../../src/sim/models/tagTrigger';

describe('tag-trigger-consolidation kernels', () => {
  it('induction moves a fraction of the baseline elements, never past 1 in all', () => {
    expect(elementsUp(0.2, 0.3, 0.5)).toBeCloseTo(0.2 + 0.5 * 0.5, 15);
    expect(elementsDown(0.2, 0.3, 0.5)).toBeCloseTo(0.3 + 0.5 * 0.5, 15);
    expect(elementsUp(0.2, 0.3, 7)).toBeCloseTo(0.7, 15);
    expect(elementsUp(0.6, 0.4, 0.5)).toBe(0.6);
  });

  it('the trigger is a threshold on the summed early change', () => {
    expect(triggerOn(12.01, 12)).toBe(true);
    expect(triggerOn(12, 12)).toBe(false);
  });

  it('the protein step is exact: p(t) = d + (p0 − d)·e^(−t/τ)', () => {
    const tau = 200;
    let euler = 0.3;
    const dt = 0.001;
    for (let i = 0; i < 50_000; i++) euler += (dt * (-euler + 1)) / tau;
    expect(proteinStep(0.3, 1, Math.exp(-50 / tau))).toBeCloseTo(1 + (0.3 - 1) * Math.exp(-0.25), 15);
    expect(Math.abs(proteinStep(0.3, 1, Math.exp(-50 / tau)) - euler)).toBeLessThan(1e-6);
  });

  it('consolidation relaxes z toward 1 (LTP tag), −½ (LTD tag), ¼ (both) at rate p/τ_z, exactly', () => {
    const tauZ = 100;
    const p = 0.4;
    const euler = (z0: number, up: boolean, down: boolean) => {
      let z = z0;
      const dt = 0.001;
      for (let i = 0; i < 20_000; i++) z += (dt * p * ((up ? 1 - z : 0) - (down ? z + 0.5 : 0))) / tauZ;
      return z;
    };
    expect(consolidationStep(0.1, p, true, false, 20, tauZ)).toBeCloseTo(1 - 0.9 * Math.exp(-0.08), 15);
    for (const [up, down] of [[true, false], [false, true], [true, true]] as const) {
      expect(Math.abs(consolidationStep(0.1, p, up, down, 20, tauZ) - euler(0.1, up, down))).toBeLessThan(1e-6);
    }
  });

  it('without proteins or without a tag, z stays where it is (late LTP lasts)', () => {
    expect(consolidationStep(0.7, 0, true, false, 1000, 10)).toBe(0.7);
    expect(consolidationStep(0.7, 1, false, false, 1000, 10)).toBe(0.7);
  });

  it('weight = w₀ + w_early·(h − l) + w_late·z, floored at 0', () => {
    expect(tagTriggerWeight(1, 1, 0.6, 0.3, 0.1, 0.5)).toBeCloseTo(1 + 0.2 + 0.3, 15);
    expect(tagTriggerWeight(0.1, 1, 0.6, 0, 1, -0.5)).toBe(0);
  });
});
