/**
 * Commands: what the player, the editor, lessons and the timeline may ask the running sim to do.
 * A closed, discriminated set on `type`. Manipulations (lesion, clamps) are in manipulations.ts;
 * circuits add their own types in circuitCommands.ts.
 */
import { z } from 'zod';
import { id, num, MAX_MAGNITUDE } from './common';
import { circuitCommandSchemas } from './circuitCommands';
import { manipulationCommandSchemas } from './manipulations';

export const setParameterCommand = z.strictObject({
  type: z.literal('setParameter').describe('Set a numeric field of the level (the same paths as playerParameters).'),
  path: z.string().max(256).describe('Dotted path such as "projections.ee.plasticity.aPlus" (array items by id).'),
  value: num(-1e12, 1e12, 'New value.'),
}).describe('Change a parameter.');

export const setPlasticityCommand = z.strictObject({
  type: z.literal('setPlasticity').describe('Switch a projection\'s plasticity on or off (like a pharmacological block).'),
  projection: id('Id of the projection.'),
  enabled: z.boolean().describe('true = learning on.'),
}).describe('Enable or block plasticity.');

export const deliverRewardCommand = z.strictObject({
  type: z.literal('deliverReward').describe('Deliver a reward now.'),
  amount: num(-MAX_MAGNITUDE, MAX_MAGNITUDE, 'Reward size (negative = punishment).'),
  modulator: id('Modulator pool that receives the reward (default: the level\'s dopamine pool).').optional(),
}).describe('Deliver a reward.');

export const command = z.discriminatedUnion('type', [
  setParameterCommand, ...manipulationCommandSchemas, setPlasticityCommand, deliverRewardCommand, ...circuitCommandSchemas,
]).meta({ id: 'Command', description: 'A command to the running simulation.' });

export type Command = z.infer<typeof command>;
export type CommandType = Command['type'];
