/**
 * The reversal agent's signatures (docs/model.md, "Error monitoring and strategy switching"), on the
 * built-in levels' worlds with other seeds. Scheme: rate units, Euler steps of the level's dt (1 ms;
 * runs are given in ms and stepped in ticks of dtMs); trials of 800 ms (choice at 300 ms, outcome at
 * 350 ms); all randomness from the level's seeded streams (the units' noise and the task's reward
 * draws apart).
 *
 * 1. Error unit (reversal-learning, seeds 1, 2, 3, 50 trials, sampled every tick by the test): every
 *    wrong outcome is answered, each with its onset (output ≥ 0.1) no earlier than the outcome's signal
 *    arrives (errorDelayMs) and ≤ 60 ms after the outcome, and its peak ≤ 110 ms after it; each peak is
 *    ≥ 0.5 and ≥ 0.9 of the reward the rule predicted; its mean peak after rewards is < 2% of its
 *    mean peak after wrong outcomes; lesioned (same seed), its peak after wrong outcomes is < 1% of
 *    the intact one's.
 * 2. Perseveration (reversal-acc-lesion's blocks of 25 trials, seeds 1, 2, 3): the intact agent makes
 *    1-3 perseverative errors per reversal and switches its rule at each; with the error unit lesioned
 *    it makes at least 3x as many (measured: see the log line) and its rule never switches.
 * 3. Probabilistic 80/20 (reversal-probabilistic's task, threshold 1.3, seeds 1-5): P(switch | an
 *    isolated error) ≤ 0.1 and P(switch | the second error in a row) ≥ 0.8; and a switch after a run
 *    (1.3) earns more than a switch after every error (0.7) on every seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LOG, SCORE, SUMMARY, TRIAL, UNIT } from '../../../src/circuits/reversal/agentLayout';
import type { AgentState } from '../../../src/circuits/reversal/agentState';
import { trialLogRow } from '../../../src/circuits/reversal/trialLog';
import { reversalAgentsOf, type ReversalAgent } from '../../../src/circuits/reversal/reversalCircuit';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import type { Level } from '../../../src/levels/schema/level';
import type { SimWorld } from '../../../src/sim/world/world';
import { runTicks } from '../../../src/sim/schedule';
import { builtInLevel } from '../../levels/helpers';

type Overrides = Record<string, number | boolean>;

/** The level's agent with config overrides and a seed, on its spawned world. */
function spawnAgent(levelId: string, seed: number, overrides: Overrides = {}): { world: SimWorld; agent: ReversalAgent } {
  const level: Level = structuredClone(builtInLevel(levelId));
  Object.assign(level.circuits[0], overrides);
  const spawned = spawnLevel(level, { seed });
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  return { world: spawned.world, agent: reversalAgentsOf(spawned.world)[0] };
}

/** Plays `trials` trials (their ms in ticks of the world's dt); returns the agent's state. */
function play(levelId: string, seed: number, trials: number, overrides: Overrides = {}): AgentState {
  const { world, agent } = spawnAgent(levelId, seed, overrides);
  runTicks(world, Math.round((trials * agent.settings.trialMs) / world.dtMs));
  return agent.state;
}
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
/** A field of finished trial `trial`'s log row (the log is a ring of the latest maxTrials trials). */
function logOf(state: AgentState, trial: number, field: number): number {
  const row = trialLogRow(state, trial);
  if (row < 0) throw new Error(`trial ${trial} is not in the log`);
  return state.log[row + field];
}

/** One outcome as the test saw the error unit answer it (times in ms from the outcome; −1: never). */
interface ErrorResponse {
  reward: number;
  /** The reward the active rule predicted for the chosen option (the error unit's comparison). */
  expectation: number;
  peak: number;
  peakMs: number;
  onsetMs: number;
}

/**
 * Plays `trials` trials tick by tick and samples the error unit's output after every tick itself
 * (not from the agent's own peak bookkeeping): per outcome, its peak, the peak's time and the onset's.
 */
function errorResponses(seed: number, trials: number, overrides: Overrides = {}): ErrorResponse[] {
  const { world, agent } = spawnAgent('reversal-learning', seed, overrides);
  const { state, settings } = agent;
  const dtMs = world.dtMs;
  const out: ErrorResponse[] = [];
  let peak = 0;
  let peakMs = -1;
  let onsetMs = -1;
  while (state.scores[SCORE.trials] < trials) {
    const msBefore = state.trial[TRIAL.msInTrial];
    const finished = state.scores[SCORE.trials];
    runTicks(world, 1);
    const afterMs = msBefore + dtMs - settings.outcomeMs;
    if (afterMs > 0) {
      const e = state.units[UNIT.error];
      if (e > peak) { peak = e; peakMs = afterMs; }
      if (onsetMs < 0 && e >= 0.1) onsetMs = afterMs;
    }
    if (state.scores[SCORE.trials] > finished) {
      out.push({ reward: state.trial[TRIAL.reward], expectation: state.trial[TRIAL.expectation], peak, peakMs, onsetMs });
      peak = 0;
      peakMs = -1;
      onsetMs = -1;
    }
  }
  return out;
}
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

describe('the error unit answers wrong outcomes within about 100 ms, and not rewards', () => {
  for (const seed of [1, 2, 3]) {
    it(`reversal-learning, seed ${seed}`, () => {
      const intact = errorResponses(seed, 50);
      const lesioned = errorResponses(seed, 50, { errorUnitLesioned: true });
      const { errorDelayMs } = builtInLevel('reversal-learning').circuits[0] as unknown as { errorDelayMs: number };
      const wrong = intact.filter((r) => r.reward === 0);
      const rewarded = intact.filter((r) => r.reward === 1);
      const wrongPeak = mean(wrong.map((r) => r.peak));
      const rewardedPeak = mean(rewarded.map((r) => r.peak));
      const lesionedPeak = mean(lesioned.filter((r) => r.reward === 0).map((r) => r.peak));
      const onsets = wrong.map((r) => r.onsetMs);
      const peaks = wrong.map((r) => r.peakMs);
      console.log(`seed ${seed}: ${wrong.length} wrong outcomes; onset ${Math.min(...onsets)}-${Math.max(...onsets)} ms (median ${quantile(onsets, 0.5)}), peak at ${Math.min(...peaks)}-${Math.max(...peaks)} ms (median ${quantile(peaks, 0.5)}); peak ${wrongPeak.toFixed(3)} (min ratio to expectation ${Math.min(...wrong.map((r) => r.peak / r.expectation)).toFixed(3)}); after rewards ${rewardedPeak.toExponential(2)}; lesioned ${lesionedPeak.toExponential(2)}`);
      expect(wrong.length).toBeGreaterThanOrEqual(6);
      expect(rewarded.length).toBeGreaterThanOrEqual(20);
      for (const r of wrong) {
        expect(r.onsetMs).toBeGreaterThan(errorDelayMs);
        expect(r.onsetMs).toBeLessThanOrEqual(60);
        expect(r.peakMs).toBeGreaterThan(r.onsetMs);
        expect(r.peakMs).toBeLessThanOrEqual(110);
        expect(r.peak).toBeGreaterThanOrEqual(0.5);
        expect(r.peak).toBeGreaterThanOrEqual(0.9 * r.expectation);
      }
      expect(rewardedPeak).toBeLessThan(0.02 * wrongPeak);
      expect(lesionedPeak).toBeLessThan(0.01 * wrongPeak);
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
