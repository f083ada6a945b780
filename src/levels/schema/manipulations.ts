/**
 * Generic pieces of the manipulation commands (lesion, inactivation, clamps), kept apart so that a
 * circuit's own commands (e.g. `inactivate { region }`) reuse the same subset and restore fields.
 * The engine side is src/sim/manipulations.
 */
import { z } from 'zod';
import { id, int, num, MAX_POPULATION_COUNT } from './common';

const index = (description: string) => int(0, MAX_POPULATION_COUNT - 1, description);

export const neuronRange = z.strictObject({
  first: index('First neuron index of the range (0-based, inclusive).'),
  last: index('Last neuron index of the range (inclusive, ≥ first, < the population\'s count).'),
}).describe('Neurons first..last of the population.');

export const neuronSubset = z.union([
  z.strictObject({
    fraction: num(0, 1, 'Fraction (0-1) of the population, chosen at random: round(fraction × count) neurons.'),
    draw: id('Name of the random draw (default "default"). The same fraction and draw always pick the same neurons (so a later restore with the same subset undoes exactly this one); a smaller fraction of the same draw picks a subset of a larger one; another name draws independently.').optional(),
  }).describe('A seeded random fraction: the choice is derived from the level seed, the population and the draw name, and shifts no other random stream.'),
  z.strictObject({
    ranges: z.array(neuronRange).min(1).max(256).describe('Index ranges (they may overlap).'),
  }).describe('Neurons by index ranges.'),
]).meta({ id: 'NeuronSubset', description: 'Which neurons of the population: a seeded random fraction, or index ranges. Without it: all of them.' });

/** The optional `neurons` field of a manipulation command. */
export const subsetField = neuronSubset.optional();

/** The optional `restore` field: undo the manipulation for the same neurons. */
export const restoreField = z.boolean().optional().describe('true: undo it (for the same neurons: give the same subset).');

export const lesionCommand = z.strictObject({
  type: z.literal('lesion').describe('Silence neurons: they stop spiking (held at rest, input cleared), so their synapses stop transmitting. With restore: true, reversible (an inactivation); works for any population, circuit regions included.'),
  population: id('Id of the population (or circuit region) to lesion.'),
  neurons: subsetField,
  restore: restoreField,
}).describe('Lesion or inactivate a population or a subset of it, or restore it.');

export const voltageClampCommand = z.strictObject({
  type: z.literal('voltageClamp').describe('Hold the neurons\' membrane at vMv (whole-cell voltage clamp): v is fixed every tick, they do not spike, and plasticity rules that read the postsynaptic voltage (calcium/NMDA) see the clamped value. Not for Poisson spike sources. Ends with releaseClamp.'),
  population: id('Id of the population (or circuit region).'),
  neurons: subsetField,
  vMv: num(-200, 200, 'Holding potential in mV (e.g. −70 at rest, −10 for pairing-induced LTP).'),
}).describe('Voltage-clamp a population or a subset of it.');

export const rateClampCommand = z.strictObject({
  type: z.literal('rateClamp').describe('Replace the neurons\' spikes by a Poisson train at rateHz (their membrane rests): a population held at its resting rate, whatever its input. Ends with releaseClamp.'),
  population: id('Id of the population (or circuit region).'),
  neurons: subsetField,
  rateHz: num(0, 1000, 'Imposed rate in Hz. Default: the population\'s resting rate, which only a Poisson spike source has (its own rateHz); a membrane model needs rateHz.').optional(),
}).describe('Hold a population (or a subset) at a firing rate.');

export const releaseClampCommand = z.strictObject({
  type: z.literal('releaseClamp').describe('End a voltage or rate clamp: the neurons run free again from where they are.'),
  population: id('Id of the population (or circuit region).'),
  neurons: subsetField,
}).describe('Release clamped neurons.');

export const manipulationCommandSchemas = [lesionCommand, voltageClampCommand, rateClampCommand, releaseClampCommand] as const;

export type NeuronSubset = z.infer<typeof neuronSubset>;
