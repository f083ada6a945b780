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
/** "Beads drawn: learner B", with the learner's letter a translation can place; unit '%' for a share in %. */
const display = (label: string, integer: boolean, unit: string) => ({
  label, unit, ...(integer ? { integer: true } : {}),
  labelFor: (a: Readonly<Record<string, unknown>>) => `${label}: learner ${learnerOf(a).toUpperCase()}`,
  labelParams: (a: Readonly<Record<string, unknown>>) => ({ learner: learnerOf(a).toUpperCase() }),
});
const metric = (label: string, help: string, task: BeliefTask | null, index: number, integer = false, unit = '') => ({
  display: display(label, integer, unit), args: args.describe(help), measure: slot(task, index),
  ...(task === null ? {} : { needsSetting: { field: 'task', value: task } }),
});

export const beliefMetrics = {
  learnerPlayed: metric('Games played', 'Belief learners: how many games, trials or episodes a learner has played.', null, SCORE.played, true),
  beadsDrawn: metric('Beads drawn', 'Beads task: the mean number of beads a learner drew before deciding, over the games so far.', 'beads', SCORE.main),
  beadsJumpShare: metric('Games decided after 1-2 beads', 'Beads task: the share in % (0-100) of games so far in which a learner decided after 1 or 2 beads (jumping to conclusions, as the studies count it).', 'beads', SCORE.second, false, '%'),
  beadsWrongShare: metric('Games with the wrong jar', 'Beads task: the share in % (0-100) of games so far in which a learner chose the wrong jar.', 'beads', SCORE.third, false, '%'),
  cueLightWeight: metric('Light\'s weight', 'Cue task: how much a learner expects reward after the light (its weight), averaged over the last ratingWindow trials.', 'salience', SCORE.main),
  cueToneWeight: metric('Tone\'s weight', 'Cue task: how much a learner expects reward after the tone, which is random with respect to reward (its weight), averaged over the last ratingWindow trials.', 'salience', SCORE.second),
  checksPerEpisode: metric('Checks per episode', 'Checking: the mean number of checks a learner made per episode.', 'checking', SCORE.main),
  checkErrorResponse: metric('Error response after a check', 'Checking: the mean size of a learner\'s error response after a check (1: the response to a real error at typical gain).', 'checking', SCORE.second),
  checkLimitShare: metric('Episodes at the check limit', 'Checking: the share in % (0-100) of episodes so far in which a learner checked as often as it may (maxChecks).', 'checking', SCORE.third, false, '%'),
} as const satisfies Record<string, CircuitMetric>;
