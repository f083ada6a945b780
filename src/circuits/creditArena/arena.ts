/**
 * Five copies of the same network, started from the same weights, each trained on the same task by
 * its own rule, one epoch (every pattern once, updates summed and applied at its end) at a time.
 * After each epoch every network is scored the same way, on clean runs: mean loss per pattern and
 * the fraction of patterns it gets right; a rule has solved the task at the first epoch where every
 * pattern is right and the mean loss is at most the criterion. Also measured: the angle between
 * feedback alignment's forward and feedback weights, and the cosine between predictive coding's
 * update and backprop's gradient at predictive coding's own weights.
 */
import { addScaled, cosine, forward, initialWeights, newActivity, w2Offset, weightCount, type Activity, type NetShape } from '../../sim/rateNet/rateNet';
import { patternRight, type PatternTask } from '../../sim/rateNet/patternTasks';
import { alignmentAngleDeg, errorUpdate, newErrorScratch, type ErrorScratch } from '../../sim/rateNet/gradientRules';
import { codingUpdate, newCodingScratch, type CodingScratch, type CodingSettings } from './predictiveCoding';
import {
  newPerturbationScratch, newThreeFactorMemory, nodePerturbationUpdate, resetThreeFactorMemory, threeFactorUpdate,
  type PerturbationScratch, type ThreeFactorMemory,
} from './perturbationRules';

/** The rules, in the order of every per-rule array. */
export const RULES = ['backprop', 'feedbackAlignment', 'predictiveCoding', 'nodePerturbation', 'threeFactor'] as const;
export type RuleName = (typeof RULES)[number];
export const RULE_COUNT = RULES.length;

/** Squared gradient norm below which the error is at rounding level (the loss near 1e-30). */
const GRADIENT_FLOOR = 1e-24;

function squaredNorm(v: Float64Array): number {
  let sum = 0;
  for (let n = 0; n < v.length; n++) sum += v[n] * v[n];
  return sum;
}

export interface ArenaSettings {
  /** Learning rate of each rule, in RULES order (per epoch, applied to the update averaged over patterns). */
  readonly learningRates: readonly number[];
  readonly noiseSd: number;
  readonly criticAveraging: number;
  readonly coding: CodingSettings;
  readonly criterionLoss: number;
  readonly weightGain: number;
}

/** Per-rule state a world registers (snapshots include it) and scores it reads. */
export interface ArenaState {
  /** RULE_COUNT networks' weights, one after another. */
  readonly weights: Float64Array;
  /** Feedback alignment's fixed feedback matrix B (hidden × outputs). */
  readonly feedback: Float64Array;
  readonly memory: ThreeFactorMemory;
  /** Mean loss per pattern of each rule after the last epoch. */
  readonly loss: Float64Array;
  /** Fraction of patterns right of each rule after the last epoch. */
  readonly correct: Float64Array;
  /** Epoch at which each rule first solved the task (0: not yet). */
  readonly solvedAt: Float64Array;
  /** [0] epochs run, [1] feedback alignment's angle (°), [2] predictive coding's cosine with backprop, [3] rules that have solved the task. */
  readonly scores: Float64Array;
}

export interface Arena {
  readonly shape: NetShape;
  readonly task: PatternTask;
  readonly settings: ArenaSettings;
  readonly state: ArenaState;
  readonly size: number;
  /** Where W2 starts in a network's weights. */
  readonly w2At: number;
  readonly delta: Float64Array;
  readonly gradient: Float64Array;
  readonly errors: ErrorScratch;
  readonly coding: CodingScratch;
  readonly perturb: PerturbationScratch;
  readonly act: Activity;
}

export function arenaShape(task: PatternTask, hidden: number): NetShape {
  return { inputs: task.inputs, hidden, outputs: task.outputs };
}

