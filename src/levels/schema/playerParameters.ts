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
  unit: text(16, 'Unit shown next to the value (e.g. "ms", "Hz"); with perShownUnit, the unit the control shows (e.g. "years").').optional(),
  perShownUnit: z.number().gt(0).max(1e12)
    .describe('How many of the field\'s own units make one unit shown on the control, for a value a player reads better in another unit (10000 when an age in model ms is shown in years at 10 simulated seconds a year). The control shows and takes value ÷ perShownUnit; min, max and step stay in the field\'s units.').optional(),
  help: text(2_000, 'A sentence under the control: what the value means, e.g. what a model millisecond stands for when the level compresses time.').optional(),
}).describe('A parameter the player may change.');

export type PlayerParameter = z.infer<typeof playerParameter>;
