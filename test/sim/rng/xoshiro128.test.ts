/**
 * Known-answer tests for xoshiro128** 1.1 (Blackman & Vigna 2018) and its splitmix32 seeding.
 * The constants were produced once by a C transcription of the published reference algorithm
 * (rotl(s[1]·5, 7)·9, then the xorshift/rotate state update), compiled with gcc 12.2 (fixtures/xoshiro128ss_reference.c); splitmix32 as in
 * src/sim/rng/xoshiro128.ts (golden gamma 0x9e3779b9, murmur3 finaliser). No gcc at run time.
 */
import { describe, expect, it } from 'vitest';
import { nextUint32, seedXoshiro128, splitmix32 } from '../../../src/sim/rng/xoshiro128';

function draws(state: Uint32Array, offset: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(nextUint32(state, offset));
  return out;
}

describe('xoshiro128** 1.1 known answers (C reference, gcc)', () => {
  it('raw state {1, 2, 3, 4}: first six outputs, the 1000th, and the state after 1000 steps', () => {
    const s = Uint32Array.from([1, 2, 3, 4]);
    expect(draws(s, 0, 6)).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
    for (let i = 6; i < 999; i++) nextUint32(s, 0);
    expect(nextUint32(s, 0)).toBe(3170714187);
    expect(Array.from(s)).toEqual([2954884481, 294556968, 2598411021, 550772539]);
  });

  it('splitmix32 seeding, seed 42: state words, first eight outputs and the 1000th', () => {
    const s = new Uint32Array(4);
    seedXoshiro128(s, 0, 42);
    expect(Array.from(s)).toEqual([939911724, 3948730756, 321366731, 3317318717]);
    expect(draws(s, 0, 8)).toEqual([2837322924, 544945897, 479756282, 3500138142, 339756180, 113173290, 65323186, 1112262688]);
    for (let i = 8; i < 999; i++) nextUint32(s, 0);
    expect(nextUint32(s, 0)).toBe(3502085780);
  });

  it('splitmix32 seeding, seeds 0, 2^32 − 1 and 20240601: state words and first outputs', () => {
    const s = new Uint32Array(4);
    seedXoshiro128(s, 0, 0);
    expect(Array.from(s)).toEqual([2462723854, 1020716019, 454327756, 1275600319]);
    expect(draws(s, 0, 4)).toEqual([3809008728, 1133695204, 53579671, 2891528803]);
    seedXoshiro128(s, 0, 4294967295);
    expect(Array.from(s)).toEqual([920564995, 4230986166, 697614773, 1778835764]);
    expect(draws(s, 0, 4)).toEqual([835879718, 1921286648, 2356205009, 1885780724]);
    seedXoshiro128(s, 0, 20240601);
    expect(Array.from(s)).toEqual([1728308341, 3118617303, 1833587144, 1550075244]);
    expect(draws(s, 0, 4)).toEqual([1682434128, 2614547273, 2387850999, 887086894]);
  });

  it('splitmix32 advances its own one-word state by the golden gamma', () => {
    const mixer = new Uint32Array([42]);
    expect(splitmix32(mixer)).toBe(939911724);
    expect(mixer[0]).toBe((42 + 0x9e3779b9) >>> 0);
  });

  it('a state at a non-zero offset is independent of its neighbours', () => {
    const shared = new Uint32Array(12);
    seedXoshiro128(shared, 4, 42);
    const before = [shared[0], shared[1], shared[2], shared[3], shared[8], shared[9], shared[10], shared[11]];
    expect(draws(shared, 4, 3)).toEqual([2837322924, 544945897, 479756282]);
    expect([shared[0], shared[1], shared[2], shared[3], shared[8], shared[9], shared[10], shared[11]]).toEqual(before);
  });
});
