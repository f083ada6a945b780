import { describe, expect, it } from 'vitest';
import { binValues } from '../../src/render/histogram';

describe('binValues', () => {
  it('bins a range that starts at zero and puts the maximum in the last bin', () => {
    const bins = binValues([0, 0.5, 1, 1, 2, 4], 0, 6, 4);
    expect(bins.lo).toBe(0);
    expect(bins.hi).toBe(4);
    expect(Array.from(bins.counts)).toEqual([2, 2, 1, 1]);
    expect(bins.maxCount).toBe(2);
    expect(bins.total).toBe(6);
  });

  it('uses only the given slice and skips inactive and non-finite values', () => {
    const values = [100, 1, 2, NaN, 3, -100];
    const active = [1, 1, 0, 1, 1, 1];
    const bins = binValues(values, 1, 4, 3, active);
    expect(bins.total).toBe(2);
    expect(bins.hi).toBe(3);
    expect(Array.from(bins.counts)).toEqual([0, 1, 1]);
  });

  it('includes negative weights and zero', () => {
    const bins = binValues([-2, -1, 1], 0, 3, 2);
    expect(bins.lo).toBe(-2);
    expect(bins.hi).toBe(1);
    expect(Array.from(bins.counts)).toEqual([2, 1]);
  });

  it('gives a constant or empty set a unit-wide range', () => {
    expect(binValues([0, 0], 0, 2, 5).hi).toBe(1);
    const empty = binValues([], 0, 0, 5);
    expect(empty.total).toBe(0);
    expect(empty.maxCount).toBe(0);
  });
});
