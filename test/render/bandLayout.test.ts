import { describe, expect, it } from 'vitest';
import { layoutBands } from '../../src/render/bandLayout';

const band = (name: string, firstIndex: number, count: number) => ({ name, firstIndex, count });

describe('layoutBands', () => {
  it('splits the height in proportion to neuron counts when every band is tall enough', () => {
    const layout = layoutBands([band('exc', 0, 800), band('inh', 800, 200)], 500, 16);
    expect(Array.from(layout.heightPx)).toEqual([400, 100]);
    expect(Array.from(layout.topPx)).toEqual([0, 400]);
    expect(layout.rowPx[0]).toBeCloseTo(0.5);
  });

  it('gives a one-neuron population the minimum height and the rest to the others', () => {
    const layout = layoutBands([band('inputs', 0, 1000), band('post', 1000, 1)], 500, 16);
    expect(layout.heightPx[1]).toBe(16);
    expect(layout.heightPx[0]).toBeCloseTo(484);
    expect(layout.topPx[1]).toBeCloseTo(484);
    expect(layout.rowPx[1]).toBe(16);
  });

  it('repeats until no rescaled band falls under the minimum, and always fills the height', () => {
    const layout = layoutBands([band('a', 0, 1000), band('b', 1000, 30), band('c', 1030, 1)], 200, 16);
    expect(layout.heightPx[1]).toBe(16);
    expect(layout.heightPx[2]).toBe(16);
    expect(Array.from(layout.heightPx).reduce((s, v) => s + v, 0)).toBeCloseTo(200);
  });

  it('shares equally when there are too many bands for the minimum', () => {
    const bands = Array.from({ length: 10 }, (_, i) => band(`p${i}`, i, 1));
    const layout = layoutBands(bands, 50, 16);
    expect(Array.from(layout.heightPx).every((h) => Math.abs(h - 5) < 1e-9)).toBe(true);
  });
});
