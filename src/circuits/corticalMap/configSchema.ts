/**
 * The config schema of the cortical map: a sheet of units (a level population laid out along a
 * line) that receives several input groups (level populations: digits of a hand, or eyes, touch and
 * hearing), with weights the circuit learns itself (mapKernel.ts). Silencing an input group's
 * neurons (the engine's lesion command) is an amputation or a loss of sight; the map then
 * reorganises (Merzenich et al. 1984; Sadato et al. 1996).
 */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import { optionalParam, param } from '../plugin/param';
import { mapParamFields } from './configParams';

const TOPO = 'topographic starting map (Merzenich et al. 1984)';
const MODEL = 'model choice (docs/model.md, cortical map)';

export const mapInputSchema = z.strictObject({
  population: id('Population of the input group\'s neurons (one input channel each, in order along the skin or retina).'),
  sheetStart: optionalParam({ min: 0, max: 1, unit: 'sheet widths', citation: TOPO, help: 'Where on the sheet (0 = first unit, 1 = last) this group\'s first channel starts out mapped (default: the groups share the sheet in list order).' }),
  sheetEnd: optionalParam({ min: 0, max: 1, unit: 'sheet widths', citation: TOPO, help: 'Where on the sheet this group\'s last channel starts out mapped (default: the groups share the sheet in list order).' }),
  strength: param({ min: 0, max: 1000, default: 1, unit: '1', citation: MODEL, help: 'Starting weight of this group relative to the others (1: as strong; 0.1: a weak input).' }),
  touchShare: param({ min: 0, max: 1000, default: 1, unit: '1', citation: MODEL, help: 'How often this group is stimulated relative to the others.' }),
}).describe('An input group of the map.');

export const mapConfigSchema = z.strictObject({
  kind: z.literal('corticalMap').describe('A cortical map whose units compete for input groups (a hand\'s digits, or the senses).'),
  id: id('Id of this circuit (metrics and views name it).').default('map'),
  sheet: id('Population of the map\'s units, in order along the sheet.'),
  inputs: z.array(mapInputSchema).min(2).max(8).describe('The input groups, in order (neighbouring digits are neighbours here).'),
  ...mapParamFields,
}).describe('A competitive cortical map.');

export type MapCircuitConfig = z.output<typeof mapConfigSchema>;
