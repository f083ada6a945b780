/**
 * Predictive coding that approximates backprop (Whittington & Bogacz 2017). Each hidden unit has a
 * value node v1 and an error node ε1 = (v1 − μ1)/σ1², with the prediction μ1 = W1·[x, 1] from below;
 * the output is clamped to the target and its error node is ε2 = (t − μ2)/σ2², μ2 = W2·[tanh(v1), 1]
 * (σ2² = 1). Inference relaxes the value nodes down the energy's gradient,
 *   v1 ← v1 + β·(−ε1 + (1 − tanh²(v1)) ⊙ W2ᵀ ε2),
 * from the feedforward guess v1 = μ1, for a fixed number of steps. At equilibrium
 * ε1 = (1 − tanh²(v1)) ⊙ W2ᵀ ε2, backprop's recursion; when σ1² is small v1 stays near μ1 and the
 * local Hebbian updates ΔW2 = ε2·[tanh(v1), 1]ᵀ, ΔW1 = ε1·[x, 1]ᵀ approach backprop's (the paper's
 * condition of a small hidden variance relative to the output's). Every quantity a synapse uses is
 * at its two ends: no weight transport beyond the symmetric connections the error nodes are given.
 */
import { w2Offset, type NetShape } from '../../sim/rateNet/rateNet';
import type { PatternTask } from '../../sim/rateNet/patternTasks';
import { addOuterProducts } from '../../sim/rateNet/gradientRules';

export interface CodingScratch {
  readonly mu1: Float64Array;
  readonly v1: Float64Array;
  readonly a1: Float64Array;
  readonly eps1: Float64Array;
  readonly eps2: Float64Array;
}

export function newCodingScratch(shape: NetShape): CodingScratch {
  const h = shape.hidden;
  return { mu1: new Float64Array(h), v1: new Float64Array(h), a1: new Float64Array(h), eps1: new Float64Array(h), eps2: new Float64Array(shape.outputs) };
}

export interface CodingSettings {
  /** σ1² relative to the output's σ2² = 1. */
  readonly hiddenVariance: number;
  /** Inference steps per pattern. */
  readonly steps: number;
  /** Step size of inference as a fraction of σ1² (β = rate·σ1²: stable for rate < 2). */
  readonly rate: number;
}

/** Sums the equilibrium updates over the epoch's patterns into `delta`; returns the summed output error energy ½Σ(σ2²ε2)² at equilibrium. */
export function codingUpdate(w: Float64Array, shape: NetShape, task: PatternTask, settings: CodingSettings, s: CodingScratch, delta: Float64Array): number {
  const { inputs, hidden, outputs } = shape;
  const off = w2Offset(shape);
  const beta = settings.rate * settings.hiddenVariance;
  delta.fill(0);
  let energy = 0;
  for (let p = 0; p < task.patterns; p++) {
    const xAt = p * inputs;
    for (let j = 0; j < hidden; j++) {
      const row = j * (inputs + 1);
      let sum = w[row + inputs];
      for (let i = 0; i < inputs; i++) sum += w[row + i] * task.x[xAt + i];
      s.mu1[j] = sum;
      s.v1[j] = sum;
    }
    for (let step = 0; step <= settings.steps; step++) {
      outputErrors(w, shape, task, p, s);
      for (let j = 0; j < hidden; j++) s.eps1[j] = (s.v1[j] - s.mu1[j]) / settings.hiddenVariance;
      if (step === settings.steps) break;
      for (let j = 0; j < hidden; j++) {
        let back = 0;
        for (let k = 0; k < outputs; k++) back += w[off + k * (hidden + 1) + j] * s.eps2[k];
        s.v1[j] += beta * (-s.eps1[j] + (1 - s.a1[j] * s.a1[j]) * back);
      }
    }
    for (let k = 0; k < outputs; k++) energy += 0.5 * s.eps2[k] * s.eps2[k];
    addOuterProducts(delta, shape, task.x, xAt, s.a1, s.eps1, s.eps2);
  }
  return energy;
}

/** a1 = tanh(v1) and ε2 = t − W2·[a1, 1] for pattern p (σ2² = 1). */
function outputErrors(w: Float64Array, shape: NetShape, task: PatternTask, p: number, s: CodingScratch): void {
  const { hidden, outputs } = shape;
  const off = w2Offset(shape);
  for (let j = 0; j < hidden; j++) s.a1[j] = Math.tanh(s.v1[j]);
  for (let k = 0; k < outputs; k++) {
    const row = off + k * (hidden + 1);
    let mu = w[row + hidden];
    for (let j = 0; j < hidden; j++) mu += w[row + j] * s.a1[j];
    s.eps2[k] = task.t[p * outputs + k] - mu;
  }
}
