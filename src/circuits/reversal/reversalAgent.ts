/**
 * The reversal agent as a rate circuit, stepped in ms (docs/model.md, "Error monitoring and strategy
 * switching"). Two prefrontal rule units hold the current rule ("option 0 pays", "option 1 pays") as
 * competing attractors (self-excitation, mutual inhibition); two response units choose, driven by the
 * rules and by a slow Rescorla-Wagner value learner; after the outcome an anterior-cingulate error unit
 * answers a reward that was expected and did not come (the error-related negativity); its output
 * charges a leaky switch integrator which, past its threshold, knocks the active rule down so the
 * other wins. Every piece of state is a Float64Array (the circuit registers them all).
 */

/** Indices into `units`. */
export const UNIT = { rule0: 0, rule1: 1, choice0: 2, choice1: 3, error: 4, integrator: 5 } as const;
export const UNIT_COUNT = 6;

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
export const TRIAL_FIELDS = 17;

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
  errorLatencySum: 10,
  /** Sum of the error unit's onset latencies after the wrong outcomes it answered (ms). */
  errorOnsetSum: 11,
  /** Trials the error unit was lesioned for (any part of). */
  lesionedTrials: 12,
  /** The last completed reversal's perseverative errors (−1: none yet). */
  lastPerseverative: 13,
  /** Wrong outcomes the error unit answered (crossed ERROR_ONSET): the latencies' count. */
  errorResponses: 14,
} as const;
export const SCORE_COUNT = 15;

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
export const SUMMARY_COUNT = 10;

/** Per finished trial, in `log` (maxTrials rows). */
export const LOG = { choice: 0, rewarded: 1, reward: 2, switched: 3, errorPeak: 4, errorPeakMs: 5, rule: 6 } as const;
export const LOG_FIELDS = 7;

/** The error unit's output taken as its onset (a tenth of a fully expected reward's miss). */
export const ERROR_ONSET = 0.1;

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

/** Live values the player's commands change (registered, so snapshots keep them). */
export const LIVE = { lesioned: 0, switchThreshold: 1, integratorLeakMs: 2 } as const;
export const LIVE_COUNT = 3;

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
  /** maxTrials × LOG_FIELDS. */
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

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
/** Rule and choice units' rate function: a sigmoid of slope 1 per unit input around 0.5 (κ = 0.25). */
const rate = (input: number): number => sigmoid(4 * input);

/** One step of dtMs: the trial's events at their times, then every unit's Euler step. */
export function stepAgent(state: AgentState, settings: AgentSettings, dtMs: number, random: AgentRandom): void {
  const { trial } = state;
  if (trial[TRIAL.msInTrial] === 0) startTrial(state, settings, random);
  const ms = trial[TRIAL.msInTrial];
  const next = ms + dtMs;
  if (ms < settings.decisionMs && next >= settings.decisionMs) decide(state);
  if (ms < settings.outcomeMs && next >= settings.outcomeMs) outcome(state, settings, random);
  stepRules(state, settings, dtMs, random);
  stepChoices(state, settings, dtMs);
  stepErrorAndSwitch(state, settings, dtMs, ms);
  if (next >= settings.trialMs) endTrial(state, settings);
  else trial[TRIAL.msInTrial] = next;
}

function startTrial(state: AgentState, settings: AgentSettings, random: AgentRandom): void {
  const { trial, units } = state;
  const reverse = settings.criterionCorrect > 0
    ? trial[TRIAL.correctRun] >= settings.criterionCorrect
    : trial[TRIAL.started] > 0 && trial[TRIAL.sinceReversal] >= settings.blockTrials;
  if (reverse) reverseTask(state);
  trial[TRIAL.started]++;
  trial[TRIAL.sinceReversal]++;
  trial[TRIAL.choice] = -1;
  trial[TRIAL.reward] = -1;
  trial[TRIAL.errorPeak] = 0;
  trial[TRIAL.errorPeakMs] = 0;
  trial[TRIAL.errorOnsetMs] = -1;
  trial[TRIAL.switched] = 0;
  units[UNIT.choice0] = 0;
  units[UNIT.choice1] = 0;
  state.choiceBias[0] = settings.choiceNoise * random.gaussian();
  state.choiceBias[1] = settings.choiceNoise * random.gaussian();
  state.trace.fill(0);
  if (state.live[LIVE.lesioned] === 1) state.scores[SCORE.lesionedTrials]++;
}

