/**
 * The config schema of the reversal agent: a two-choice reversal task played by a rate circuit of
 * prefrontal rule units, response units, an anterior-cingulate error unit, a switch integrator and a
 * slow value learner (reversalAgent.ts and its agent*.ts parts). It brings no neurons: its units are rate units read by its
 * scene and metrics.
 */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import { reversalParamFields } from './configParams';

export const reversalConfigSchema = z.strictObject({
  kind: z.literal('reversal').describe('An agent plays a two-choice reversal task: prefrontal rule units hold the rule, an anterior-cingulate error unit answers wrong outcomes and drives the switch of rule.'),
  id: id('Id of this circuit (metrics and views name it).').default('agent'),
  errorUnitLesioned: z.boolean().default(false).describe('Start with the error unit lesioned (silent): only the slow value learner can change the choice.'),
  ...reversalParamFields,
}).describe('A reversal-learning agent.');

export type ReversalCircuitConfig = z.output<typeof reversalConfigSchema>;
