/**
 * Phases that run until a criterion, at most `trials` trials (timelineWorld: dt 1 ms, seed 1; the
 * 'driven' pair fires tonically, 'quiet' never; pool 'da' decays with τ 100 ms, a reward of 1 at 90 ms
 * of each trial). Trials 100 ms, no intertrial gap. modulatorLevel is the mean level over a trial.
 */
import { describe, expect, it } from 'vitest';
import { stepSim } from '../../../src/sim/schedule';
import { PhaseOutcome, trialTimelineOf } from '../../../src/sim/timeline/trialTimeline';
import type { PhaseCriterionSpec, TimelinePhaseSpec } from '../../../src/sim/timeline/timelineSpec';
import { collect, timelineWorld, trialStarts } from './timelineWorld';

const rewardLate = [{ name: 'rewarded', weight: 1, events: [{ ms: 90, action: { kind: 'reward' as const, modulator: 'da', amount: 1 } }] }];
const phase = (name: string, trials: number, until?: PhaseCriterionSpec): TimelinePhaseSpec => ({
  name, session: 's', trials, trialMs: 100, intertrialMs: 0, order: 'weighted', trialTypes: rewardLate, ...(until ? { until } : {}),
});
const daAbove = (threshold: number, overTrials = 1): PhaseCriterionSpec => ({ measure: { metric: 'modulatorLevel', modulator: 'da' }, comparison: '>=', threshold, overTrials });

/** The pool's mean level (after each tick) in each of the first `trials` trials of a 100 ms-trial run without a criterion. */
function meanLevelPerTrial(trials: number): number[] {
  const world = timelineWorld({ phases: [phase('reference', trials)] });
  const levels: number[] = [];
  let sum = 0;
  for (let t = 0; t < trials * 100; t++) {
    stepSim(world);
    world.events.length = 0;
    sum += world.modulators.level[0];
    if (world.clock[0] % 100 === 0) { levels.push(sum / 100); sum = 0; }
  }
  return levels;
}

describe('phase criteria (timelineWorld, seed 1)', () => {
  const reference = meanLevelPerTrial(12);

  it('the reference: the mean pool level per trial rises over trials (rewards accumulate faster than they decay)', () => {
    expect(reference[0]).toBeGreaterThan(0);
    for (let k = 1; k < reference.length; k++) expect(reference[k]).toBeGreaterThan(reference[k - 1]);
  });

  it('stops the phase at the first trial whose value meets the criterion; the next phase starts right after', () => {
    const threshold = (reference[3] + reference[4]) / 2; // first met after trial 5
    const world = timelineWorld({ phases: [phase('train', 50, daAbove(threshold)), phase('test', 2)] });
    const events = collect(world, 5 * 100 + 2 * 100 + 1);
    const starts = trialStarts(events);
    expect(starts.filter((t) => t.phase === 'train')).toHaveLength(5);
    expect(starts.filter((t) => t.phase === 'test').map((t) => t.tick)).toEqual([500, 600]);
    expect(Array.from(trialTimelineOf(world)!.phaseOutcome!)).toEqual([PhaseOutcome.met, PhaseOutcome.pending]);
  });

  it('averages over the last overTrials trials: the mean of trials 4-6 first reaches it after trial 6', () => {
    const mean = (from: number, to: number) => reference.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    const threshold = (mean(2, 5) + mean(3, 6)) / 2; // trials 3-5 miss it, trials 4-6 meet it
    const world = timelineWorld({ phases: [phase('train', 50, daAbove(threshold, 3)), phase('after', 1)] });
    const starts = trialStarts(collect(world, 6 * 100 + 1));
    expect(starts.filter((t) => t.phase === 'train')).toHaveLength(6);
    expect(starts[6]).toEqual({ tick: 600, phase: 'after', trialType: 'rewarded' });
  });

  it('is first checked once overTrials trials have run, even if one trial already meets the threshold', () => {
    const world = timelineWorld({ phases: [phase('train', 50, daAbove(0, 4)), phase('after', 1)] });
    const starts = trialStarts(collect(world, 4 * 100 + 1));
    expect(starts.filter((t) => t.phase === 'train')).toHaveLength(4);
  });

  it('runs its maximum when the criterion never holds, and records that', () => {
    const world = timelineWorld({ phases: [phase('train', 7, { measure: { metric: 'spikeCount', population: 'quiet' }, comparison: '>', threshold: 0, overTrials: 1 }), phase('after', 1)] });
    const starts = trialStarts(collect(world, 8 * 100 + 1));
    expect(starts.filter((t) => t.phase === 'train')).toHaveLength(7);
    expect(starts[7].phase).toBe('after');
    expect(trialTimelineOf(world)!.phaseOutcome![0]).toBe(PhaseOutcome.maxTrials);
  });

  it('measures spike metrics over each whole trial (the driven pair fires in every trial)', () => {
    const world = timelineWorld({ phases: [phase('train', 9, { measure: { metric: 'spikeCount', population: 'driven' }, comparison: '>', threshold: 2, overTrials: 2 }), phase('after', 1)] });
    const starts = trialStarts(collect(world, 3 * 100 + 1));
    expect(starts.filter((t) => t.phase === 'train')).toHaveLength(2);
  });

  it('refuses a criterion on something the world does not have, naming the phase', () => {
    expect(() => timelineWorld({ phases: [phase('train', 3, { measure: { metric: 'spikeCount', population: 'nowhere' }, comparison: '>', threshold: 0, overTrials: 1 })] }))
      .not.toThrow(); // measures resolve after the circuits are installed …
    const world = timelineWorld({ phases: [phase('train', 3, { measure: { metric: 'spikeCount', population: 'nowhere' }, comparison: '>', threshold: 0, overTrials: 1 })] });
    expect(() => collect(world, 101)).toThrow(/timeline phase train, until: unknown population "nowhere"/); // … or at the first check
  });
});
