/**
 * The config schema of the cerebellar eyeblink circuit (Marr 1969, Albus 1971, Ito 2001, Medina &
 * Mauk 2000). The circuit brings its own populations (mossyFibres, granule, interneurons, purkinje,
 * nucleus, olive), projections and two stimuli, "tone" (onto the mossy fibres) and "puff" (onto the
 * inferior olive), which the level's timeline plays as its cue and US. Commands: setIsiMs,
 * setPuffStrength, inactivate (and the engine's lesion, by region name).
 */
import { z } from 'zod';
import { id, num } from '../plugin/schemaParts';

export const cerebellumConfigSchema = z.strictObject({
  kind: z.literal('cerebellum').describe('Cerebellar eyeblink conditioning (granule time basis, Purkinje cells, deep nucleus, inferior olive, eyelid).'),
  id: id('Id of this circuit.').default('cerebellum'),
  isiMs: num(0, 5000, 'Tone-puff interval in ms given to every fixed-time puff event of the timeline (default: as the timeline says). setIsiMs changes it during a run.').optional(),
  puffStrength: num(0, 2, 'Strength of the air puff (1 = normal): scales the drive to the inferior olive and the reflex blink.').default(1),
  crCriterion: num(0, 1, 'Eyelid closure (0 open, 1 shut) above which a movement before the puff counts as a conditioned response.').default(0.15),
  learningRateScale: num(0, 10, 'Scales both parallel-fibre learning rates (LTD and LTP) together.').default(1),
}).describe('The cerebellar eyeblink-conditioning circuit.');

export type CerebellumCircuitConfig = z.output<typeof cerebellumConfigSchema>;
