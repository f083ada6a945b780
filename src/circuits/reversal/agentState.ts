/** The reversal agent's settings (its config's model fields), its state arrays and their start values. */
import { LIVE, LIVE_COUNT, LOG_FIELDS, SCORE, SCORE_COUNT, SUMMARY_COUNT, TRIAL, TRIAL_FIELDS, UNIT, UNIT_COUNT } from './agentLayout';
import { summarize } from './agentSummary';

export interface AgentSettings {
  readonly trialMs: number;
  readonly decisionMs: number;
  readonly outcomeMs: number;
  readonly blockTrials: number;
  /** Correct choices in a row that reverse the task (0: reverse every blockTrials instead). */
  readonly criterionCorrect: number;
  /** Probability that the rewarded option pays (1: deterministic); the other pays with 1 − this. */
  readonly rewardProbability: number;
  readonly ruleTauMs: number;
  readonly ruleSelf: number;
  readonly ruleCross: number;
  readonly ruleNoise: number;
  readonly kickMs: number;
  readonly kickStrength: number;
  readonly choiceTauMs: number;
  readonly ruleToChoice: number;
  readonly valueToChoice: number;
  readonly choiceNoise: number;
  readonly valueRate: number;
  readonly errorDelayMs: number;
  readonly errorPulseMs: number;
  readonly errorTauMs: number;
  readonly errorGain: number;
  readonly integratorGainPerMs: number;
  readonly integratorLeakMs: number;
  readonly switchThreshold: number;
  readonly rewardDischarge: number;
  readonly maxTrials: number;
}

export interface AgentState {
  readonly units: Float64Array;
  /** The value learner's expected reward of each option. */
  readonly value: Float64Array;
  readonly trial: Float64Array;
  readonly scores: Float64Array;
  readonly live: Float64Array;
  readonly summary: Float64Array;
  /** The choice units' per-trial bias (their trial-to-trial noise), drawn at each trial's start. */
  readonly choiceBias: Float64Array;
  /** maxTrials × LOG_FIELDS, a ring (trialLog.ts): the latest maxTrials trials. */
  readonly log: Float64Array;
  /** The error unit's output every ms from this trial's outcome (traceMs samples). */
  readonly trace: Float64Array;
  /** The same for the last wrong outcome (kept so the scene shows the latest error response). */
  readonly lastErrorTrace: Float64Array;
}

/** Samples kept of the error unit after each outcome (1 per ms). */
export function traceLengthMs(settings: AgentSettings): number {
  return Math.max(1, Math.floor(settings.trialMs - settings.outcomeMs));
}

export function newAgentState(settings: AgentSettings): AgentState {
  const traceMs = traceLengthMs(settings);
  const state: AgentState = {
    units: new Float64Array(UNIT_COUNT), value: new Float64Array(2), trial: new Float64Array(TRIAL_FIELDS),
    scores: new Float64Array(SCORE_COUNT), live: new Float64Array(LIVE_COUNT), summary: new Float64Array(SUMMARY_COUNT), choiceBias: new Float64Array(2),
    log: new Float64Array(settings.maxTrials * LOG_FIELDS), trace: new Float64Array(traceMs), lastErrorTrace: new Float64Array(traceMs),
  };
  // The agent starts holding rule 0, which is right: the first block teaches the value learner.
  state.units[UNIT.rule0] = 1;
  state.value.fill(0.5);
  state.trial[TRIAL.choice] = -1;
  state.trial[TRIAL.reward] = -1;
  state.trial[TRIAL.errorOnsetMs] = -1;
  state.trial[TRIAL.kickTarget] = -1;
  state.scores[SCORE.lastPerseverative] = -1;
  state.live[LIVE.switchThreshold] = settings.switchThreshold;
  state.live[LIVE.integratorLeakMs] = settings.integratorLeakMs;
  summarize(state);
  return state;
}

/** The random draws the agent makes: a normal deviate and a uniform in [0, 1). */
export interface AgentRandom {
  gaussian(): number;
  uniform(): number;
}
