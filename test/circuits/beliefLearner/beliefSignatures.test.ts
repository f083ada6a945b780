/**
 * The belief learners' signatures (docs/model.md, "When error processing goes wrong"), on the
 * built-in levels' worlds with the settings below, over several seeds. Trial-level models: one
 * game, trial or episode per trialEveryMs of level time (dtMs 1); both learners play the same draws.
 * All randomness from the levels' seeded streams.
 *
 * 1. Beads (beads-task, 200 games, seeds 1988, 1, 2, 3, 4; 85:15 jars, decide at 99 %): with gain
 *    1 (exact Bayes) a learner draws 3-5 beads on average and never decides after 1-2; with gain 3
 *    it decides after 1-2 beads in at least 90 % of games and chooses the wrong jar more often
 *    (pooled: ≥ 10 % against ≤ 2 %; Huq, Garety & Hemsley 1988; Moutoussis et al. 2011).
 * 2. Aberrant salience (aberrant-salience, 1500 trials, seeds 2003, 1, 2, 3, 4, 5): with no chance
 *    bursts of the error signal the random tone's weight (mean of the last 300 trials) stays near
 *    0 (each seed < 0.1, mean < 0.05); with bursts on half the trials it is above 0.2 on every
 *    seed, near the fixed point 2·0.5/3 ≈ 0.33 of the expected update; the light is learned (≥ 0.6)
 *    by both (Kapur 2003; Roiser et al. 2009).
 * 3. Checking (excessive-checking, 200 episodes, seeds 2000, 1, 2, 3, 4): a typical learner (gain
 *    1, update from success 0.6) stops after 1-2 checks with a small error response (≤ 0.6); a
 *    large response that success barely shrinks (gain 3, update 0.1) keeps checking (≥ 15 checks
 *    per episode) with its error response staying large (≥ 1.2); each change alone does not do both
 *    (gain 3 alone: < 4 checks; update 0.1 alone: response < 1) (Gehring et al. 2000; Vaghi et al. 2017).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { beliefLearnersOf } from '../../../src/circuits/beliefLearner/beliefCircuit';
import { SCORE, SCORE_SLOTS } from '../../../src/circuits/beliefLearner/learnerState';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { runTicks } from '../../../src/sim/schedule';
import { builtInLevel } from '../../levels/helpers';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Both learners' scores after the level's whole run with these settings and seed. */
function scoresAfter(id: string, settings: Record<string, number>, seed: number): { a: Float64Array; b: Float64Array } {
  const level = builtInLevel(id, settings);
  const spawned = spawnLevel(level, { seed });
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  runTicks(spawned.world, Math.round(level.durationMs / level.dtMs));
  const { scores } = beliefLearnersOf(spawned.world)[0].state;
  return { a: scores.slice(0, SCORE_SLOTS), b: scores.slice(SCORE_SLOTS, 2 * SCORE_SLOTS) };
}

describe('beads task: a high gain on each bead jumps to conclusions', () => {
  let runs: Array<{ a: Float64Array; b: Float64Array }> = [];
  beforeAll(() => { runs = [1988, 1, 2, 3, 4].map((seed) => scoresAfter('beads-task', { 'circuits.beads.gainA': 1, 'circuits.beads.gainB': 3 }, seed)); });
  it('gain 1 draws 3-5 beads on average and never decides after 1-2; gain 3 decides after 1-2 in ≥ 90 % of games', () => {
    for (const { a, b } of runs) {
      expect(a[SCORE.played]).toBe(200);
      expect(a[SCORE.main]).toBeGreaterThanOrEqual(3);
      expect(a[SCORE.main]).toBeLessThanOrEqual(5);
      expect(a[SCORE.second]).toBe(0);
      expect(b[SCORE.main]).toBeLessThanOrEqual(2);
      expect(b[SCORE.second]).toBeGreaterThanOrEqual(0.9);
    }
  });
  it('gain 3 chooses the wrong jar more often (pooled over seeds: ≥ 10 % against ≤ 2 %)', () => {
    expect(mean(runs.map((r) => r.b[SCORE.third]))).toBeGreaterThanOrEqual(0.1);
    expect(mean(runs.map((r) => r.a[SCORE.third]))).toBeLessThanOrEqual(0.02);
  });
});

describe('aberrant salience: chance bursts of the error signal give a random cue weight', () => {
  let runs: Array<{ a: Float64Array; b: Float64Array }> = [];
  beforeAll(() => { runs = [2003, 1, 2, 3, 4, 5].map((seed) => scoresAfter('aberrant-salience', { 'circuits.cues.chanceFiringA': 0, 'circuits.cues.chanceFiringB': 0.5 }, seed)); });
  it('without bursts the tone stays near 0; with bursts on half the trials it is above 0.2 on every seed, near 2·0.5/3', () => {
    for (const { a, b } of runs) {
      expect(Math.abs(a[SCORE.second])).toBeLessThan(0.1);
      expect(b[SCORE.second]).toBeGreaterThan(0.2);
    }
    expect(Math.abs(mean(runs.map((r) => r.a[SCORE.second])))).toBeLessThan(0.05);
    expect(mean(runs.map((r) => r.b[SCORE.second]))).toBeCloseTo(1 / 3, 1);
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
  it('typical: 1-2 checks with a small response; large and unshrinking: ≥ 15 checks with a response ≥ 1.2', () => {
    for (const seed of seeds) {
      const { a, b } = scoresAfter('excessive-checking', { ...typical, 'circuits.checks.gainB': 3, 'circuits.checks.successUpdateB': 0.1 }, seed);
      expect(a[SCORE.main]).toBeGreaterThanOrEqual(1);
      expect(a[SCORE.main]).toBeLessThanOrEqual(2);
      expect(a[SCORE.second]).toBeLessThanOrEqual(0.6);
      expect(b[SCORE.main]).toBeGreaterThanOrEqual(15);
      expect(b[SCORE.second]).toBeGreaterThanOrEqual(1.2);
    }
  });
  it('either change alone falls short: a large response alone stops within 4 checks; weak calming alone keeps the response below 1', () => {
    for (const seed of seeds) {
      const gainOnly = scoresAfter('excessive-checking', { ...typical, 'circuits.checks.gainB': 3, 'circuits.checks.successUpdateB': 0.6 }, seed).b;
      const updateOnly = scoresAfter('excessive-checking', { ...typical, 'circuits.checks.gainB': 1, 'circuits.checks.successUpdateB': 0.1 }, seed).b;
      expect(gainOnly[SCORE.main]).toBeLessThan(4);
      expect(updateOnly[SCORE.second]).toBeLessThan(1);
    }
  });
});
