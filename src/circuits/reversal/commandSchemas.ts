/** Command types of the reversal agent (applied by reversalCommands.ts once the agent is installed). */
import { z } from 'zod';
import { parameterRange, type ParamRange } from '../plugin/param';
import { reversalParamFields } from './configParams';

/** A live setting's bounds, read from its config field (configParams.ts is their one source). */
function rangeOf(field: keyof typeof reversalParamFields): Required<ParamRange> {
  const range = parameterRange(reversalParamFields[field]);
  if (range === undefined) throw new Error(`reversal config field ${field} is not a number`);
  return range;
}

/** Bounds of the live settings: the config's own ranges. */
export const THRESHOLD_RANGE = rangeOf('switchThreshold');
export const LEAK_RANGE_MS = rangeOf('integratorLeakMs');

/** A command's value schema with the range of its config field (an exclusive minimum stays exclusive). */
function valueIn(range: Required<ParamRange>): z.ZodNumber {
  const base = z.number().max(range.max);
  return range.minExclusive ? base.gt(range.min) : base.min(range.min);
}

/** True when `value` lies in the range (used by the command handlers, which see unparsed commands). */
export function inRange(value: number, range: Required<ParamRange>): boolean {
  return (range.minExclusive ? value > range.min : value >= range.min) && value <= range.max;
}

export const lesionErrorUnitCommand = z.strictObject({
  type: z.literal('lesionErrorUnit').describe('Reversal agent: silence the anterior-cingulate error unit (or, with enabled: false, let it answer again).'),
  enabled: z.boolean().default(true).describe('true: lesioned (silent); false: working again.'),
}).describe('Lesion the error unit, or undo the lesion.');

export const setSwitchThresholdCommand = z.strictObject({
  type: z.literal('setSwitchThreshold').describe('Reversal agent: the switch integrator\'s threshold (about 1 per error).'),
  value: valueIn(THRESHOLD_RANGE).describe('Threshold (0.7: switch after one error; 1.3: after two in a row).'),
}).describe('Change the switch threshold.');

export const setSwitchLeakCommand = z.strictObject({
  type: z.literal('setSwitchLeakMs').describe('Reversal agent: the switch integrator\'s leak time constant.'),
  value: valueIn(LEAK_RANGE_MS).describe('Leak time constant in ms (how long an error is remembered).'),
}).describe('Change how long the switch integrator remembers an error.');

export const reversalCommandSchemas = [lesionErrorUnitCommand, setSwitchThresholdCommand, setSwitchLeakCommand] as const;
