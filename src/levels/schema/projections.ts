/** Projections: synapses from one population to another, by a connection rule. */
import { z } from 'zod';
import { id, int, num, delayValue, weightValue, MAX_POPULATION_COUNT } from './common';
import { plasticity, structural } from './plasticity';

const allowSelf = z.boolean().default(false).describe('Whether a neuron may connect to itself (only matters when from = to).');
const index = int(0, MAX_POPULATION_COUNT - 1, 'Neuron index (0-based).');

export const connectRule = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('allToAll').describe('Every pre neuron to every post neuron.'), allowSelf }),
  z.strictObject({
    rule: z.literal('fixedProbability').describe('Each possible pair is connected with probability p (seeded).'),
    p: num(0, 1, 'Connection probability.'),
    allowSelf,
  }),
  z.strictObject({
    rule: z.literal('fixedOutDegree').describe('Each pre neuron connects to k distinct post neurons.'),
    k: int(0, MAX_POPULATION_COUNT, 'Out-degree.'),
    allowSelf,
  }),
  z.strictObject({
    rule: z.literal('fixedInDegree').describe('Each post neuron receives from k distinct pre neurons.'),
    k: int(0, MAX_POPULATION_COUNT, 'In-degree.'),
    allowSelf,
  }),
  z.strictObject({ rule: z.literal('oneToOne').describe('Neuron i to neuron i; both populations must have the same count.') }),
  z.strictObject({
    rule: z.literal('pairs').describe('An explicit list of [preIndex, postIndex] pairs.'),
    pairs: z.array(z.tuple([index, index])).max(1_000_000).describe('Synapses as [preIndex, postIndex].'),
  }),
]).describe('Which neurons connect.');

export const projection = z.strictObject({
  id: id('Id of this projection, referenced by monitors, objectives, commands and parameter paths.'),
  from: id('Id of the presynaptic population.'),
  to: id('Id of the postsynaptic population.'),
  connect: connectRule,
  weight: weightValue,
  delayMs: delayValue.default(1),
  receptor: z.enum(['excitatory', 'inhibitory']).describe('Excitatory synapses add, inhibitory ones subtract (or use the inhibitory conductance).'),
  plasticity: plasticity.default({ rule: 'none' }),
  structural: structural.optional(),
}).describe('A set of synapses from one population to another.');

export type Projection = z.infer<typeof projection>;
export type ConnectRule = z.infer<typeof connectRule>;