function reverseTask(state: AgentState): void {
  const { trial, scores } = state;
  // A reversal that comes while the agent still perseverates closes that count (cut off by the block's end).
  if (trial[TRIAL.perseverating] === 1) closePerseveration(state);
  trial[TRIAL.rewarded] = 1 - trial[TRIAL.rewarded];
  trial[TRIAL.sinceReversal] = 0;
  trial[TRIAL.correctRun] = 0;
  trial[TRIAL.perseverating] = 1;
  trial[TRIAL.perseverativeNow] = 0;
  scores[SCORE.reversals]++;
}

function closePerseveration(state: AgentState): void {
  const { trial, scores } = state;
  scores[SCORE.perseverativeSum] += trial[TRIAL.perseverativeNow];
  scores[SCORE.reversalsCounted]++;
  scores[SCORE.lastPerseverative] = trial[TRIAL.perseverativeNow];
  trial[TRIAL.perseverating] = 0;
}

/** The response unit ahead at the decision time is the choice (ties: option 0). */
function decide(state: AgentState): void {
  const { trial, units } = state;
  const choice = units[UNIT.choice1] > units[UNIT.choice0] ? 1 : 0;
  trial[TRIAL.choice] = choice;
  trial[TRIAL.rule] = units[UNIT.rule1] > units[UNIT.rule0] ? 1 : 0;
  if (trial[TRIAL.perseverating] === 1) {
    if (choice === trial[TRIAL.rewarded]) closePerseveration(state);
    else trial[TRIAL.perseverativeNow]++;
  }
  trial[TRIAL.correctRun] = choice === trial[TRIAL.rewarded] ? trial[TRIAL.correctRun] + 1 : 0;
}

/**
 * The outcome: the chosen option pays with its probability. The rule unit that favours the chosen
 * option is the reward the agent expected; the value learner moves both options' values toward what
 * this outcome says (exactly one option pays, so no reward here is evidence for the other).
 */
function outcome(state: AgentState, settings: AgentSettings, random: AgentRandom): void {
  const { trial, units, value, scores } = state;
  const choice = trial[TRIAL.choice];
  const p = choice === trial[TRIAL.rewarded] ? settings.rewardProbability : 1 - settings.rewardProbability;
  const reward = random.uniform() < p ? 1 : 0;
  trial[TRIAL.reward] = reward;
  trial[TRIAL.expectation] = units[choice === 0 ? UNIT.rule0 : UNIT.rule1];
  scores[SCORE.rewards] += reward;
  const alpha = settings.valueRate;
  value[choice] += alpha * (reward - value[choice]);
  value[1 - choice] += alpha * (1 - reward - value[1 - choice]);
  // A reward is evidence that the rule still holds: it discharges part of the switch integrator.
  if (reward === 1) units[UNIT.integrator] *= 1 - settings.rewardDischarge;
}

