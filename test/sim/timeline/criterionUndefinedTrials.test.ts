/**
 * A trial without a criterion value (NaN) is skipped: the criterion averages the defined values among
 * the last overTrials trials, so one undefined trial cannot block it for good (timelineWorld: dt 1 ms,
 * seed 1, trials 100 ms, no gap; the criterion reads a registered value the test sets).
 */
import { describe, expect, it } from 'vitest';
import { PhaseOutcome, trialTimelineOf } from '../../../src/sim/timeline/trialTimeline';
import type { TimelinePhaseSpec } from '../../../src/sim/timeline/timelineSpec';
import { collect, timelineWorld, trialStarts } from './timelineWorld';

const train: TimelinePhaseSpec = {
  name: 'train', session: 's', trials: 20, trialMs: 100, intertrialMs: 0, order: 'weighted',
  trialTypes: [{ name: 'plain', weight: 1, events: [] }],
  until: { measure: { metric: 'registeredValue', name: 'test.value', index: 0 }, comparison: '>=', threshold: 1, overTrials: 3 },
};
const after: TimelinePhaseSpec = { ...train, name: 'after', trials: 1, until: undefined };

describe('a phase criterion with undefined trial values', () => {
  it('skips the undefined first trial: met after trial 3 (two defined values of 2 among the last three)', () => {
    const world = timelineWorld({ phases: [train, after] });
    const value = world.registry.register('test.value', new Float64Array([Number.NaN]));
    const events = collect(world, 150); // trial 1 is recorded as NaN at tick 100
    value[0] = 2;
    events.push(...collect(world, 300));
    expect(trialStarts(events).filter((t) => t.phase === 'train')).toHaveLength(3);
    expect(trialStarts(events).find((t) => t.phase === 'after')?.tick).toBe(300);
    expect(trialTimelineOf(world)!.phaseOutcome![0]).toBe(PhaseOutcome.met);
  });

  it('is never met while every value is undefined (the phase runs its most trials)', () => {
    const world = timelineWorld({ phases: [train, after] });
    world.registry.register('test.value', new Float64Array([Number.NaN]));
    const events = collect(world, 20 * 100 + 1);
    expect(trialStarts(events).filter((t) => t.phase === 'train')).toHaveLength(20);
    expect(trialTimelineOf(world)!.phaseOutcome![0]).toBe(PhaseOutcome.maxTrials);
  });
});
