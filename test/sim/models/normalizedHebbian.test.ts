// The normalised Hebbian (instar) kernel against its analytic answers: one step moves each weight η
// of the way to its share W·x_j/Σx; the weights' sum relaxes to W; repeated steps with fixed traces
// converge to the shares; a cell whose inputs are all silent does not change.
import { describe, expect, it } from 'vitest';
import { hebbianShareTarget, hebbianStep } from '../../../src/sim/models/normalizedHebbian';

describe('normalised Hebbian kernel', () => {
  it('one step: w_j += η·(W·x_j/Σx − w_j)', () => {
    const w = Float64Array.from([1, 1, 1, 1]);
    const x = [3, 1, 0, 0];
    expect(hebbianStep(w, x, 4, 0.5)).toBe(4);
    expect(Array.from(w)).toEqual([1 + 0.5 * (3 - 1), 1 + 0.5 * (1 - 1), 0.5, 0.5]);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(4, 12);
  });

  it('converges to each input\'s share of the total, keeping the sum (η = 0.1, 200 steps)', () => {
    const w = Float64Array.from([2, 2, 2, 2, 2]);
    const x = [5, 4, 1, 0, 0];
    for (let i = 0; i < 200; i++) hebbianStep(w, x, 10, 0.1);
    expect(w[0]).toBeCloseTo(5, 6);
    expect(w[1]).toBeCloseTo(4, 6);
    expect(w[2]).toBeCloseTo(1, 6);
    expect(w[3]).toBeCloseTo(0, 6);
    expect(hebbianShareTarget(10, 5, 10)).toBe(5);
  });

  it('silent inputs (Σx = 0) leave the weights alone', () => {
    const w = Float64Array.from([1, 2]);
    expect(hebbianStep(w, [0, 0], 3, 0.5)).toBe(0);
    expect(Array.from(w)).toEqual([1, 2]);
    expect(hebbianShareTarget(3, 0, 0)).toBe(0);
  });
});
