/**
 * Level metrics of the credit-assignment arena, read from its registered scores at the end of the
 * span: each rule's error, share of patterns right and the epoch it solved the task, how many rules
 * have solved it, feedback alignment's angle and predictive coding's agreement with backprop.
 */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import { registeredSlot, type CircuitMetric } from '../plugin/circuitDefinition';
import { RULES } from './arena';
import { arenaStateName } from './arenaCircuit';

/** The rules' names as players read them, by rule id. */
export const RULE_LABELS: Readonly<Record<(typeof RULES)[number], string>> = {
  backprop: 'Backprop',
  feedbackAlignment: 'Feedback alignment',
  predictiveCoding: 'Predictive coding',
  nodePerturbation: 'Node perturbation',
  threeFactor: 'Dopamine three-factor rule',
};

const circuit = id('Id of a credit-assignment arena in circuits[].').default('arena');
const rule = z.enum(RULES).default('backprop').describe('The learning rule: backprop (the default), feedbackAlignment, predictiveCoding, nodePerturbation or threeFactor.');
const circuitOf = (args: Readonly<Record<string, unknown>>): string => (args.circuit as string | undefined) ?? 'arena';
const perRule = (part: string) => (args: Readonly<Record<string, unknown>>) =>
  ({ metric: 'registeredValue' as const, name: arenaStateName(circuitOf(args), part), index: RULES.indexOf((args.rule as (typeof RULES)[number] | undefined) ?? 'backprop') });
const score = registeredSlot((circuitId) => arenaStateName(circuitId, 'scores'), 'arena');
/** The rule's name in words (backprop when the args leave it to its default). */
const ruleName = (args: Readonly<Record<string, unknown>>): string => RULE_LABELS[(args.rule as (typeof RULES)[number] | undefined) ?? 'backprop'];
const ruleLabel = (prefix: string) => (args: Readonly<Record<string, unknown>>) => `${prefix}: ${ruleName(args)}`;
const ruleParams = (args: Readonly<Record<string, unknown>>) => ({ rule: ruleName(args) });
/** The rule's name in the page's language: scene.arena.rule.<id>, the English above as its fallback. */
const ruleWord = {
  paramWordKeys: { rule: 'scene.arena.rule.' },
  paramWordIds: (args: Readonly<Record<string, unknown>>) => ({ rule: (args.rule as string | undefined) ?? 'backprop' }),
};

/** Index in the `scores` array of how many rules have solved the task. */
export const SOLVED_COUNT_INDEX = 3;

export const arenaMetrics = {
  arenaError: {
    display: { label: 'Mean error', unit: '', labelFor: ruleLabel('Mean error'), labelParams: ruleParams, ...ruleWord },
    args: z.strictObject({ circuit, rule }).describe('Credit-assignment arena: a rule\'s network\'s mean error ½Σ(o − t)² per pattern after the last epoch (clean runs, no exploration).'),
    measure: perRule('loss'),
  },
  arenaCorrect: {
    display: { label: 'Patterns right', unit: '', labelFor: ruleLabel('Patterns right'), labelParams: ruleParams, ...ruleWord },
    args: z.strictObject({ circuit, rule }).describe('Credit-assignment arena: the fraction (0-1) of patterns a rule\'s network gets right after the last epoch (every output on its target\'s side of 0.5).'),
    measure: perRule('correct'),
  },
  arenaSolvedEpoch: {
    display: { label: 'Epochs to learn', unit: '', integer: true, labelFor: ruleLabel('Epochs to learn'), labelParams: ruleParams, ...ruleWord },
    args: z.strictObject({ circuit, rule }).describe('Credit-assignment arena: the epoch at which a rule first solved the task (every pattern right, mean error at most criterionLoss); 0 while it has not.'),
    measure: perRule('solvedAt'),
  },
  arenaRuleLearned: {
    display: { label: 'Learned the task', unit: '', yesNo: true, labelFor: ruleLabel('Learned the task'), labelParams: ruleParams, ...ruleWord },
    args: z.strictObject({ circuit, rule }).describe('Credit-assignment arena: 1 once a rule has solved the task (every pattern right, mean error at most criterionLoss), 0 before; shown as yes or no.'),
    measure: (args: Readonly<Record<string, unknown>>) => ({ ...perRule('solvedAt')(args), asFlag: true }),
  },
  arenaRulesSolved: {
    display: { label: 'Rules that learned the task', unit: '', integer: true },
    args: z.strictObject({ circuit }).describe('Credit-assignment arena: how many of the five rules have solved the task so far (0-5).'),
    measure: score(SOLVED_COUNT_INDEX),
  },
  arenaAlignmentDeg: {
    display: { label: 'Feedback alignment angle', unit: '°' },
    args: z.strictObject({ circuit }).describe('Credit-assignment arena: the angle (degrees) between feedback alignment\'s forward output weights and its fixed random feedback weights (90: unrelated; below 90: the forward weights have come to agree with the feedback).'),
    measure: score(1),
  },
  arenaCodingCosine: {
    display: { label: 'Predictive coding vs backprop', unit: '' },
    args: z.strictObject({ circuit }).describe('Credit-assignment arena: the cosine (−1 to 1) between predictive coding\'s weight update in the last epoch and backprop\'s gradient at the same weights (1: the same direction).'),
    measure: score(2),
  },
} as const satisfies Record<string, CircuitMetric>;
