/** The cortical map's kernel and readout against hand-worked answers (mapKernel.ts, mapReadout.ts). */
import { describe, expect, it } from 'vitest';
import { driveUnits, learnHebbian, learningRateAt, normaliseRows, settleActivity, touchPattern } from '../../../src/circuits/corticalMap/mapKernel';
import { mapOrder, preferredGroups, recruitment } from '../../../src/circuits/corticalMap/mapReadout';

describe('map kernel', () => {
  it('a touch is a Gaussian bump on its group only', () => {
    const x = new Float64Array(6);
    touchPattern(x, 2, 3, 1.5, 1);
    expect([...x.slice(0, 2)]).toEqual([0, 0]);
    expect(x[3]).toBe(1);
    expect(x[2]).toBeCloseTo(Math.exp(-0.5), 12);
    expect(x[5]).toBe(0);
  });
  it('drive is W·x and the winner is the most driven unit', () => {
    const w = Float64Array.from([1, 0, 0, 1, 0.5, 0.5]);
    const h = new Float64Array(3);
    expect(driveUnits(w, Float64Array.from([0, 2]), 3, h)).toBe(1);
    expect([...h]).toEqual([0, 2, 1]);
    expect(driveUnits(w, Float64Array.from([0, 0]), 3, h)).toBe(-1);
  });
  it('the settled bump has the winner\'s drive at its peak and falls off as a Gaussian', () => {
    const r = new Float64Array(5);
    settleActivity(Float64Array.from([0, 0, 3, 0, 0]), 2, 1, r);
    expect(r[2]).toBe(3);
    expect(r[0]).toBeCloseTo(3 * Math.exp(-2), 12);
  });
  it('a Hebbian step moves weight to the active input and keeps the row sum', () => {
    const w = Float64Array.from([0.5, 0.5, 0.5, 0.5]);
    learnHebbian(w, Float64Array.from([1, 0]), Float64Array.from([1, 0]), 1, 1, 0);
    expect(w[0]).toBeCloseTo(0.75, 12);
    expect(w[1]).toBeCloseTo(0.25, 12);
    expect([w[2], w[3]]).toEqual([0.5, 0.5]);
    const v = Float64Array.from([1, 3, 2, 2]);
    normaliseRows(v, 2, 1);
    expect([...v]).toEqual([0.25, 0.75, 0.5, 0.5]);
  });
  it('learning rate falls from its young to its adult value with age', () => {
    expect(learningRateAt(0, 0.1, 0.01, 1000)).toBeCloseTo(0.1, 12);
    expect(learningRateAt(1000, 0.1, 0.01, 1000)).toBeCloseTo(0.01 + 0.09 / Math.E, 12);
    expect(learningRateAt(1e9, 0.1, 0.01, 1000)).toBeCloseTo(0.01, 12);
  });
});

describe('map readout', () => {
  it('preferred group is the best response above the criterion', () => {
    const pref = new Int32Array(2);
    preferredGroups(Float64Array.from([0.2, 0.9, 0.1, 0.3]), 2, 2, 0.5, pref);
    expect([...pref]).toEqual([1, -1]);
  });
  it('recruitment counts the silenced group\'s former units now answering others, and neighbours', () => {
    const before = Int32Array.from([0, 1, 1, 1, 1, 2]);
    const now = Int32Array.from([0, 0, 2, -1, 0, 2]);
    const result = recruitment(before, now, Uint8Array.from([0, 1, 0]));
    expect(result.formerUnits).toBe(4);
    expect(result.recruited).toBe(0.75);
    expect(result.byNeighbours).toBe(0.75);
    const far = recruitment(Int32Array.from([0, 0]), Int32Array.from([2, 2]), Uint8Array.from([1, 0, 0]));
    expect(far.recruited).toBe(1);
    expect(far.byNeighbours).toBe(0);
  });
  it('order: monotonic fraction and extra patches', () => {
    const seen = new Uint8Array(3);
    expect(mapOrder(Int32Array.from([0, 0, -1, 1, 2, 2]), 3, seen)).toEqual({ monotonic: 1, extraPatches: 0 });
    const mixed = mapOrder(Int32Array.from([0, 1, 0, 2]), 3, seen);
    expect(mixed.monotonic).toBeCloseTo(2 / 3, 12);
    expect(mixed.extraPatches).toBe(1);
  });
});
