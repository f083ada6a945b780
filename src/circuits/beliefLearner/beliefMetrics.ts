/**
 * Level metrics of the belief learners, read from a circuit's registered scores at the end of the
 * span: per learner (A or B), what its task measures. Each metric belongs to one task and reads
 * that task's scores array (scoresName); the loader refuses it on a circuit with another task
 * (needsSetting), which would otherwise read that array's zeros.
 */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import type { CircuitMetric } from '../plugin/circuitDefinition';
import type { BeliefTask } from './configSchema';
import { LEARNERS, SCORE, SCORE_SLOTS, type LearnerId } from './learnerState';
import { learnerStateName, scoresName } from './beliefCircuit';

const circuit = id('Id of a belief-learner circuit in circuits[].').default('learners');
const learner = z.enum(LEARNERS).default('a').describe('The learner: a (the default) or b.');
const args = z.strictObject({ circuit, learner });
const learnerOf = (a: Readonly<Record<string, unknown>>): LearnerId => (a.learner as LearnerId | undefined) ?? 'a';
const slot = (task: BeliefTask | null, index: number) => (a: Readonly<Record<string, unknown>>) => ({
  metric: 'registeredValue' as const,
  name: learnerStateName((a.circuit as string | undefined) ?? 'learners', task === null ? 'played' : scoresName(task)),
  index: task === null ? LEARNERS.indexOf(learnerOf(a)) : LEARNERS.indexOf(learnerOf(a)) * SCORE_SLOTS + index,
});
/** How a metric's number is shown: a count, '%' for a share in %, fixed decimals (as the scene prints it). */
interface Shown { integer?: boolean; unit?: string; decimals?: number }
/** "Beads drawn: learner B", with the learner's letter a translation can place. */
const display = (label: string, shown: Shown) => ({
  label, unit: shown.unit ?? '', ...(shown.integer ? { integer: true } : {}),
  ...(shown.decimals !== undefined ? { decimals: shown.decimals } : {}),
  labelFor: (a: Readonly<Record<string, unknown>>) => `${label}: learner ${learnerOf(a).toUpperCase()}`,
  labelParams: (a: Readonly<Record<string, unknown>>) => ({ learner: learnerOf(a).toUpperCase() }),
});
const metric = (label: string, help: string, task: BeliefTask | null, index: number, shown: Shown = {}) => ({
  display: display(label, shown), args: args.describe(help), measure: slot(task, index),
  ...(task === null ? {} : { needsSetting: { field: 'task', value: task } }),
});
const PERCENT: Shown = { unit: '%' };
/** One decimal for means of counts, two for weights and responses: a value and its goal read alike ("0.14 (goal ≥ 0.20)"). */
const ONE: Shown = { decimals: 1 };
const TWO: Shown = { decimals: 2 };

export const beliefMetrics = {
  learnerPlayed: metric('Games played', 'Belief learners: how many games, trials or episodes a learner has played.', null, SCORE.played, { integer: true }),
  beadsDrawn: metric('Beads drawn', 'Beads task: the mean number of beads a learner drew before deciding, over the games so far.', 'beads', SCORE.main, ONE),
  beadsJumpShare: metric('Games decided after 1-2 beads', 'Beads task: the share in % (0-100) of games so far in which a learner decided after 1 or 2 beads (jumping to conclusions, as the studies count it).', 'beads', SCORE.second, PERCENT),
  beadsWrongShare: metric('Games with the wrong jar', 'Beads task: the share in % (0-100) of games so far in which a learner chose the wrong jar.', 'beads', SCORE.third, PERCENT),
  cueLightWeight: metric('Light\'s weight', 'Cue task: how much a learner expects reward after the light (its weight), averaged over the last ratingWindow trials.', 'salience', SCORE.main, TWO),
  cueToneWeight: metric('Tone\'s weight', 'Cue task: how much a learner expects reward after the tone, which is random with respect to reward (its weight), averaged over the last ratingWindow trials.', 'salience', SCORE.second, TWO),
  checksPerEpisode: metric('Checks per episode', 'Checking: the mean number of checks a learner made per episode.', 'checking', SCORE.main, ONE),
  checkErrorResponse: metric('Error response after a check', 'Checking: the mean size of a learner\'s error response after a check (1: the response to a real error at typical gain).', 'checking', SCORE.second, TWO),
  checkLimitShare: metric('Episodes at the check limit', 'Checking: the share in % (0-100) of episodes so far in which a learner checked as often as it may (maxChecks).', 'checking', SCORE.third, PERCENT),
} as const satisfies Record<string, CircuitMetric>;
