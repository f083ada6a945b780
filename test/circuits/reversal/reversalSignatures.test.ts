/**
 * The reversal agent's signatures (docs/model.md, "Error monitoring and strategy switching"), on the
 * built-in levels' worlds with other seeds. Scheme: rate units, Euler steps of the level's dt (1 ms);
 * trials of 800 ms (choice at 300 ms, outcome at 350 ms); all randomness from the level's seeded
 * streams (the units' noise and the task's reward draws apart).
 *
 * 1. Error unit (reversal-learning, seeds 1, 2, 3): it answers every wrong outcome (mean peak ≥ 0.5,
 *    onset ≤ 60 ms, peak ≤ 110 ms after the outcome) and stays silent after rewards (peak < 0.01).
 * 2. Perseveration (reversal-acc-lesion's blocks of 25 trials, seeds 1, 2, 3): the intact agent makes
 *    1-3 perseverative errors per reversal and switches its rule at each; with the error unit lesioned
 *    it makes at least 3x as many (measured: see the log line) and its rule never switches.
 * 3. Probabilistic 80/20 (reversal-probabilistic's task, threshold 1.3, seeds 1-5): P(switch | an
 *    isolated error) ≤ 0.1 and P(switch | the second error in a row) ≥ 0.8; and a switch after a run
 *    (1.3) earns more than a switch after every error (0.7) on every seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOG, LOG_FIELDS, SCORE, SUMMARY, UNIT, type AgentState } from '../../../src/circuits/reversal/reversalAgent';
import { reversalAgentsOf } from '../../../src/circuits/reversal/reversalCircuit';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import type { Level } from '../../../src/levels/schema/level';
import { runTicks } from '../../../src/sim/schedule';
import { builtInLevel } from '../../levels/helpers';

type Overrides = Record<string, number | boolean>;

/** Plays `trials` trials of the level's agent with config overrides and a seed; returns its state. */
function play(levelId: string, seed: number, trials: number, overrides: Overrides = {}): AgentState {
  const level: Level = structuredClone(builtInLevel(levelId));
  Object.assign(level.circuits[0], overrides);
  const spawned = spawnLevel(level, { seed });
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  const agent = reversalAgentsOf(spawned.world)[0];
  runTicks(spawned.world, trials * agent.settings.trialMs);
  return agent.state;
}
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const logOf = (state: AgentState, trial: number, field: number): number => state.log[trial * LOG_FIELDS + field];

describe('the error unit answers wrong outcomes within about 100 ms, and not rewards', () => {
  for (const seed of [1, 2, 3]) {
    it(`reversal-learning, seed ${seed}`, () => {
      const { summary, scores } = play('reversal-learning', seed, 50);
      console.log(`seed ${seed}: ${scores[SCORE.wrongOutcomes]} wrong outcomes, ${scores[SCORE.errorResponses]} answered; peak ${summary[SUMMARY.errorPeakWrong].toFixed(3)} at ${summary[SUMMARY.errorPeakMs].toFixed(1)} ms (onset ${summary[SUMMARY.errorOnsetMs].toFixed(1)} ms); after rewards ${summary[SUMMARY.errorPeakCorrect].toFixed(4)}`);
      expect(scores[SCORE.wrongOutcomes]).toBeGreaterThanOrEqual(6);
      expect(scores[SCORE.errorResponses]).toBe(scores[SCORE.wrongOutcomes]);
      expect(summary[SUMMARY.errorPeakWrong]).toBeGreaterThanOrEqual(0.5);
      expect(summary[SUMMARY.errorOnsetMs]).toBeLessThanOrEqual(60);
      expect(summary[SUMMARY.errorPeakMs]).toBeLessThanOrEqual(110);
      expect(summary[SUMMARY.errorPeakCorrect]).toBeLessThan(0.01);
    });
  }
});

