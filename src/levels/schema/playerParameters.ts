/** Player parameters: the numeric fields of the level the player may change, and their ranges. */
import { z } from 'zod';
import { text } from './common';

export const playerParameter = z.strictObject({
  path: z.string().min(1).max(256)
    .describe('Dotted path to a numeric field; array items by id, e.g. "projections.ee.plasticity.aPlus" or "stimuli.drive.amplitudePa".'),
  label: text(100, 'Label shown on the control.'),
  min: z.number().min(-1e12).max(1e12).describe('Smallest value the player may set.'),
  max: z.number().min(-1e12).max(1e12).describe('Largest value the player may set.'),
  step: z.number().gt(0).max(1e12).describe('Slider step.').optional(),
  unit: text(16, 'Unit shown next to the value (e.g. "ms", "Hz").').optional(),
}).describe('A parameter the player may change.');

export type PlayerParameter = z.infer<typeof playerParameter>;
