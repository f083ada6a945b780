/**
 * Stars for the page's running level: the level's own star rules (src/levels/campaign awardStars)
 * applied to the run up to the moment its goal was met (GoalWatch). "Trials used" is the goal's
 * `used` (the trial end, or whole simulated second, at which every objective was first met), not how
 * far the page happens to have run since: the same number a headless run with stopWhenGoalMet gives
 * (watching is free because the player's first change after watching restarts the level with it,
 * src/app/firstChangeRestart.ts, so nothing watched is ever part of a counted run).
 */
import { awardStars, type CommittedPrediction, type StarAward } from '../../levels/campaign/stars';
import type { GoalReached } from '../../levels/objectives/goalWatch';
import type { RunResult } from '../../levels/runLevel';
import { phaseSummaries } from '../../levels/metrics/phaseSummary';
import type { LevelSession } from '../levelSession';

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
  const award = awardStars(s.level, result, predictions);
  return { ...award, used: goal.used, unit: goal.unit };
}