/** Rule units: τ dr/dt = −r + f(w_self r − w_cross r_other − kick) + noise, clamped to [0, 1]. */
function stepRules(state: AgentState, settings: AgentSettings, dtMs: number, random: AgentRandom): void {
  const { units, trial } = state;
  const r0 = units[UNIT.rule0];
  const r1 = units[UNIT.rule1];
  const kicking = trial[TRIAL.kickLeftMs] > 0;
  const kick0 = kicking && trial[TRIAL.kickTarget] === 0 ? settings.kickStrength : 0;
  const kick1 = kicking && trial[TRIAL.kickTarget] === 1 ? settings.kickStrength : 0;
  // The midpoint input (w_self − w_cross)/2 is subtracted so that r0 = r1 = ½ sits at f's midpoint.
  const offset = (settings.ruleSelf - settings.ruleCross) / 2;
  const step = dtMs / settings.ruleTauMs;
  const noise = settings.ruleNoise * Math.sqrt(step);
  const in0 = settings.ruleSelf * r0 - settings.ruleCross * r1 - offset - kick0;
  const in1 = settings.ruleSelf * r1 - settings.ruleCross * r0 - offset - kick1;
  units[UNIT.rule0] = clamp01(r0 + step * (rate(in0) - r0) + noise * random.gaussian());
  units[UNIT.rule1] = clamp01(r1 + step * (rate(in1) - r1) + noise * random.gaussian());
  if (kicking) trial[TRIAL.kickLeftMs] = Math.max(0, trial[TRIAL.kickLeftMs] - dtMs);
}

/**
 * Response units (from the trial's start to its decision): each is driven by the rule unit that
 * favours its option and by that option's learned value, inhibits the other, and carries the trial's
 * bias. Centred so that equal drive of ½ each sits at f's midpoint.
 */
function stepChoices(state: AgentState, settings: AgentSettings, dtMs: number): void {
  const { units, value, choiceBias, trial } = state;
  if (trial[TRIAL.msInTrial] >= settings.decisionMs) return;
  const c0 = units[UNIT.choice0];
  const c1 = units[UNIT.choice1];
  const drive = (rule: number, v: number): number => settings.ruleToChoice * (rule - 0.5) + settings.valueToChoice * (v - 0.5);
  const in0 = drive(units[UNIT.rule0], value[0]) - (c1 - c0) + choiceBias[0];
  const in1 = drive(units[UNIT.rule1], value[1]) - (c0 - c1) + choiceBias[1];
  const step = dtMs / settings.choiceTauMs;
  units[UNIT.choice0] = c0 + step * (rate(in0) - c0);
  units[UNIT.choice1] = c1 + step * (rate(in1) - c1);
}

/**
 * The error unit: τ_e de/dt = −e + g·[expectation − reward]₊ while the outcome's signal arrives
 * (errorDelayMs after the outcome, for errorPulseMs). Its output charges the switch integrator
 * (ds/dt = −s/τ_leak + k·e); at the threshold the integrator empties and the active rule unit is
 * knocked down for kickMs. Lesioned, the error unit stays silent.
 */
function stepErrorAndSwitch(state: AgentState, settings: AgentSettings, dtMs: number, ms: number): void {
  const { units, trial, live } = state;
  const since = ms - settings.outcomeMs;
  const arriving = trial[TRIAL.reward] >= 0 && since >= settings.errorDelayMs && since < settings.errorDelayMs + settings.errorPulseMs;
  const drive = arriving ? settings.errorGain * Math.max(0, trial[TRIAL.expectation] - trial[TRIAL.reward]) : 0;
  const e = live[LIVE.lesioned] === 1 ? 0 : units[UNIT.error] + (dtMs / settings.errorTauMs) * (drive - units[UNIT.error]);
  units[UNIT.error] = e;
  if (since >= 0 && trial[TRIAL.reward] >= 0) recordError(state, e, since + dtMs);
  const s = units[UNIT.integrator] * Math.exp(-dtMs / live[LIVE.integratorLeakMs]) + settings.integratorGainPerMs * e * dtMs;
  units[UNIT.integrator] = s;
  if (s >= live[LIVE.switchThreshold] && trial[TRIAL.kickLeftMs] === 0) {
    trial[TRIAL.kickTarget] = units[UNIT.rule1] > units[UNIT.rule0] ? 1 : 0;
    trial[TRIAL.kickLeftMs] = settings.kickMs;
    trial[TRIAL.switched] = 1;
    units[UNIT.integrator] = 0;
    state.scores[SCORE.switches]++;
  }
}

