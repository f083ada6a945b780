// GoalWatch / runLevel's stopWhenGoalMet: the run stops at the first trial end (or whole simulated
// second) at which every objective is met. Izhikevich model, Euler, dt 0.25 ms, the levels' seeds.
import { describe, expect, it } from 'vitest';
import { runLevel } from '../../../src/levels/runLevel';
import { builtInLevel as level } from '../helpers';

describe('stopWhenGoalMet', () => {
  it('stops at the end of the first trial whose objectives are all met', () => {
    const out = runLevel(level('spike-threshold', { 'stimuli.electrode.amplitudePa': 12 }), { stopWhenGoalMet: true });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.result.stopReason).toBe('goal');
    expect(out.result.trials.length).toBe(1);
    expect(out.result.objectives.every((o) => o.met)).toBe(true);
  });

  it('runs the whole timeline when the goal is never met', () => {
    const out = runLevel(level('spike-threshold', { 'stimuli.electrode.amplitudePa': 0 }), { stopWhenGoalMet: true });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.result.stopReason).toBe('timeline');
    expect(out.result.trials.length).toBe(30);
    expect(out.result.objectives.some((o) => o.met)).toBe(false);
  });

  it('checks a level without trials at each whole simulated second', () => {
    const out = runLevel(level('izhikevich-2003'), { stopWhenGoalMet: true });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.result.stopReason).toBe('goal');
    expect(out.result.simulatedMs).toBe(1000);
  });
});
