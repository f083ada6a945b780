/**
 * Pattern tasks for the small rate network (rateNet.ts): XOR (the classic problem a network without hidden units cannot solve; Minsky &
 * Papert 1969, Rumelhart, Hinton & Williams 1986) and a set of random binary associations drawn
 * from the level's seed (distinct input patterns, each with its own random target bits). Inputs
 * and targets are 0/1; an output counts as right when it lies on the target's side of 0.5.
 */

export interface PatternTask {
  readonly inputs: number;
  readonly outputs: number;
  readonly patterns: number;
  /** Input bits, pattern-major (patterns × inputs). */
  readonly x: Float64Array;
  /** Target bits, pattern-major (patterns × outputs). */
  readonly t: Float64Array;
}

export function xorTask(): PatternTask {
  return {
    inputs: 2, outputs: 1, patterns: 4,
    x: Float64Array.from([0, 0, 0, 1, 1, 0, 1, 1]),
    t: Float64Array.from([0, 1, 1, 0]),
  };
}

/**
 * `patterns` distinct random input patterns of `inputs` bits, each mapped to `outputs` random
 * target bits, drawn with `uniform` (the circuit's task stream). Needs patterns ≤ 2^inputs.
 */
export function patternTask(inputs: number, outputs: number, patterns: number, uniform: () => number): PatternTask {
  if (patterns > 2 ** inputs) throw new Error(`${patterns} distinct patterns need at least ${Math.ceil(Math.log2(patterns))} input bits, not ${inputs}`);
  const x = new Float64Array(patterns * inputs);
  const t = new Float64Array(patterns * outputs);
  const seen = new Set<string>();
  for (let p = 0; p < patterns; p++) {
    let key = '';
    do {
      key = '';
      for (let i = 0; i < inputs; i++) {
        const bit = uniform() < 0.5 ? 0 : 1;
        x[p * inputs + i] = bit;
        key += bit;
      }
    } while (seen.has(key));
    seen.add(key);
    for (let k = 0; k < outputs; k++) t[p * outputs + k] = uniform() < 0.5 ? 0 : 1;
  }
  return { inputs, outputs, patterns, x, t };
}

/** True when every output of pattern p lies on its target's side of 0.5. */
export function patternRight(o: Float64Array, task: PatternTask, p: number): boolean {
  for (let k = 0; k < task.outputs; k++) {
    if ((o[k] > 0.5 ? 1 : 0) !== task.t[p * task.outputs + k]) return false;
  }
  return true;
}
