/**
 * Command types contributed by named circuits (src/circuits). To add one, append a strict object
 * with a literal `type`, e.g. the songbird's
 *   z.strictObject({ type: z.literal('deafen'), enabled: z.boolean() })
 * and re-run `npm run schema`. Kept apart so the built-in set stays small and closed.
 */
import { z } from 'zod';

const cerebellumRegion = z.enum(['mossyFibres', 'granule', 'interneurons', 'purkinje', 'nucleus', 'olive'])
  .describe('A region of the eyeblink circuit.');

export const circuitCommandSchemas = [
  z.strictObject({
    type: z.literal('setIsiMs').describe('Eyeblink circuit: the tone-puff interval of the following trials.'),
    value: z.number().min(0).max(5000).describe('ISI in ms.'),
  }).describe('Change the ISI.'),
  z.strictObject({
    type: z.literal('setPuffStrength').describe('Eyeblink circuit: the air puff\'s strength.'),
    value: z.number().min(0).max(2).describe('Puff strength (1 = normal, 0 = no puff).'),
  }).describe('Change the puff strength.'),
  z.strictObject({
    type: z.literal('inactivate').describe('Eyeblink circuit: clamp a region\'s output (like a muscimol infusion).'),
    region: cerebellumRegion,
    restore: z.boolean().optional().describe('true: end the inactivation.'),
  }).describe('Inactivate a region.'),
] as const;
