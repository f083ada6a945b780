/**
 * Command types contributed by named circuits (src/circuits). To add one, append a strict object
 * with a literal `type`, e.g. the songbird's
 *   z.strictObject({ type: z.literal('deafen'), enabled: z.boolean() })
 * and re-run `npm run schema`. Kept apart so the built-in set stays small and closed.
 */
import { z } from 'zod';

const cerebellumRegion = z.enum(['mossyFibres', 'granule', 'interneurons', 'purkinje', 'nucleus', 'olive'])
  .describe('A region of the eyeblink circuit.');
const songbirdRegion = z.enum(['hvc', 'ra', 'lman']).describe('A region of the songbird circuit.');

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
    type: z.literal('inactivate').describe('Eyeblink or songbird circuit: clamp a region\'s output (like a muscimol or TTX infusion).'),
    region: z.union([cerebellumRegion, songbirdRegion]),
    restore: z.boolean().optional().describe('true: end the inactivation.'),
  }).describe('Inactivate a region.'),
  z.strictObject({
    type: z.literal('deafen').describe('Songbird circuit: the critic hears nothing (enabled: true) or hears again (false).'),
    enabled: z.boolean().default(true).describe('true = deaf.'),
  }).describe('Deafen the bird.'),
  z.strictObject({
    type: z.literal('setWhiteNoise').describe('Songbird circuit: allow or stop the level\'s pitch-contingent white noise.'),
    enabled: z.boolean().describe('true = the noise may play.'),
  }).describe('Switch the white-noise contingency.'),
] as const;
