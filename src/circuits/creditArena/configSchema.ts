/**
 * The config schema of the credit-assignment arena: five copies of one small rate network learn the
 * same task side by side, each with its own learning rule (arena.ts). The arena brings no neurons:
 * its networks are rate models read by its scene and metrics.
 */
import { z } from 'zod';
import { id } from '../plugin/schemaParts';
import { arenaParamFields } from './configParams';

export const arenaConfigSchema = z.strictObject({
  kind: z.literal('creditArena').describe('Five learning rules train the same small network on the same task, side by side (backprop, feedback alignment, predictive coding, node perturbation, a dopamine-gated three-factor rule).'),
  id: id('Id of this circuit (metrics and views name it).').default('arena'),
  task: z.enum(['xor', 'patterns']).default('xor').describe('The task: XOR (2 inputs, 1 output, 4 patterns) or random patterns (binary associations drawn from the level\'s seed, sized by patternInputs, patternOutputs and patterns).'),
  ...arenaParamFields,
}).describe('A credit-assignment arena.');

export type ArenaCircuitConfig = z.output<typeof arenaConfigSchema>;
