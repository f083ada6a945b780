/**
 * Everything the two learners of one circuit hold, as arrays a world registers (snapshots and state
 * hashes include them): running scores per learner, the last game / trial / episode for the scene,
 * and the cue task's weights with their recent history. Arrays a task does not use have length 0.
 */
import type { BeliefCircuitConfig } from './configSchema';

/** The learners, in the order of every per-learner array. */
export const LEARNERS = ['a', 'b'] as const;
export type LearnerId = (typeof LEARNERS)[number];
export const LEARNER_COUNT = LEARNERS.length;

/** Slots per learner in `scores`; what slots 1-3 hold depends on the task (SCORE below). */
export const SCORE_SLOTS = 4;
export const SCORE = {
  /** Games, trials or episodes played. */
  played: 0,
  /** Beads: mean beads drawn before deciding. Salience: the light's weight, averaged over the rating span; checking: mean checks per episode. */
  main: 1,
  /** Beads: % of games decided after 1 or 2 beads. Salience: the tone's weight, averaged over the rating span; checking: mean error response after a check. */
  second: 2,
  /** Beads: % of wrong decisions. Salience: the tone's weight now. Checking: % of episodes that reached the check limit. */
  third: 3,
} as const;

export interface LearnerState {
  /** LEARNER_COUNT × SCORE_SLOTS. */
  readonly scores: Float64Array;
  /** Games, trials or episodes each learner has played (the same as scores' `played` slots, for a metric of every task). */
  readonly played: Float64Array;
  /**
   * The last game / trial / episode. Beads: [jar, beads drawn A, choice A, beads drawn B, choice B].
   * Salience: [light, tone, reward, burst A, burst B]. Checking: [failed, checks A, checks B, 0, 0].
   */
  readonly last: Float64Array;
  /** Beads: the last game's beads (+1 blue, −1 orange). Checking: the last episode's draws. */
  readonly draws: Float64Array;
  /** Beads: each learner's belief in the blue jar after each bead. Checking: each learner's error response after each check. */
  readonly trace: Float64Array;
  /** Salience: [w_light, w_tone] of each learner. */
  readonly weights: Float64Array;
  /** Salience: each learner's [w_light, w_tone] after each of the last ratingWindow trials (a ring). */
  readonly recent: Float64Array;
}

/** Length of the per-learner trace: beads drawn or checks allowed. */
export function traceLength(config: BeliefCircuitConfig): number {
  return config.task === 'beads' ? config.maxBeads : config.task === 'checking' ? config.maxChecks : 0;
}

export function newLearnerState(config: BeliefCircuitConfig): LearnerState {
  const salience = config.task === 'salience';
  const drawCount = config.task === 'beads' ? config.maxBeads : config.task === 'checking' ? config.maxChecks + 1 : 0;
  return {
    scores: new Float64Array(LEARNER_COUNT * SCORE_SLOTS),
    played: new Float64Array(LEARNER_COUNT),
    last: new Float64Array(5),
    draws: new Float64Array(drawCount),
    trace: new Float64Array(LEARNER_COUNT * traceLength(config)),
    weights: new Float64Array(salience ? LEARNER_COUNT * 2 : 0),
    recent: new Float64Array(salience ? LEARNER_COUNT * 2 * config.ratingWindow : 0),
  };
}

/** Moves a running mean of n − 1 values to include x (n values). */
export function runningMean(mean: number, x: number, n: number): number {
  return mean + (x - mean) / n;
}
