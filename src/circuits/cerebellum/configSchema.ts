/**
 * The config schema of the cerebellar eyeblink circuit (Marr 1969, Albus 1971, Ito 2001, Medina &
 * Mauk 2000). The circuit brings its own populations (mossyFibres, granule, interneurons, purkinje,
 * nucleus, olive), projections and stimuli: one per conditioned stimulus (by default one, "tone"),
 * each onto its own mossy fibres, and "puff" (onto the inferior olive), which the level's timeline
 * plays as its cues and US; each trial type picks its CS by cueing it, and gives a puff or not.
 * Its internals are parameters (configParams.ts). Commands: setIsiMs, setPuffStrength, inactivate
 * (and the engine's lesion, by region name).
 */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import { optionalParam, param } from '../plugin/param';
import { cerebellumParamFields } from './configParams';
import { DEFAULT_CEREBELLUM_PARAMS } from './cerebellumParams';

export const cerebellumConfigSchema = z.strictObject({
  kind: z.literal('cerebellum').describe('Cerebellar eyeblink conditioning (granule time basis, Purkinje cells, deep nucleus, inferior olive, eyelid).'),
  id: id('Id of this circuit.').default('cerebellum'),
  isiMs: optionalParam({
    min: 0, max: 5000, unit: 'ms', citation: 'CR timing follows the CS-US interval (Gormezano, Kehoe & Marshall 1983; Mauk & Ruiz 1992)',
    help: 'Time from the onset of the CS to the air puff, for every trial type that presents the CS named in “CS whose interval is set” (or the only CS): their puffs at a fixed time move to this interval. Left empty, the puffs stay where the timeline puts them. The player\'s interval command changes it during a run.',
  }),
  isiCs: z.string().min(1).max(64).optional().meta({ title: 'CS whose interval is set' })
    .describe('Id of the CS whose trials get the ISI; the player\'s interval command, when it names no CS, retimes this CS too. Needed only when the level has several CSs.'),
  puffStrength: param({
    min: 0, max: 2, default: 1, unit: '1', citation: 'the US drives the inferior olive, the teaching signal (Mauk, Steinmetz & Thompson 1986); scale: model choice',
    help: 'Strength of the air puff (1 = normal): scales the drive to the inferior olive and the reflex blink.',
  }),
  crCriterion: param({
    min: 0, max: 1, default: DEFAULT_CEREBELLUM_PARAMS.crCriterion, unit: 'closure (0 open, 1 shut)', citation: 'a CR is an eyelid movement above a threshold before the US (Gormezano, Kehoe & Marshall 1983); value: model choice',
    help: 'Eyelid closure above which a movement before the puff counts as a conditioned response.',
  }),
  learningRateScale: param({
    min: 0, max: 10, default: 1, unit: '1', citation: 'model choice (docs/model.md, eyeblink circuit)',
    help: 'Scales both parallel-fibre learning rates (LTD and LTP) together.',
  }),
  ...cerebellumParamFields,
}).describe('The cerebellar eyeblink-conditioning circuit.');

export type CerebellumCircuitConfig = z.output<typeof cerebellumConfigSchema>;

/** The stimuli a cerebellum config brings: one per CS, and the puff. */
export function cerebellumStimuli(config: Pick<CerebellumCircuitConfig, 'cs'>): string[] {
  return [...config.cs.map((cs) => cs.id), 'puff'];
}
