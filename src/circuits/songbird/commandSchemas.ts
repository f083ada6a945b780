/**
 * Command types of the songbird circuit (applied by songbirdCommands.ts once the circuit is
 * installed) and the regions the shared `inactivate` command may name.
 */
import { z } from 'zod';
import { SONGBIRD_POPULATIONS } from './songbirdNetwork';

export const songbirdCommandSchemas = [
  z.strictObject({
    type: z.literal('deafen').describe('Songbird circuit: the critic hears nothing (enabled: true) or hears again (false).'),
    enabled: z.boolean().default(true).describe('true = deaf.'),
  }).describe('Deafen the bird.'),
  z.strictObject({
    type: z.literal('setWhiteNoise').describe('Songbird circuit: allow or stop the level\'s pitch-contingent white noise.'),
    enabled: z.boolean().describe('true = the noise may play.'),
  }).describe('Switch the white-noise contingency.'),
] as const;

export const songbirdRegion = z.enum(SONGBIRD_POPULATIONS).describe('A region of the songbird circuit.');