/** A fresh arena: every network starts from the same draw of weights; B is drawn after it. */
export function newArena(task: PatternTask, hidden: number, settings: ArenaSettings, gaussian: () => number): Arena {
  const shape = arenaShape(task, hidden);
  const size = weightCount(shape);
  const weights = new Float64Array(RULE_COUNT * size);
  const start = new Float64Array(size);
  initialWeights(shape, settings.weightGain, gaussian, start);
  for (let r = 0; r < RULE_COUNT; r++) weights.set(start, r * size);
  const feedback = new Float64Array(hidden * task.outputs);
  const feedbackSd = settings.weightGain / Math.sqrt(task.outputs);
  for (let n = 0; n < feedback.length; n++) feedback[n] = feedbackSd * gaussian();
  const state: ArenaState = {
    weights, feedback, memory: newThreeFactorMemory(task),
    loss: new Float64Array(RULE_COUNT), correct: new Float64Array(RULE_COUNT), solvedAt: new Float64Array(RULE_COUNT), scores: new Float64Array(4),
  };
  const arena: Arena = {
    shape, task, settings, state, size, w2At: w2Offset(shape), delta: new Float64Array(size), gradient: new Float64Array(size),
    errors: newErrorScratch(shape), coding: newCodingScratch(shape), perturb: newPerturbationScratch(shape), act: newActivity(shape),
  };
  resetThreeFactorMemory(networkOf(arena, RULES.indexOf('threeFactor')), shape, task, state.memory, arena.perturb);
  score(arena);
  return arena;
}

/** The weights of rule r (a view into the registered array). */
export function networkOf(arena: Arena, rule: number): Float64Array {
  return arena.state.weights.subarray(rule * arena.size, (rule + 1) * arena.size);
}

/** Every rule's index, in RULES order. */
export const ALL_RULES: readonly number[] = RULES.map((_, r) => r);

/**
 * One epoch of each of `rules` (all five in a level; a test may train a few), then the scores.
 * `gaussian` is the exploration noise of the two perturbation rules.
 */
export function trainEpoch(arena: Arena, gaussian: () => number, rules: readonly number[] = ALL_RULES): void {
  const { shape, task, settings, delta, state } = arena;
  const perPattern = 1 / task.patterns;
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    const w = networkOf(arena, r);
    switch (RULES[r]) {
      case 'backprop': errorUpdate(w, shape, task, null, arena.errors, delta); break;
      case 'feedbackAlignment': errorUpdate(w, shape, task, state.feedback, arena.errors, delta); break;
      case 'predictiveCoding':
        errorUpdate(w, shape, task, null, arena.errors, arena.gradient);
        codingUpdate(w, shape, task, settings.coding, arena.coding, delta);
        // Once the error is at rounding level there is no direction left to compare: keep the last cosine.
        if (squaredNorm(arena.gradient) > GRADIENT_FLOOR) state.scores[2] = cosine(delta, arena.gradient);
        break;
      case 'nodePerturbation': nodePerturbationUpdate(w, shape, task, settings.noiseSd, gaussian, arena.perturb, delta); break;
      case 'threeFactor': threeFactorUpdate(w, shape, task, settings.noiseSd, settings.criticAveraging, gaussian, state.memory, arena.perturb, delta); break;
    }
    // Each layer's step is divided by its fan-in (bias included), so a step moves a unit's drive by
    // the same amount however many inputs it has: widths can be compared at one learning rate.
    const rate = settings.learningRates[r] * perPattern;
    addScaled(w, delta, rate / (shape.inputs + 1), 0, arena.w2At);
    addScaled(w, delta, rate / (shape.hidden + 1), arena.w2At, arena.size);
  }
  state.scores[0]++;
  score(arena);
}

/** Clean-run loss and accuracy of every rule, its solve epoch, and feedback alignment's angle. */
function score(arena: Arena): void {
  const { shape, task, state, act } = arena;
  for (let r = 0; r < RULE_COUNT; r++) {
    const w = networkOf(arena, r);
    let loss = 0;
    let right = 0;
    for (let p = 0; p < task.patterns; p++) {
      const l = forward(w, shape, task.x, p * shape.inputs, task.t, p * shape.outputs, act);
      loss += Number.isFinite(l) ? l : Number.MAX_VALUE / task.patterns;
      if (patternRight(act.o, task, p)) right++;
    }
    state.loss[r] = loss / task.patterns;
    state.correct[r] = right / task.patterns;
    if (state.solvedAt[r] === 0 && right === task.patterns && state.loss[r] <= arena.settings.criterionLoss) state.solvedAt[r] = state.scores[0];
  }
  let solved = 0;
  for (let r = 0; r < RULE_COUNT; r++) if (state.solvedAt[r] > 0) solved++;
  state.scores[3] = solved;
  state.scores[1] = alignmentAngleDeg(networkOf(arena, 1), shape, state.feedback);
}
