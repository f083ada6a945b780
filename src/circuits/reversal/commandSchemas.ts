/** Command types of the reversal agent (applied by reversalCommands.ts once the agent is installed). */
import { z } from 'zod';

/** Bounds of the live settings (the config's own ranges, configParams.ts). */
export const THRESHOLD_RANGE = { min: 0.05, max: 10 } as const;
export const LEAK_RANGE_MS = { min: 1, max: 1_000_000 } as const;

export const lesionErrorUnitCommand = z.strictObject({
  type: z.literal('lesionErrorUnit').describe('Reversal agent: silence the anterior-cingulate error unit (or, with enabled: false, let it answer again).'),
  enabled: z.boolean().default(true).describe('true: lesioned (silent); false: working again.'),
}).describe('Lesion the error unit, or undo the lesion.');

export const setSwitchThresholdCommand = z.strictObject({
  type: z.literal('setSwitchThreshold').describe('Reversal agent: the switch integrator\'s threshold (about 1 per error).'),
  value: z.number().min(THRESHOLD_RANGE.min).max(THRESHOLD_RANGE.max).describe('Threshold (0.7: switch after one error; 1.3: after two in a row).'),
}).describe('Change the switch threshold.');

export const setSwitchLeakCommand = z.strictObject({
  type: z.literal('setSwitchLeakMs').describe('Reversal agent: the switch integrator\'s leak time constant.'),
  value: z.number().min(LEAK_RANGE_MS.min).max(LEAK_RANGE_MS.max).describe('Leak time constant in ms (how long an error is remembered).'),
}).describe('Change how long the switch integrator remembers an error.');

export const reversalCommandSchemas = [lesionErrorUnitCommand, setSwitchThresholdCommand, setSwitchLeakCommand] as const;
