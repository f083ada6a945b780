import { describe, expect, it } from 'vitest';
import { countOf, formatCount, formatTick, niceTicks } from '../../src/render/ticks';

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten, inside the range', () => {
    expect(niceTicks(-1, 0, 5)).toEqual([-1, -0.8, -0.6, -0.4, -0.2, 0]);
    expect(niceTicks(0, 430, 4)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(0, 0.7, 5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
  it('returns the single value for an empty range', () => {
    expect(niceTicks(3, 3, 5)).toEqual([3]);
  });
  it('on an integer axis (trials) never puts a tick between two whole numbers', () => {
    // The learning curve's range after 3 trials (padded data range) gave 1.0, 1.5, 2.0, 2.5, 3.0.
    expect(niceTicks(0.88, 3.12, 5, true)).toEqual([1, 2, 3]);
    expect(niceTicks(0.5, 1.5, 5, true)).toEqual([1]);
    expect(niceTicks(0.4, 10.6, 5, true)).toEqual([2, 4, 6, 8, 10]);
    expect(niceTicks(2.5, 2.5, 5, true)).toEqual([]);
    for (let n = 1; n <= 300; n += 7) {
      for (const t of niceTicks(1 - 0.06 * n, n + 0.06 * n, 5, true)) expect(Number.isInteger(t), `${n} trials: tick ${t}`).toBe(true);
    }
  });
});

describe('countOf', () => {
  it('says "1 trial" and "3 trials"', () => {
    expect(countOf(1, 'trial')).toBe('1 trial');
    expect(countOf(0, 'trial')).toBe('0 trials');
    expect(countOf(15, 'trial')).toBe('15 trials');
    expect(countOf(2, 'child', 'children')).toBe('2 children');
  });
});

describe('formatTick / formatCount', () => {
  it('shows as many decimals as the step needs', () => {
    expect(formatTick(-0.4, 0.2)).toBe('-0.4');
    expect(formatTick(200, 100)).toBe('200');
    expect(formatTick(0.05, 0.05)).toBe('0.05');
  });
  it('abbreviates thousands and millions', () => {
    expect(formatCount(950)).toBe('950');
    expect(formatCount(1234)).toBe('1.2k');
    expect(formatCount(34_000)).toBe('34k');
    expect(formatCount(1_500_000)).toBe('1.5M');
  });
});

describe('count axes', () => {
  it('a small count gets whole-number ticks only', () => {
    expect(niceTicks(0, 1, Math.min(4, 1))).toEqual([0, 1]);
    expect(niceTicks(0, 3, Math.min(4, 3))).toEqual([0, 1, 2, 3]);
  });
});
