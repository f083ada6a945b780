import { describe, expect, it } from 'vitest';
import { boxExit, curveCrosses, edgeBetween, parallelShifts, selfLoop } from '../../../src/editor/views/edgeGeometry';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });

describe('arrow geometry', () => {
  it('leaves a box at its edge towards the other box', () => {
    expect(boxExit(box(0, 0), { x: 300, y: 0 })).toEqual({ x: 50, y: 0 });
    expect(boxExit(box(0, 0), { x: 0, y: -300 })).toEqual({ x: 0, y: -20 });
    expect(boxExit(box(0, 0), { x: 100, y: 100 })).toEqual({ x: 20, y: 20 });
  });

  it('runs between the boxes’ edges, shifted sideways when asked', () => {
    const line = edgeBetween(box(0, 0), box(300, 0), 0);
    expect(line.start).toEqual({ x: 50, y: 0 });
    expect(line.end).toEqual({ x: 250, y: 0 });
    expect(line.d).toBe('M50,0 L250,0');
    const shifted = edgeBetween(box(0, 0), box(300, 0), 8);
    expect(shifted.start.y).toBe(8);
  });

  it('bends round a box that sits between the two, instead of passing under it', () => {
    const top = box(0, 0);
    const middle = box(0, 150);
    const bottom = box(0, 300);
    expect(edgeBetween(top, bottom, 0, [top, bottom]).d).toBe('M0,20 L0,280');
    const bent = edgeBetween(top, bottom, 0, [top, middle, bottom]);
    expect(bent.d.includes(' Q')).toBe(true);
    const control = bent.d.split(' Q')[1].split(' ')[0].split(',').map(Number);
    expect(curveCrosses(bent.start, { x: control[0], y: control[1] }, bent.end, middle)).toBe(false);
    expect(curveCrosses({ x: 0, y: 20 }, { x: 0, y: 150 }, { x: 0, y: 280 }, middle)).toBe(true);
  });

  it('keeps A→B and B→A apart and leaves a lone arrow straight', () => {
    const shifts = parallelShifts([{ fromKey: 'a', toKey: 'b' }, { fromKey: 'b', toKey: 'a' }, { fromKey: 'a', toKey: 'c' }], 12);
    expect(shifts[2]).toBe(0);
    const ab = edgeBetween(box(0, 0), box(300, 0), shifts[0]);
    const ba = edgeBetween(box(300, 0), box(0, 0), shifts[1]);
    expect(Math.abs(ab.start.y - ba.end.y)).toBe(12);
  });

  it('draws a population onto itself as a loop out of its left side and back', () => {
    const loop = selfLoop(box(0, 100));
    expect(loop.start).toEqual({ x: -50, y: 90 });
    expect(loop.end).toEqual({ x: -50, y: 110 });
    expect(loop.d).toBe('M-50,90 C-90,78 -90,122 -50,110');
  });
});
