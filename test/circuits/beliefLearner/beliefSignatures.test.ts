/**
 * The belief learners' signatures (docs/model.md, "When error processing goes wrong"), on the
 * built-in levels' worlds with the settings below, over several seeds. Trial-level models: one
 * game, trial or episode per trialEveryMs of level time (dtMs 1); both learners play the same draws.
 * All randomness from the levels' seeded streams. Where a rule implies an exact distribution
 * (exactOutcomes.ts, a Markov chain of the task's rule, not a replay of it), the runs' pooled means
 * must fall within Z standard errors of it; the contrasts between learners are measured from runs.
 *
 * 1. Beads (beads-task, 200 games, seeds 1988, 1, 2, 3, 4; 85:15 jars, decide at 99 %): the mean
 *    beads drawn, the share decided after 1-2 beads and the share of wrong jars of a learner with
 *    gain 1 (exact Bayes: 4.24 beads, 0.5 % wrong), 1.25, 2 (2.68 beads, 74.5 % after 1-2) and 3
 *    (one bead, 15 % wrong) match the exact values; gain 3 draws at least 2 beads fewer than gain 1
 *    and chooses the wrong jar at least 8 points more often (Huq, Garety & Hemsley 1988;
 *    Moutoussis et al. 2011).
 * 2. Aberrant salience (aberrant-salience, 1500 trials, seeds 2003, 1, 2, 3, 4, 5): with no chance
 *    bursts of the error signal the random tone's weight (mean of the last 300 trials) stays near
 *    0 (each seed < 0.1, mean < 0.05); with bursts on half the trials it is above 0.2 on every
 *    seed, near the fixed point (2/3)·0.5/1 = 1/3 of the expected update; the light is learned
 *    (≥ 0.6) by both (Kapur 2003; Roiser et al. 2009).
 * 3. Checking (excessive-checking, 200 episodes, seeds 2000, 1, 2, 3, 4): checks per episode, the
 *    share at the limit of 20 and the mean error response match the exact values for the typical
 *    learner (gain 1, update from success 0.6: 1.3 checks, response 0.48), the altered one (gain 3,
 *    update 0.1: 19.9 checks, 92 % at the limit, response 1.41) and each change alone; measured
 *    contrasts: the altered learner checks ≥ 10× as often with a response ≥ 2.5× as large; a large
 *    response alone stops within 4 checks; weak calming alone checks ≥ 5 times but with a response
 *    at least 0.5 below the altered one's (Gehring et al. 2000; Vaghi et al. 2017).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { beliefLearnersOf } from '../../../src/circuits/beliefLearner/beliefCircuit';
import type { BeliefCircuitConfig } from '../../../src/circuits/beliefLearner/configSchema';
import { SCORE, SCORE_SLOTS } from '../../../src/circuits/beliefLearner/learnerState';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { runTicks } from '../../../src/sim/schedule';
import { builtInLevel } from '../../levels/helpers';
import { exactBeads, exactChecks, exactMeanResponse, type Exact } from './exactOutcomes';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Standard errors a pooled mean may stray from its exact value (two-sided P ≈ 6·10⁻⁵ each). */
const Z = 4;

interface Run { a: Float64Array; b: Float64Array; config: BeliefCircuitConfig }

/** Both learners' scores after the level's whole run with these settings and seed, with the circuit's config. */
function scoresAfter(id: string, settings: Record<string, number>, seed: number): Run {
  const level = builtInLevel(id, settings);
  const spawned = spawnLevel(level, { seed });
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  runTicks(spawned.world, Math.round(level.durationMs / level.dtMs));
  const { state, config } = beliefLearnersOf(spawned.world)[0];
  return { a: state.scores.slice(0, SCORE_SLOTS), b: state.scores.slice(SCORE_SLOTS, 2 * SCORE_SLOTS), config };
}

