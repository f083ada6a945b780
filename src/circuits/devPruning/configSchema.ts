/**
 * The config schema of developmental pruning: one small rate network that grows synapses to a peak,
 * learns a category task and loses synapses by blame and usage (or at random). It brings no
 * neurons: its network is read by its scene and metrics.
 */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import { devPruningParamFields } from './configParams';

export const devPruningConfigSchema = z.strictObject({
  kind: z.literal('devPruning').describe('A network that grows too many synapses, learns to sort noisy examples, and prunes the synapses that add to its errors or are little used (or random ones, as a control).'),
  id: id('Id of this circuit (metrics and views name it).').default('brain'),
  ...devPruningParamFields,
}).describe('Developmental pruning.');

export type DevPruningCircuitConfig = z.output<typeof devPruningConfigSchema>;
