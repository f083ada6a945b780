import { describe, expect, it } from 'vitest';
import { niceTicks, niceTicksForPx, tickLabelPx } from '../../src/render/ticks';

describe('niceTicksForPx: tick labels by the axis length', () => {
  it('gives a 45 px tall plot two or three labels where niceTicks gave six', () => {
    expect(niceTicks(0, 1, 4).length).toBe(6);
    for (const [lo, hi] of [[0, 1], [-0.06, 0.02], [-0.01, 0.01], [0, 100]] as const) {
      const ticks = niceTicksForPx(lo, hi, 45, 4);
      expect(ticks.length, `${lo}..${hi}`).toBeGreaterThanOrEqual(2);
      expect(ticks.length, `${lo}..${hi}`).toBeLessThanOrEqual(3);
    }
  });

  it('never puts two labels closer than one label height', () => {
    for (const px of [20, 30, 45, 60, 90, 140, 300]) {
      for (const [lo, hi] of [[0, 1], [-0.06, 0.02], [0, 4500], [0, 7]] as const) {
        const ticks = niceTicksForPx(lo, hi, px, 6);
        if (ticks.length < 2) continue;
        const gapPx = ((ticks[1] - ticks[0]) / (hi - lo)) * px;
        expect(gapPx, `${px} px, ${lo}..${hi}: ${ticks.join(' ')}`).toBeGreaterThanOrEqual(tickLabelPx - 1e-9);
      }
    }
  });

  it('keeps the usual count in a tall plot, and whole numbers on an integer axis', () => {
    expect(niceTicksForPx(0, 1, 300, 4)).toEqual(niceTicks(0, 1, 4));
    expect(niceTicksForPx(0, 3, 40, 4, true).every(Number.isInteger)).toBe(true);
  });
});