/** The pooled mean of one score over runs of equal length (each score is a run's mean over its games). */
const pooled = (runs: Run[], learner: 'a' | 'b', slot: number): number => mean(runs.map((r) => r[learner][slot]));
/** A share the circuit holds in % (learnerState's SCORE), as a probability 0-1 to compare with the exact chains. */
const pooledShare = (runs: Run[], learner: 'a' | 'b', slot: number): number => pooled(runs, learner, slot) / 100;
const gamesOf = (runs: Run[]): number => runs.reduce((n, r) => n + r.a[SCORE.played], 0);

/** Expects a pooled mean over `n` games within Z standard errors of an exact distribution's mean. */
function expectNearMean(measured: number, exact: Exact, n: number): void {
  expect(Math.abs(measured - exact.mean)).toBeLessThanOrEqual(Z * Math.sqrt(exact.variance / n) + 1e-9);
}
/** Expects a pooled share over `n` games within Z binomial standard errors of the exact probability p. */
function expectNearShare(measured: number, p: number, n: number): void {
  expect(Math.abs(measured - p)).toBeLessThanOrEqual(Z * Math.sqrt(p * (1 - p) / n) + 1e-9);
}

describe('beads task: a high gain on each bead jumps to conclusions', () => {
  const seeds = [1988, 1, 2, 3, 4];
  let lowHigh: Run[] = [];
  let middle: Run[] = [];
  beforeAll(() => {
    lowHigh = seeds.map((seed) => scoresAfter('beads-task', { 'circuits.beads.gainA': 1, 'circuits.beads.gainB': 3 }, seed));
    middle = seeds.map((seed) => scoresAfter('beads-task', { 'circuits.beads.gainA': 2, 'circuits.beads.gainB': 1.25 }, seed));
  });
  const exactFor = (run: Run, gain: number) => exactBeads(run.config.majorityShare, gain, run.config.decisionThreshold, run.config.maxBeads);
  it('beads drawn, decisions after 1-2 beads and wrong jars match the exact random walk at gains 1, 1.25, 2 and 3', () => {
    for (const [runs, learner, gain] of [[lowHigh, 'a', 1], [lowHigh, 'b', 3], [middle, 'a', 2], [middle, 'b', 1.25]] as const) {
      const exact = exactFor(runs[0], gain);
      const n = gamesOf(runs);
      expect(n).toBe(1000);
      expectNearMean(pooled(runs, learner, SCORE.main), exact, n);
      expectNearShare(pooledShare(runs, learner, SCORE.second), exact.jumpShare, n);
      expectNearShare(pooledShare(runs, learner, SCORE.third), exact.wrongShare, n);
    }
  });
  it('gain 3 draws at least 2 beads fewer on every seed and chooses the wrong jar at least 8 points more often than gain 1 (pooled)', () => {
    for (const { a, b } of lowHigh) expect(a[SCORE.main] - b[SCORE.main]).toBeGreaterThanOrEqual(2);
    expect(pooled(lowHigh, 'b', SCORE.third) - pooled(lowHigh, 'a', SCORE.third)).toBeGreaterThanOrEqual(8);
    // More decisions after 1-2 beads as the gain grows: 1 < 2 < 3.
    expect(pooled(middle, 'a', SCORE.second)).toBeGreaterThan(pooled(lowHigh, 'a', SCORE.second) + 50);
    expect(pooled(lowHigh, 'b', SCORE.second)).toBeGreaterThan(pooled(middle, 'a', SCORE.second) + 15);
  });
});