/** The error unit's output `afterMs` after the outcome: its trace, peak and onset. */
function recordError(state: AgentState, e: number, afterMs: number): void {
  const { trial, trace } = state;
  const at = Math.floor(afterMs) - 1;
  if (at >= 0 && at < trace.length) trace[at] = e;
  if (e > trial[TRIAL.errorPeak]) {
    trial[TRIAL.errorPeak] = e;
    trial[TRIAL.errorPeakMs] = afterMs;
  }
  if (trial[TRIAL.errorOnsetMs] < 0 && e >= ERROR_ONSET) trial[TRIAL.errorOnsetMs] = afterMs;
}

function endTrial(state: AgentState, settings: AgentSettings): void {
  const { trial, scores, log } = state;
  const index = trial[TRIAL.started] - 1;
  const wrong = trial[TRIAL.reward] === 0;
  if (wrong) {
    scores[SCORE.wrongOutcomes]++;
    scores[SCORE.errorPeakWrongSum] += trial[TRIAL.errorPeak];
    if (trial[TRIAL.errorOnsetMs] >= 0) {
      scores[SCORE.errorResponses]++;
      scores[SCORE.errorLatencySum] += trial[TRIAL.errorPeakMs];
      scores[SCORE.errorOnsetSum] += trial[TRIAL.errorOnsetMs];
    }
    state.lastErrorTrace.set(state.trace);
  } else {
    scores[SCORE.correctOutcomes]++;
    scores[SCORE.errorPeakCorrectSum] += trial[TRIAL.errorPeak];
  }
  if (index < settings.maxTrials) {
    const row = index * LOG_FIELDS;
    log[row + LOG.choice] = trial[TRIAL.choice];
    log[row + LOG.rewarded] = trial[TRIAL.rewarded];
    log[row + LOG.reward] = trial[TRIAL.reward];
    log[row + LOG.switched] = trial[TRIAL.switched];
    log[row + LOG.errorPeak] = trial[TRIAL.errorPeak];
    log[row + LOG.errorPeakMs] = trial[TRIAL.errorPeakMs];
    log[row + LOG.rule] = trial[TRIAL.rule];
  }
  scores[SCORE.trials]++;
  trial[TRIAL.msInTrial] = 0;
  summarize(state);
}

/** The summary from the scores (means over nothing are NaN, so no objective is met by default). */
function summarize(state: AgentState): void {
  const { scores, summary } = state;
  const ratio = (sum: number, count: number): number => (count > 0 ? sum / count : Number.NaN);
  const wrong = scores[SCORE.wrongOutcomes];
  const answered = scores[SCORE.errorResponses];
  summary[SUMMARY.perseverativeErrors] = ratio(scores[SCORE.perseverativeSum], scores[SCORE.reversalsCounted]);
  summary[SUMMARY.rewardRate] = ratio(scores[SCORE.rewards], scores[SCORE.trials]);
  summary[SUMMARY.rewards] = scores[SCORE.rewards];
  summary[SUMMARY.switches] = scores[SCORE.switches];
  summary[SUMMARY.reversals] = scores[SCORE.reversalsCounted];
  summary[SUMMARY.errorPeakMs] = ratio(scores[SCORE.errorLatencySum], answered);
  summary[SUMMARY.errorOnsetMs] = ratio(scores[SCORE.errorOnsetSum], answered);
  summary[SUMMARY.errorPeakWrong] = ratio(scores[SCORE.errorPeakWrongSum], wrong);
  summary[SUMMARY.errorPeakCorrect] = ratio(scores[SCORE.errorPeakCorrectSum], scores[SCORE.correctOutcomes]);
  summary[SUMMARY.trials] = scores[SCORE.trials];
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
