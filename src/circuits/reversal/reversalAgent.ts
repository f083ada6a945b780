/**
 * The reversal agent as a rate circuit, stepped in ms (docs/model.md, "Error monitoring and strategy
 * switching"). Two prefrontal rule units hold the current rule ("option 0 pays", "option 1 pays") as
 * competing attractors (self-excitation, mutual inhibition); two response units choose, driven by the
 * rules and by a slow Rescorla-Wagner value learner; after the outcome an anterior-cingulate error unit
 * answers a reward that was expected and did not come (the error-related negativity); its output
 * charges a leaky switch integrator which, past its threshold, knocks the active rule down so the
 * other wins. Every piece of state is a Float64Array (the circuit registers them all).
 */
import { TRIAL } from './agentLayout';
import type { AgentRandom, AgentSettings, AgentState } from './agentState';
import { decide, endTrial, outcome, startTrial } from './agentTrials';
import { stepChoices, stepErrorAndSwitch, stepRules } from './agentUnits';

/** A trial ends at the step that reaches trialMs to within this share of a step (rounding of ms × steps). */
const STEP_TOLERANCE = 1e-6;

/** One step of dtMs: the trial's events at their times, then every unit's Euler step. */
export function stepAgent(state: AgentState, settings: AgentSettings, dtMs: number, random: AgentRandom): void {
  const { trial } = state;
  if (trial[TRIAL.msInTrial] === 0) startTrial(state, settings, random);
  const ms = trial[TRIAL.msInTrial];
  // The time is a whole number of steps (not a running sum, whose rounding at dt 0.01 ms would end a
  // trial one tick after the timeline's: checkConfig.ts keeps trialMs a whole number of steps).
  const next = (Math.round(ms / dtMs) + 1) * dtMs;
  if (ms < settings.decisionMs && next >= settings.decisionMs) decide(state);
  if (ms < settings.outcomeMs && next >= settings.outcomeMs) outcome(state, settings, random);
  stepRules(state, settings, dtMs, random);
  stepChoices(state, settings, dtMs);
  stepErrorAndSwitch(state, settings, dtMs, ms);
  if (next >= settings.trialMs - STEP_TOLERANCE * dtMs) endTrial(state, settings);
  else trial[TRIAL.msInTrial] = next;
}
