/**
 * Command types of the eyeblink circuit (applied by cerebellumCommands.ts once the circuit is
 * installed) and the regions the shared `inactivate` command may name.
 */
import { z } from 'zod';
import { REGION } from './cerebellumNetwork';

export const setIsiMsCommand = z.strictObject({
  type: z.literal('setIsiMs').describe('Eyeblink circuit: the CS-puff interval of the following trials of one CS.'),
  value: z.number().min(0).max(5000).describe('ISI in ms, from the CS\'s onset to the puff.'),
  cs: z.string().min(1).max(64).optional().describe('Id of the CS whose trials\' puffs are retimed; needed when the circuit has several CSs (unless its config names isiCs).'),
}).describe('Change the ISI of one CS\'s trials.');

export const setPuffStrengthCommand = z.strictObject({
  type: z.literal('setPuffStrength').describe('Eyeblink circuit: the air puff\'s strength.'),
  value: z.number().min(0).max(2).describe('Puff strength (1 = normal, 0 = no puff).'),
}).describe('Change the puff strength.');

export const cerebellumCommandSchemas = [setIsiMsCommand, setPuffStrengthCommand] as const;

export const cerebellumRegion = z.enum([REGION.mossyFibres, REGION.granule, REGION.interneurons, REGION.purkinje, REGION.nucleus, REGION.olive])
  .describe('A region of the eyeblink circuit.');
