/**
 * A fixed reference kernel timed before the benchmarks, so a reader can tell a slow machine from a
 * slow engine: this shared machine's speed drifts (measured here from 2.0 to 3.2 ns per iteration
 * of the same loop within one afternoon). The kernel is a xoshiro128** loop over 10^7 iterations.
 */
export function calibrationNsPerIteration(): number {
  const state = new Int32Array([1, 2, 3, 4]);
  const out = new Float64Array(10_000);
  const samples: number[] = [];
  for (let repeat = 0; repeat < 5; repeat++) {
    const start = performance.now();
    for (let k = 0; k < 1000; k++) referenceLoop(state, out);
    samples.push(((performance.now() - start) * 1e6) / 1e7);
  }
  samples.sort((a, b) => a - b);
  return samples[2];
}

function referenceLoop(state: Int32Array, out: Float64Array): void {
  let s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3];
  for (let i = 0; i < out.length; i++) {
    const m = Math.imul(s1, 5);
    const bits = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = (s3 << 11) | (s3 >>> 21);
    out[i] += bits * 2.3283064365386963e-10;
  }
  state[0] = s0; state[1] = s1; state[2] = s2; state[3] = s3;
}
