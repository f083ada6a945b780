/**
 * The config schema of the belief learner: two learners, A and B, play one task (the beads task,
 * a cue-learning task or checking) on the same random draws, each with its own gain, so a level
 * can show what an altered gain does to behaviour (docs/model.md, "When error processing goes
 * wrong"). It brings no neurons: its learners are trial-level models read by its scene and metrics.
 */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import { beliefParamFields } from './configParams';

export const BELIEF_TASKS = ['beads', 'salience', 'checking'] as const;
export type BeliefTask = (typeof BELIEF_TASKS)[number];

export const beliefConfigSchema = z.strictObject({
  kind: z.literal('beliefLearner').describe('Two learners play one task side by side (the beads task, learning from cues, or checking), each with its own gain: a model of one idea about error processing, not of any person.'),
  id: id('Id of this circuit (metrics and views name it).').default('learners'),
  task: z.enum(BELIEF_TASKS).default('beads').describe('The task: beads (say which jar beads come from), salience (learn which cue predicts reward) or checking (check an action until sure).'),
  ...beliefParamFields,
}).describe('Two belief learners.');

export type BeliefCircuitConfig = z.output<typeof beliefConfigSchema>;
