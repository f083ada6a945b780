/**
 * The reversal agent's numeric parameters as level fields, each with unit, range, default, citation
 * and help (src/circuits/plugin/param.ts). Defaults are the values docs/model.md reports results for
 * ("Error monitoring and strategy switching").
 */
import { param } from '../plugin/param';

const MODEL = 'model choice (docs/model.md, error monitoring and strategy switching)';
const TASK = 'two-choice reversal learning (Izquierdo et al. 2017; Cools et al. 2002)';
const RULES = 'prefrontal rule units as competing attractors (Miller & Cohen 2001; Wang 2002)';
const ERN = 'error-related negativity within ~100 ms of an error (Gehring et al. 1993; Falkenstein et al. 1991; Miltner et al. 1997)';
const SWITCH = 'error signals from the anterior cingulate drive the switch of strategy (Holroyd & Coles 2002; Shima & Tanji 1998)';
const RW = 'Rescorla-Wagner value learning (Rescorla & Wagner 1972)';

/** Fields of the circuit config that are model parameters (spread into the config's strictObject). */
export const reversalParamFields = {
  trialMs: param({ min: 100, max: 10_000, default: 800, unit: 'ms', citation: MODEL, title: 'Trial length', help: 'Length of one trial, from the cue to the next cue.' }),
  decisionMs: param({ min: 10, max: 10_000, default: 300, unit: 'ms', citation: MODEL, title: 'Choice time', help: 'Time from the cue to the choice: the response unit ahead then is the choice.' }),
  outcomeMs: param({ min: 10, max: 10_000, default: 350, unit: 'ms', citation: MODEL, title: 'Outcome time', help: 'Time from the cue to the outcome (reward or none).' }),
  blockTrials: param({ min: 2, max: 1000, integer: true, default: 20, unit: 'trials', citation: TASK, help: 'Trials after which the rewarded option swaps (when criterionCorrect is 0).' }),
  criterionCorrect: param({ min: 0, max: 100, integer: true, default: 0, unit: 'trials', citation: TASK, help: 'Correct choices in a row after which the rewarded option swaps (0: swap every blockTrials instead).' }),
  rewardProbability: param({ min: 0.5, max: 1, default: 1, unit: '1', citation: TASK, help: 'Chance that the rewarded option pays (1: always); the other option pays with the rest (0.8: an 80/20 task).' }),
  maxTrials: param({ min: 1, max: 5000, integer: true, default: 400, unit: 'trials', citation: MODEL, help: 'The latest trials kept in the per-trial log (choices, outcomes, switches, error responses); older ones are overwritten.' }),
  ruleTauMs: param({ min: 1, max: 1000, minExclusive: true, default: 20, unit: 'ms', citation: RULES, help: 'Time constant of the two rule units.' }),
  ruleSelf: param({ min: 0, max: 50, default: 6, unit: '1', citation: RULES, help: 'Self-excitation of a rule unit: with ruleCross, how firmly the active rule holds itself.' }),
  ruleCross: param({ min: 0, max: 50, default: 6, unit: '1', citation: RULES, help: 'Inhibition of each rule unit by the other.' }),
  ruleNoise: param({ min: 0, max: 1, default: 0.05, unit: '1', citation: MODEL, help: 'Noise of the rule units per time constant (too small to flip the rule by itself).' }),
  kickMs: param({ min: 1, max: 1000, default: 100, unit: 'ms', citation: SWITCH, title: 'Knock-down duration', help: 'How long the switch signal knocks the active rule unit down.' }),
  kickStrength: param({ min: 0, max: 50, default: 8, unit: '1', citation: SWITCH, title: 'Knock-down strength', help: 'Inhibitory input that knocks the active rule unit down (above ruleSelf: the rule falls and the other wins).' }),
  choiceTauMs: param({ min: 1, max: 1000, minExclusive: true, default: 40, unit: 'ms', citation: MODEL, help: 'Time constant of the two response units.' }),
  ruleToChoice: param({ min: 0, max: 20, default: 2, unit: '1', citation: RULES, help: 'Drive from a rule unit to the response unit of the option it favours.' }),
  valueToChoice: param({ min: 0, max: 20, default: 3, unit: '1', citation: RW, help: 'Drive from an option\'s learned value to its response unit.' }),
  choiceNoise: param({ min: 0, max: 5, default: 0.15, unit: '1', citation: MODEL, help: 'Standard deviation of each response unit\'s bias, drawn anew every trial (its trial-to-trial noise).' }),
  valueRate: param({ min: 0, max: 1, default: 0.07, unit: 'per trial', citation: RW, help: 'Learning rate α of the slow value learner: V ← V + α(R − V) for the chosen option, and toward 1 − R for the other.' }),
  errorDelayMs: param({ min: 0, max: 1000, default: 40, unit: 'ms', citation: ERN, help: 'Time for the outcome to reach the error unit.' }),
  errorPulseMs: param({ min: 1, max: 1000, default: 50, unit: 'ms', citation: ERN, help: 'How long the outcome\'s comparison drives the error unit.' }),
  errorTauMs: param({ min: 1, max: 1000, minExclusive: true, default: 15, unit: 'ms', citation: ERN, help: 'Time constant of the error unit.' }),
  errorGain: param({ min: 0, max: 10, default: 1, unit: '1', citation: ERN, help: 'Error unit drive per unit of reward expected and not received.' }),
  integratorGainPerMs: param({ min: 0, max: 1, default: 0.02, unit: 'per ms', citation: SWITCH, help: 'How fast the error unit charges the switch integrator (0.02: one full error response adds about 1).' }),
  integratorLeakMs: param({ min: 1, max: 1_000_000, minExclusive: true, default: 1500, unit: 'ms', citation: SWITCH, help: 'Leak time constant of the switch integrator: how long it remembers an error.' }),
  switchThreshold: param({ min: 0.05, max: 10, default: 1.3, unit: '1', citation: SWITCH, help: 'Integrator level that knocks the active rule down (about 1 per error: 0.7 switches after one error, 1.3 after two in a row).' }),
  rewardDischarge: param({ min: 0, max: 1, default: 0.5, unit: '1', citation: SWITCH, help: 'Fraction of the switch integrator a reward empties (a reward is evidence that the rule still holds).' }),
};
