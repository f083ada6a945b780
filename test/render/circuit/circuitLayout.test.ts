import { describe, expect, it } from 'vitest';
import { autoBoxSide, layoutCircuit, levelBoxesUsable, populationDepths, spacingOf } from '../../../src/render/circuit/circuitLayout';

// Pure layout maths: no simulation runs here (no dt or seed involved).
describe('circuit layout', () => {
  it('uses the level boxes only when every population has a distinct one', () => {
    const a = { kind: 'grid' as const, x: 0, y: 0, width: 10, height: 5 };
    const b = { kind: 'line' as const, x: 0, y: 8, width: 10, height: 1 };
    expect(levelBoxesUsable([a, b])).toBe(true);
    expect(levelBoxesUsable([a, null])).toBe(false);
    // Two populations that omitted their layout both get the schema default box.
    expect(levelBoxesUsable([{ ...a }, { ...a }])).toBe(false);
    expect(levelBoxesUsable([])).toBe(false);
  });

  it('copies the engine positions for level boxes (eid = index + 1) and sizes dots by spacing', () => {
    const neuronX = Float32Array.from([0, 1, 2, 3, 10]);
    const neuronY = Float32Array.from([0, 5, 5, 5, 7]);
    const layout = layoutCircuit({
      populations: [{ name: 'a', firstIndex: 0, count: 3 }, { name: 'b', firstIndex: 3, count: 1 }],
      projections: [{ from: 0, to: 1 }],
      levelBoxes: [{ kind: 'line', x: 1, y: 4.5, width: 2, height: 1 }, { kind: 'line', x: 10, y: 6.5, width: 1, height: 1 }],
      neuronX, neuronY,
    });
    expect(layout.source).toBe('level');
    expect(Array.from(layout.x)).toEqual([1, 2, 3, 10]);
    expect(Array.from(layout.y)).toEqual([5, 5, 5, 7]);
    // Line of 3 over width 2: spacing 1, dot half of it.
    expect(layout.boxes[0].dotSize).toBeCloseTo(0.5);
    expect(layout.bounds.minX).toBeLessThan(1);
    expect(layout.bounds.maxX).toBeGreaterThan(11);
  });

  it('spacing of grid, line and ring boxes', () => {
    expect(spacingOf({ kind: 'grid', x: 0, y: 0, width: 40, height: 20 }, 800)).toBeCloseTo(1);
    expect(spacingOf({ kind: 'line', x: 0, y: 0, width: 9, height: 1 }, 10)).toBeCloseTo(1);
    expect(spacingOf({ kind: 'ring', x: 0, y: 0, width: 10, height: 10 }, 10)).toBeCloseTo(Math.PI);
  });

  it('orders populations into columns by longest feed-forward path, ignoring loops and self-projections', () => {
    // Cerebellum-like: mossy0 → granule1 → {interneuron2, purkinje3}; interneuron → purkinje;
    // purkinje → nucleus4 → olive5 → purkinje (a loop); mossy → nucleus.
    const depth = populationDepths(6, [
      { from: 0, to: 1 }, { from: 1, to: 3 }, { from: 1, to: 2 }, { from: 2, to: 3 },
      { from: 5, to: 3 }, { from: 3, to: 4 }, { from: 0, to: 4 }, { from: 4, to: 5 }, { from: 1, to: 1 },
    ]);
    expect(depth).toEqual([0, 1, 2, 3, 4, 5]);
    // A pure loop with no input population still gets a finite layering.
    expect(populationDepths(2, [{ from: 0, to: 1 }, { from: 1, to: 0 }])).toEqual([0, 1]);
    expect(populationDepths(3, [])).toEqual([0, 0, 0]);
  });

  it('lays out automatically in non-overlapping boxes, every neuron inside its own box', () => {
    const populations = [
      { name: 'in', firstIndex: 0, count: 20 },
      { name: 'big', firstIndex: 20, count: 1000 },
      { name: 'side', firstIndex: 1020, count: 7 },
      { name: 'out', firstIndex: 1027, count: 1 },
    ];
    const layout = layoutCircuit({
      populations,
      projections: [{ from: 0, to: 1 }, { from: 0, to: 2 }, { from: 1, to: 3 }, { from: 2, to: 3 }],
      levelBoxes: [null, null, null, null],
      neuronX: new Float32Array(1029), neuronY: new Float32Array(1029),
    });
    expect(layout.source).toBe('auto');
    populations.forEach((p, i) => {
      const box = layout.boxes[i];
      for (let k = p.firstIndex; k < p.firstIndex + p.count; k++) {
        expect(layout.x[k]).toBeGreaterThanOrEqual(box.x);
        expect(layout.x[k]).toBeLessThanOrEqual(box.x + box.width);
        expect(layout.y[k]).toBeGreaterThanOrEqual(box.y);
        expect(layout.y[k]).toBeLessThanOrEqual(box.y + box.height);
      }
    });
    const overlap = (a: typeof layout.boxes[0], b: typeof layout.boxes[0]) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) expect(overlap(layout.boxes[i], layout.boxes[j])).toBe(false);
    // Columns left to right: in, {big, side}, out.
    expect(layout.boxes[0].x).toBeLessThan(layout.boxes[1].x);
    expect(layout.boxes[1].x + layout.boxes[1].width).toBeLessThan(layout.boxes[3].x);
    // Dots do not touch: at most the grid step apart.
    expect(layout.boxes[1].dotSize).toBeLessThan(autoBoxSide(1000) / Math.sqrt(1000));
  });
});