describe('aberrant salience: chance bursts of the error signal give a random cue weight', () => {
  let runs: Run[] = [];
  beforeAll(() => { runs = [2003, 1, 2, 3, 4, 5].map((seed) => scoresAfter('aberrant-salience', { 'circuits.cues.chanceFiringA': 0, 'circuits.cues.chanceFiringB': 0.5 }, seed)); });
  it('without bursts the tone stays near 0; with bursts on half the trials it is above 0.2 on every seed, near 2·0.5/3', () => {
    for (const { a, b } of runs) {
      expect(Math.abs(a[SCORE.second])).toBeLessThan(0.1);
      expect(b[SCORE.second]).toBeGreaterThan(0.2);
    }
    expect(Math.abs(mean(runs.map((r) => r.a[SCORE.second])))).toBeLessThan(0.05);
    // The fixed point of the expected update: w_tone = (2/3)·chanceFiring/gain (docs/model.md).
    const fixedPoint = (2 / 3) * 0.5 / runs[0].config.gainB;
    expect(mean(runs.map((r) => r.b[SCORE.second]))).toBeCloseTo(fixedPoint, 1);
  });
  it('both learners learn the light', () => {
    for (const { a, b } of runs) {
      expect(a[SCORE.main]).toBeGreaterThanOrEqual(0.6);
      expect(b[SCORE.main]).toBeGreaterThanOrEqual(0.6);
    }
  });
});

describe('checking: a large error response that success barely shrinks keeps a learner checking', () => {
  const typical = { 'circuits.checks.gainA': 1, 'circuits.checks.successUpdateA': 0.6 };
  const seeds = [2000, 1, 2, 3, 4];
  let altered: Run[] = [];
  let gainOnly: Run[] = [];
  let updateOnly: Run[] = [];
  beforeAll(() => {
    altered = seeds.map((seed) => scoresAfter('excessive-checking', { ...typical, 'circuits.checks.gainB': 3, 'circuits.checks.successUpdateB': 0.1 }, seed));
    gainOnly = seeds.map((seed) => scoresAfter('excessive-checking', { ...typical, 'circuits.checks.gainB': 3, 'circuits.checks.successUpdateB': 0.6 }, seed));
    updateOnly = seeds.map((seed) => scoresAfter('excessive-checking', { ...typical, 'circuits.checks.gainB': 1, 'circuits.checks.successUpdateB': 0.1 }, seed));
  });
  it('checks, episodes at the limit and the error response match the exact chain for all four settings', () => {
    for (const [runs, learner, gain, update] of [[altered, 'a', 1, 0.6], [altered, 'b', 3, 0.1], [gainOnly, 'b', 3, 0.6], [updateOnly, 'b', 1, 0.1]] as const) {
      const rules = runs[0].config;
      const n = gamesOf(runs);
      expect(n).toBe(1000);
      const checks = exactChecks(rules, gain, update);
      expectNearMean(pooled(runs, learner, SCORE.main), checks, n);
      expectNearShare(pooledShare(runs, learner, SCORE.third), checks.limitShare, n);
      expectNearMean(pooled(runs, learner, SCORE.second), exactMeanResponse(rules, gain, update), n);
    }
  });
  it('the altered learner checks ≥ 10× as often as the typical one, with a response ≥ 2.5× as large, on every seed', () => {
    for (const { a, b } of altered) {
      expect(b[SCORE.main]).toBeGreaterThanOrEqual(10 * a[SCORE.main]);
      expect(b[SCORE.second]).toBeGreaterThanOrEqual(2.5 * a[SCORE.second]);
      expect(b[SCORE.third]).toBeGreaterThanOrEqual(80);
      expect(a[SCORE.third]).toBe(0);
    }
  });
  it('either change alone falls short: a large response alone stops within 4 checks; weak calming alone checks ≥ 5 times with a response ≥ 0.5 below the altered one', () => {
    for (let i = 0; i < seeds.length; i++) {
      expect(gainOnly[i].b[SCORE.main]).toBeLessThan(4);
      expect(gainOnly[i].b[SCORE.third]).toBe(0);
      expect(updateOnly[i].b[SCORE.main]).toBeGreaterThanOrEqual(5);
      expect(updateOnly[i].b[SCORE.main]).toBeLessThan(altered[i].b[SCORE.main] - 5);
      expect(altered[i].b[SCORE.second] - updateOnly[i].b[SCORE.second]).toBeGreaterThanOrEqual(0.5);
    }
  });
});
