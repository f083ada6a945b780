/** Known answers for the pure statistics behind the cortex measures (src/sim/timeline/spikeStatistics.ts). */
import { describe, expect, it } from 'vitest';
import { coefficientOfVariation, cvFromSums, pearsonCorrelation, sdFromSums } from '../../../src/sim/timeline/spikeStatistics';

describe('spike statistics', () => {
  it('Pearson r: +1 for a scaled copy, −1 for a mirrored one, 0 for orthogonal deviations, NaN for a constant', () => {
    expect(pearsonCorrelation([1, 2, 3, 4], [3, 5, 7, 9])).toBeCloseTo(1, 12);
    expect(pearsonCorrelation([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearsonCorrelation([1, -1, 1, -1], [1, 1, -1, -1])).toBeCloseTo(0, 12);
    expect(pearsonCorrelation([1, 2, 3], [5, 5, 5])).toBeNaN();
    expect(pearsonCorrelation([1, 2], [1, 2, 3])).toBeNaN();
  });

  it('CV: 0 for a clock, 1 for intervals 0 and 2 (SD 1, mean 1), the same from sums; NaN for < 2 values', () => {
    expect(coefficientOfVariation([10, 10, 10])).toBe(0);
    expect(coefficientOfVariation([0, 2])).toBeCloseTo(1, 12);
    expect(cvFromSums(2, 2, 4)).toBeCloseTo(1, 12);
    expect(coefficientOfVariation([5])).toBeNaN();
  });

  it('SD from sums: values 1, 2, 3 give √(2/3); NaN for none', () => {
    expect(sdFromSums(3, 6, 14)).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(sdFromSums(0, 0, 0)).toBeNaN();
  });
});
