import { describe, expect, it } from 'vitest';
import { runQuickCheck } from '../../src/editor/quickCheck';
import { templateByKey } from '../../src/editor/templates';

describe('the quick headless check', () => {
  it('runs the STDP template for a few trials and gives a learning curve per objective', () => {
    // Timeline trials, deterministic (the level's seed 1); 10 pairings at +10 ms potentiate by about 10 × 0.01 × e^(-10/16.8) on 0.5.
    const result = runQuickCheck(templateByKey('stdp-pairing')!.create(), 10);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.trials).toBe(10);
    expect(result.curves.length).toBe(1);
    const [curve] = result.curves;
    expect(curve.perTrial.length).toBe(10);
    const values = curve.perTrial.filter((v): v is number => v !== null);
    expect(values.length).toBe(10);
    expect(values[9]).toBeGreaterThan(values[0]);
    expect(curve.value).toBeCloseTo(values[9], 9);
    expect(curve.met).toBe(false); // 10 pairings are not enough for +30 %
  });
  it('reports why an invalid draft cannot run', () => {
    const result = runQuickCheck({ title: 'x' }, 5);
    expect(result.ok).toBe(false);
  });
});
