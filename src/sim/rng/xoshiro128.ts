/**
 * xoshiro128** 1.1 (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators"),
 * a small published 32-bit generator that suits JavaScript's int32 arithmetic.
 * The state lives in a Uint32Array so that world snapshots capture it with the other state arrays.
 * Seeding follows the authors' advice: fill the state with splitmix32 outputs.
 */

/** One step of splitmix32 (the 32-bit variant of Steele, Lea & Flood's SplitMix). */
export function splitmix32(seedState: Uint32Array): number {
  seedState[0] = (seedState[0] + 0x9e3779b9) >>> 0;
  let z = seedState[0];
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Fills a 4-word xoshiro128 state from a 32-bit seed with splitmix32 (never all zero). */
export function seedXoshiro128(state: Uint32Array, offset: number, seed: number): void {
  const mixer = new Uint32Array([seed >>> 0]);
  for (let i = 0; i < 4; i++) state[offset + i] = splitmix32(mixer);
  if ((state[offset] | state[offset + 1] | state[offset + 2] | state[offset + 3]) === 0) state[offset] = 1;
}

/** Advances the state at `offset` and returns the next 32-bit output as an unsigned integer. */
export function nextUint32(s: Uint32Array, offset: number): number {
  const s0 = s[offset], s1 = s[offset + 1], s2 = s[offset + 2], s3 = s[offset + 3];
  const m = Math.imul(s1, 5);
  const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
  const t = s1 << 9;
  const n2 = s2 ^ s0;
  const n3 = s3 ^ s1;
  s[offset + 1] = s1 ^ n2;
  s[offset] = s0 ^ n3;
  s[offset + 2] = n2 ^ t;
  s[offset + 3] = (n3 << 11) | (n3 >>> 21);
  return result;
}

const TWO_POW_MINUS_32 = 1 / 4294967296;

/**
 * Adds `gain · (min + span · U)` to out[i] for i in [from, to), U uniform in [0, 1) with 32 bits;
 * the draws and sums equal repeated nextUint32 calls (tested). The generator step is inlined (a
 * call per draw costs several times the step in V8); `| 0` keeps the words int32 in registers.
 */
export function addUniforms(state: Uint32Array, offset: number, out: Float64Array, gain: number, min: number, span: number, from: number, to: number): void {
  let s0 = state[offset] | 0, s1 = state[offset + 1] | 0, s2 = state[offset + 2] | 0, s3 = state[offset + 3] | 0;
  for (let i = from; i < to; i++) {
    const m = Math.imul(s1, 5);
    const bits = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
    out[i] += gain * (min + span * ((bits >>> 0) * TWO_POW_MINUS_32));
  }
  state[offset] = s0; state[offset + 1] = s1; state[offset + 2] = s2; state[offset + 3] = s3;
}
