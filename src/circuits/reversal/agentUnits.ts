/**
 * The agent's unit dynamics, one Euler step of dtMs each (checkConfig.ts keeps dtMs at most half of
 * every time constant, where the explicit step is stable and close to the exact one): the rule units,
 * the response units, and the error unit with the switch integrator it charges.
 */
import { ERROR_ONSET, LIVE, SCORE, TRIAL, UNIT } from './agentLayout';
import type { AgentRandom, AgentSettings, AgentState } from './agentState';

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
/** Rule and choice units' rate function: a sigmoid of slope 1 per unit input around 0.5 (κ = 0.25). */
const rate = (input: number): number => sigmoid(4 * input);

/** Rule units: τ dr/dt = −r + f(w_self r − w_cross r_other − kick) + noise, clamped to [0, 1]. */
export function stepRules(state: AgentState, settings: AgentSettings, dtMs: number, random: AgentRandom): void {
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
export function stepChoices(state: AgentState, settings: AgentSettings, dtMs: number): void {
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
export function stepErrorAndSwitch(state: AgentState, settings: AgentSettings, dtMs: number, ms: number): void {
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

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
