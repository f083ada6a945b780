/**
 * Where each piece of the reversal agent's state sits in its registered Float64Arrays (the agent's
 * index layouts): units, trial state, scores, summary, per-trial log and live settings. Each table's
 * indices run 0…n−1 in order, so its length is its key count (agentLayout.test.ts checks it).
 */

/** Indices into `units`. */
export const UNIT = { rule0: 0, rule1: 1, choice0: 2, choice1: 3, error: 4, integrator: 5 } as const;
export const UNIT_COUNT = Object.keys(UNIT).length;

/** Indices into `trial`: where the agent is in the task now. */
export const TRIAL = {
  /** Trials started so far (the one running is number started − 1). */
  started: 0,
  /** Time since the current trial's start (ms). */
  msInTrial: 1,
  /** The option that pays in the current block (0 or 1). */
  rewarded: 2,
  /** The agent's choice this trial (−1 before the decision). */
  choice: 3,
  /** The outcome this trial: 1 rewarded, 0 not, −1 before it. */
  reward: 4,
  /** The reward the active rule predicted for the chosen option (the error unit's comparison). */
  expectation: 5,
  /** Time the knock-down of a rule unit still lasts (ms). */
  kickLeftMs: 6,
  /** The rule unit being knocked down. */
  kickTarget: 7,
  /** Correct choices in a row (the criterion schedule). */
  correctRun: 8,
  /** Trials since the last reversal of the task. */
  sinceReversal: 9,
  /** 1 while the agent has not yet chosen the newly rewarded option since the last reversal. */
  perseverating: 10,
  /** Choices of the old option since the last reversal (while perseverating). */
  perseverativeNow: 11,
  /** Highest error-unit output since this trial's outcome. */
  errorPeak: 12,
  /** Time from the outcome to that peak (ms). */
  errorPeakMs: 13,
  /** Time from the outcome to the error unit's first crossing of ERROR_ONSET (−1: not yet). */
  errorOnsetMs: 14,
  /** 1 when the rule switched during this trial. */
  switched: 15,
  /** The rule active at this trial's decision (0 or 1). */
  rule: 16,
} as const;
export const TRIAL_FIELDS = Object.keys(TRIAL).length;

/** Indices into `scores`: what the level's metrics and the scene read. */
export const SCORE = {
  trials: 0,
  rewards: 1,
  switches: 2,
  reversals: 3,
  /** Sum of perseverative errors over the reversals counted. */
  perseverativeSum: 4,
  /** Reversals whose perseveration has ended (or was cut off by the next reversal). */
  reversalsCounted: 5,
  wrongOutcomes: 6,
  /** Sum of the error unit's peaks after wrong outcomes. */
  errorPeakWrongSum: 7,
  correctOutcomes: 8,
  errorPeakCorrectSum: 9,
  /** Sum of the error unit's peak latencies after the wrong outcomes it answered (ms). */
  errorPeakLatencySumMs: 10,
  /** Sum of the error unit's onset latencies after the wrong outcomes it answered (ms). */
  errorOnsetSumMs: 11,
  /** Trials the error unit was lesioned for (any part of). */
  lesionedTrials: 12,
  /** The last completed reversal's perseverative errors (−1: none yet). */
  lastPerseverative: 13,
  /** Wrong outcomes the error unit answered (crossed ERROR_ONSET): the latencies' count. */
  errorResponses: 14,
} as const;
export const SCORE_COUNT = Object.keys(SCORE).length;

/** Indices into `summary`: the scores as the level's metrics read them, brought up to date at each trial's end (NaN: nothing to average yet). */
export const SUMMARY = {
  /** Mean perseverative errors per reversal (choices of the old option before the first choice of the new one). */
  perseverativeErrors: 0,
  /** Share of trials rewarded (0-1). */
  rewardRate: 1,
  rewards: 2,
  switches: 3,
  /** Reversals whose perseverative errors are counted. */
  reversals: 4,
  /** Mean time from a wrong outcome to the error unit's peak (ms). */
  errorPeakMs: 5,
  /** Mean time from a wrong outcome to the error unit's onset (ms). */
  errorOnsetMs: 6,
  /** Mean error-unit peak after wrong outcomes. */
  errorPeakWrong: 7,
  /** Mean error-unit peak after rewarded outcomes. */
  errorPeakCorrect: 8,
  trials: 9,
} as const;
export const SUMMARY_COUNT = Object.keys(SUMMARY).length;

/** Per finished trial, in `log`: a ring of maxTrials rows (trialLog.ts), so it keeps the latest trials. */
export const LOG = { choice: 0, rewarded: 1, reward: 2, switched: 3, errorPeak: 4, errorPeakMs: 5, rule: 6 } as const;
export const LOG_FIELDS = Object.keys(LOG).length;

/** The error unit's output taken as its onset (a tenth of a fully expected reward's miss). */
export const ERROR_ONSET = 0.1;

/** Live values the player's commands change (registered, so snapshots keep them). */
export const LIVE = { lesioned: 0, switchThreshold: 1, integratorLeakMs: 2 } as const;
export const LIVE_COUNT = Object.keys(LIVE).length;