describe('after a reversal the intact agent errs a few times and switches; lesioned, it perseverates', () => {
  const seeds = [1, 2, 3];
  let intact: AgentState[] = [];
  let lesioned: AgentState[] = [];
  beforeAll(() => {
    intact = seeds.map((seed) => play('reversal-acc-lesion', seed, 100));
    lesioned = seeds.map((seed) => play('reversal-acc-lesion', seed, 100, { errorUnitLesioned: true }));
  }, 60_000);
  const persev = (s: AgentState): number => s.summary[SUMMARY.perseverativeErrors];

  it('intact: 1-3 perseverative errors per reversal, one switch of rule per reversal', () => {
    for (const s of intact) {
      expect(s.summary[SUMMARY.reversals]).toBe(3);
      expect(persev(s)).toBeGreaterThanOrEqual(1);
      expect(persev(s)).toBeLessThanOrEqual(3);
      expect(s.scores[SCORE.switches]).toBe(s.scores[SCORE.reversals]);
    }
  });
  it('lesioned: at least 3x the intact agent\'s perseverative errors, no switch of rule, and still it finds the new option', () => {
    const factor = mean(lesioned.map(persev)) / mean(intact.map(persev));
    console.log(`perseverative errors per reversal: intact ${intact.map(persev).join(', ')}; lesioned ${lesioned.map(persev).join(', ')}; factor ${factor.toFixed(2)}`);
    for (const s of lesioned) {
      expect(s.scores[SCORE.switches]).toBe(0);
      expect(s.units[UNIT.error]).toBe(0);
      expect(s.summary[SUMMARY.reversals]).toBe(3);
    }
    for (let i = 0; i < seeds.length; i++) expect(persev(lesioned[i])).toBeGreaterThanOrEqual(3 * persev(intact[i]));
  });
});

describe('with 80/20 rewards the agent switches after runs of errors, not after one unlucky error', () => {
  const seeds = [1, 2, 3, 4, 5];
  const TRIALS = 150;
  let patient: AgentState[] = [];
  let hasty: AgentState[] = [];
  beforeAll(() => {
    patient = seeds.map((seed) => play('reversal-probabilistic', seed, TRIALS, { switchThreshold: 1.3 }));
    hasty = seeds.map((seed) => play('reversal-probabilistic', seed, TRIALS, { switchThreshold: 0.7 }));
  }, 60_000);

  it('P(switch | isolated error) ≤ 0.1, P(switch | second error in a row) ≥ 0.8 (threshold 1.3)', () => {
    let isolated = 0;
    let isolatedSwitches = 0;
    let second = 0;
    let secondSwitches = 0;
    for (const s of patient) {
      for (let k = 1; k < TRIALS; k++) {
        if (logOf(s, k, LOG.reward) !== 0) continue;
        if (logOf(s, k - 1, LOG.reward) === 1) {
          isolated++;
          isolatedSwitches += logOf(s, k, LOG.switched);
        } else if (logOf(s, k - 1, LOG.switched) === 0) {
          second++;
          secondSwitches += logOf(s, k, LOG.switched);
        }
      }
    }
    console.log(`P(switch | isolated error) = ${isolatedSwitches}/${isolated}; P(switch | second error in a row) = ${secondSwitches}/${second}`);
    expect(isolated).toBeGreaterThanOrEqual(50);
    expect(second).toBeGreaterThanOrEqual(20);
    expect(isolatedSwitches / isolated).toBeLessThanOrEqual(0.1);
    expect(secondSwitches / second).toBeGreaterThanOrEqual(0.8);
  });
  it('switching after a run earns more than switching after every error, on every seed', () => {
    const rewards = (s: AgentState): number => s.scores[SCORE.rewards];
    console.log(`rewards in ${TRIALS} trials: threshold 1.3 ${patient.map(rewards).join(', ')}; threshold 0.7 ${hasty.map(rewards).join(', ')}`);
    for (let i = 0; i < seeds.length; i++) expect(rewards(patient[i])).toBeGreaterThan(rewards(hasty[i]));
  });
});
