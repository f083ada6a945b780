/**
 * Stars for the page's running level: the level's own star rules (src/levels/campaign awardStars)
 * applied to the run up to the moment its goal was met (GoalWatch). "Trials used" is the goal's
 * `used` (the trial end, or whole simulated second, at which every objective was first met), not how
 * far the page happens to have run since: the same number a headless run with stopWhenGoalMet gives,
 * less the trials the player watched before their first change of a setting (stars.ts FirstChange:
 * watching is free; a run where nothing was changed counts every trial, like the headless run).
 */
import { awardStars, watchedBeforeFirstChange, type CommittedPrediction, type StarAward } from '../../levels/campaign/stars';
import type { GoalReached } from '../../levels/objectives/goalWatch';
import type { RunResult } from '../../levels/runLevel';
import { phaseSummaries } from '../../levels/metrics/phaseSummary';
import type { LevelSession } from '../levelSession';

/**
 * The player sent a command to the running level (a slider, a switch, an experiment button): the
 * first one marks where the trials that count for stars begin. Later ones change nothing here.
 * During fast-forward the page's count is that of the last chunk, which the worker's run may already
 * have passed when it applies the command: the mark is then early, so more trials count, never fewer.
 */
export function noteSettingChange(s: LevelSession): void {
  if (s.firstChange !== null) return;
  s.firstChange = {
    trials: s.recorder.trials.length,
    seconds: Math.floor((s.world.clock[0] * s.world.dtMs) / 1000 + 1e-9),
    tick: s.world.clock[0],
  };
}

/**
 * After a step back: a first change later than the restored tick has not happened in this world (the
 * snapshot restored the setting and the command log), so the next command marks it afresh.
 */
export function forgetUndoneChange(s: LevelSession): void {
  if (s.firstChange !== null && s.firstChange.tick > s.world.clock[0]) s.firstChange = null;
}

/** `predictions`: the questions the player answered in this run (star rules with predictionsCorrect need them). */
export function sessionStars(s: LevelSession, goal: GoalReached, predictions: ReadonlyArray<CommittedPrediction> = []): StarAward {
  const trials = goal.unit === 'trials' ? s.recorder.trials.slice(0, goal.used) : s.recorder.trials;
  const result: RunResult = {
    levelId: s.id,
    seed: s.seed,
    dtMs: s.world.dtMs,
    ticks: goal.tick,
    simulatedMs: goal.tick * s.world.dtMs,
    stopReason: 'goal',
    trials,
    phases: phaseSummaries(s.world, trials),
    objectives: goal.outcomes,
    measures: [],
    monitors: {},
    commandLog: [], rejectedCommands: [],
    events: {},
    stateHash: '',
  };
  // The goal's own count (its trial end or whole second) is what the result above was cut to.
  const award = awardStars(s.level, result, predictions, s.firstChange);
  const watched = watchedBeforeFirstChange(s.level, goal.used, goal.unit, s.firstChange);
  return { ...award, used: goal.used - watched, unit: goal.unit, watched };
}
