/**
 * The non-spiking temporal-difference kernel (Sutton 1988; Schultz, Dayan & Montague 1997): a
 * tapped delay line per cue, V(t) = w·x(t), δ(t) = r(t) + γ·V(t) − V(t−1), w ← w + α·δ(t)·x(t−1).
 * Pure functions: the reference the spiking circuit (rewardCircuit.ts) is compared with, trial by
 * trial, in test/circuits/reward/circuitFollowsTdKernel.test.ts. The circuit has no α of its own:
 * its step sizes come out of the spiking chain (η, the dopamine neurons' gain, the pool, the striatal
 * rate curve), and a pause can lower dopamine less than a burst raises it, so negative errors may
 * teach at their own rate (alphaNegative).
 */

export interface TdTrial {
  /** Steps in the trial. */
  readonly steps: number;
  /** Onset step of each cue (one delay line per cue; several at once are a compound cue). */
  readonly cueSteps: readonly (number | null)[];
  /** Rewards: step and amount (an omitted reward is simply not listed). */
  readonly rewards: ReadonlyArray<{ step: number; amount: number }>;
}

export interface TdParams {
  /** Step size α (for δ ≥ 0, and for δ < 0 unless alphaNegative is given). */
  readonly alpha: number;
  /** Step size for negative errors (δ < 0); α by default (the textbook kernel). */
  readonly alphaNegative?: number;
  readonly gamma: number;
  /** Taps (time-since-cue features) per cue. */
  readonly taps: number;
}

/** Weights of a fresh learner: cues × taps, all zero. */
export function createTdWeights(cues: number, taps: number): Float64Array {
  return new Float64Array(cues * taps);
}

/** Feature index active at `step` for cue `c`, or −1 (tap k is on exactly k steps after onset). */
function tapAt(trial: TdTrial, c: number, step: number, taps: number): number {
  const onset = trial.cueSteps[c];
  if (onset === null || onset === undefined) return -1;
  const k = step - onset;
  return k >= 0 && k < taps ? c * taps + k : -1;
}

function valueAt(w: Float64Array, trial: TdTrial, step: number, taps: number): number {
  let v = 0;
  for (let c = 0; c < trial.cueSteps.length; c++) {
    const i = tapAt(trial, c, step, taps);
    if (i >= 0) v += w[i];
  }
  return v;
}

/** Runs one trial, learning in place; returns δ(t) for t = 0 .. steps − 1. */
export function runTdTrial(w: Float64Array, trial: TdTrial, params: TdParams): Float64Array {
  const { alpha, gamma, taps } = params;
  const alphaNegative = params.alphaNegative ?? alpha;
  const delta = new Float64Array(trial.steps);
  const reward = new Float64Array(trial.steps);
  for (const r of trial.rewards) if (r.step >= 0 && r.step < trial.steps) reward[r.step] += r.amount;
  let previousValue = 0;
  for (let t = 0; t < trial.steps; t++) {
    const value = valueAt(w, trial, t, taps);
    const d = reward[t] + gamma * value - previousValue;
    delta[t] = d;
    // Credit the features of the previous step, x(t−1).
    const step = d < 0 ? alphaNegative : alpha;
    for (let c = 0; c < trial.cueSteps.length; c++) {
      const i = tapAt(trial, c, t - 1, taps);
      if (i >= 0) w[i] += step * d;
    }
    previousValue = value;
  }
  return delta;
}
