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
  initialWeightOverrides: z.array(z.strictObject({
    pre: index.describe('Index (0-based) of the presynaptic neuron in the source population.'),
    nth: index.describe('Which of its outgoing synapses in this projection (0-based, in the order the engine creates them; default 0). Checked against the out-degree when the level is built.').default(0),
    weight: num(0, 1_000_000, 'Initial weight of that synapse (a magnitude; the receptor gives the sign).'),
  }).describe('The initial weight of one synapse.')).max(1000).optional()
    .describe('Initial weights of single synapses, replacing the drawn weight (e.g. the rewarded synapse starts at 0 in Izhikevich 2007).'),
}).describe('A set of synapses from one population to another.');

export type Projection = z.infer<typeof projection>;
export type ConnectRule = z.infer<typeof connectRule>;
