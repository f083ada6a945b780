/**
 * The two rules that learn from a single scalar reward and random exploration instead of a sent-
 * back error.
 *
 * Node perturbation (Fiete & Seung 2006, the rule proposed for birdsong learning; Werfel, Xie & Seung 2005): every unit
 * gets a small random push ξ ~ N(0, σ²) on each pattern; comparing the loss of the pushed run with
 * the clean run tells whether the push helped, ΔW = −(L_ξ − L_0)/σ² · ξ·preᵀ, an unbiased estimate
 * of minus the gradient whose variance grows with the number of units pushed at once.
 *
 * A reward-modulated three-factor rule (the dopamine chapter's eligibility × dopamine, Izhikevich
 * 2007; the form of Fiete, Fee & Seung 2007's birdsong model): there is no clean run to compare with.
 * A critic keeps the expected reward of each pattern, its cue (R̄ ← R̄ + α(R − R̄), R = −L); dopamine
 * carries the prediction error δ = R − R̄; each synapse's eligibility is its presynaptic activity
 * times the exploratory part of its postsynaptic unit's drive (the push ξ, which in a singing bird
 * arrives by its own pathway from the basal ganglia loop): ΔW = δ/σ² · ξ·preᵀ. All three factors are local; the critic's
 * lagging guess makes the estimate noisier than node perturbation's exact comparison.
 */
import { forward, type Activity, type NetShape } from '../../sim/rateNet/rateNet';
import type { PatternTask } from '../../sim/rateNet/patternTasks';
import { addOuterProducts } from '../../sim/rateNet/gradientRules';

export interface PerturbationScratch {
  readonly clean: Activity;
  readonly pushed: Activity;
  readonly xiHidden: Float64Array;
  readonly xiOut: Float64Array;
  readonly dHidden: Float64Array;
  readonly dOut: Float64Array;
}

export function newPerturbationScratch(shape: NetShape): PerturbationScratch {
  const act = (): Activity => ({ h: new Float64Array(shape.hidden), a: new Float64Array(shape.hidden), o: new Float64Array(shape.outputs) });
  return {
    clean: act(), pushed: act(),
    xiHidden: new Float64Array(shape.hidden), xiOut: new Float64Array(shape.outputs),
    dHidden: new Float64Array(shape.hidden), dOut: new Float64Array(shape.outputs),
  };
}

function drawNoise(s: PerturbationScratch, sd: number, gaussian: () => number): void {
  for (let j = 0; j < s.xiHidden.length; j++) s.xiHidden[j] = sd * gaussian();
  for (let k = 0; k < s.xiOut.length; k++) s.xiOut[k] = sd * gaussian();
}

/** Node perturbation over one epoch into `delta`; returns the summed clean loss. */
export function nodePerturbationUpdate(
  w: Float64Array, shape: NetShape, task: PatternTask, noiseSd: number, gaussian: () => number, s: PerturbationScratch, delta: Float64Array,
): number {
  const { inputs, outputs } = shape;
  delta.fill(0);
  let loss = 0;
  const variance = noiseSd * noiseSd;
  for (let p = 0; p < task.patterns; p++) {
    const l0 = forward(w, shape, task.x, p * inputs, task.t, p * outputs, s.clean);
    loss += l0;
    if (variance === 0) continue; // no exploration, nothing to learn from
    drawNoise(s, noiseSd, gaussian);
    const l1 = forward(w, shape, task.x, p * inputs, task.t, p * outputs, s.pushed, s.xiHidden, s.xiOut);
    const factor = -(l1 - l0) / variance;
    for (let j = 0; j < s.dHidden.length; j++) s.dHidden[j] = factor * s.xiHidden[j];
    for (let k = 0; k < s.dOut.length; k++) s.dOut[k] = factor * s.xiOut[k];
    addOuterProducts(delta, shape, task.x, p * inputs, s.pushed.a, s.dHidden, s.dOut);
  }
  return loss;
}

/** What the three-factor rule remembers: the critic's expected reward for each pattern (a cue). */
export interface ThreeFactorMemory {
  readonly expectedReward: Float64Array;
}

export function newThreeFactorMemory(task: PatternTask): ThreeFactorMemory {
  return { expectedReward: new Float64Array(task.patterns) };
}

/** Starts the critic from clean runs (what the animal gets before any learning). */
export function resetThreeFactorMemory(w: Float64Array, shape: NetShape, task: PatternTask, memory: ThreeFactorMemory, s: PerturbationScratch): void {
  for (let p = 0; p < task.patterns; p++) memory.expectedReward[p] = -forward(w, shape, task.x, p * shape.inputs, task.t, p * shape.outputs, s.clean);
}

/** The three-factor rule over one epoch into `delta`; `averaging` is the critic's α. Returns the summed loss of the pushed runs (what the animal did). */
export function threeFactorUpdate(
  w: Float64Array, shape: NetShape, task: PatternTask, noiseSd: number, averaging: number, gaussian: () => number,
  memory: ThreeFactorMemory, s: PerturbationScratch, delta: Float64Array,
): number {
  const { inputs, outputs } = shape;
  delta.fill(0);
  let loss = 0;
  const variance = noiseSd * noiseSd;
  for (let p = 0; p < task.patterns; p++) {
    drawNoise(s, noiseSd, gaussian);
    const l = forward(w, shape, task.x, p * inputs, task.t, p * outputs, s.pushed, s.xiHidden, s.xiOut);
    loss += l;
    const dopamine = -l - memory.expectedReward[p];
    memory.expectedReward[p] += averaging * dopamine;
    if (variance === 0) continue; // no exploration, nothing to learn from
    const scale = dopamine / variance;
    for (let j = 0; j < s.dHidden.length; j++) s.dHidden[j] = scale * s.xiHidden[j];
    for (let k = 0; k < s.dOut.length; k++) s.dOut[k] = scale * s.xiOut[k];
    addOuterProducts(delta, shape, task.x, p * inputs, s.pushed.a, s.dHidden, s.dOut);
  }
  return loss;
}
