/** Populations: groups of neurons of one type, laid out for display. */
import { z } from 'zod';
import { id, int, num, text, MAX_POPULATION_COUNT } from './common';

const coordinate = (description: string) => num(-100_000, 100_000, description);

export const layout = z.strictObject({
  kind: z.enum(['grid', 'line', 'ring', 'random']).describe('How neurons are placed inside the box (random uses the level seed).'),
  x: coordinate('Left edge of the box, in layout units (the circuit view scales them to the screen).'),
  y: coordinate('Top edge of the box, in layout units.'),
  width: num(0, 100_000, 'Width of the box, in layout units.'),
  height: num(0, 100_000, 'Height of the box, in layout units.'),
}).describe('Where the population is drawn.');

const variationTerm = z.strictObject({
  scale: num(-1000, 1000, 'param = base + scale · r^power, with r ~ U(0,1) drawn once per neuron.'),
  power: num(0, 100, 'Exponent applied to r (Izhikevich 2003 uses 2 for c and d of excitatory cells).'),
}).describe('Heterogeneity of one parameter.');

export const variation = z.strictObject({
  a: variationTerm.optional(),
  b: variationTerm.optional(),
  c: variationTerm.optional(),
  d: variationTerm.optional(),
}).describe('Izhikevich (2003) style heterogeneity: each neuron draws one r ~ U(0,1) shared by all listed parameters. Izhikevich types only.');

/** A named run of a population's neurons: the relay cells of one eye, say. */
export const neuronGroup = z.strictObject({
  label: text(40, 'Name shown next to these neurons in the circuit view (e.g. "Left eye").'),
  // The same words as a range's first neuron and a population's count (one editor string each).
  first: int(0, MAX_POPULATION_COUNT - 1, 'First neuron index of the range (0-based, inclusive).'),
  count: int(1, MAX_POPULATION_COUNT, 'Number of neurons.'),
}).describe('A named run of the population\'s neurons.');

export const population = z.strictObject({
  id: id('Id of this population, referenced by projections, stimuli, monitors and objectives.'),
  label: text(60, 'Name shown to players on plots, scenes and the inspector (e.g. "Excitatory cells"); the id stays in the inspector and exports. Defaults to a readable form of the id.').optional(),
  type: id('Id of a neuron type in neuronTypes[].'),
  count: int(1, MAX_POPULATION_COUNT, 'Number of neurons.'),
  layout: layout.default({ kind: 'grid', x: 0, y: 0, width: 1, height: 1 }),
  initialVMv: num(-200, 100, 'Initial membrane potential in mV (defaults to the model\'s rest or reset value).').optional(),
  variation: variation.optional(),
  groups: z.array(neuronGroup).max(16).optional()
    .describe('Named runs of neurons, each labelled in the circuit view below its row, at its right end (e.g. the relay cells of the left eye and of the right eye).'),
  tags: z.array(id('A role tag such as Dopaminergic.')).max(16).optional()
    .describe('Role tags that circuits and views use to find neurons.'),
}).describe('A population of neurons of one type.');

export type Population = z.infer<typeof population>;
export type Layout = z.infer<typeof layout>;
export type NeuronGroup = z.infer<typeof neuronGroup>;
