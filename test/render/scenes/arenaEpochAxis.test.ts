import { describe, expect, it } from 'vitest';
import { niceCeil, shownEpochs } from '../../../src/render/scenes/arena/epochAxis';

describe('the credit arena epoch axis', () => {
  it('rounds up to 1, 2 or 5 × 10^k', () => {
    expect([1, 3, 20, 21, 199, 440, 501].map(niceCeil)).toEqual([1, 5, 20, 50, 200, 500, 1000]);
  });

  it('grows with the epochs run while some rule is still learning', () => {
    expect(shownEpochs(5, [0, 0], 1500)).toBe(20);
    expect(shownEpochs(130, [29, 0], 1500)).toBe(200);
    expect(shownEpochs(1400, [29, 0], 1500)).toBe(1500);
  });

  it('stops a little past the last rule to learn, so the learning fills the plot', () => {
    // The level's seed 1969 run: learned at 29, 35, 29, 222, 352 of 1500 epochs.
    expect(shownEpochs(1500, [29, 35, 29, 222, 352], 1500)).toBe(500);
    expect(shownEpochs(300, [29, 35, 29, 222, 280], 1500)).toBe(500);
    expect(shownEpochs(1500, [1300, 1400], 1500)).toBe(1500);
  });
});
