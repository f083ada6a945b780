/** Monitors: what the sim records for plots, sound and scoring. */
import { z } from 'zod';
import { id, int, num, MAX_POPULATION_COUNT } from './common';
import { circuitTraceSignal, traceSignalNames } from '../../circuits/registry';

export const NEURON_FIELDS = ['v', 'u', 'input', 'gExc', 'gInh'] as const;
export const SYNAPSE_FIELDS = ['weight', 'eligibility', 'preTrace', 'postTrace', 'calcium', 'earlyUp', 'earlyDown', 'latePhase'] as const;
export const MODULATOR_FIELDS = ['level'] as const;

const indices = z.array(z.int().min(0).max(20_000_000).describe('Neuron index, or synapse index within the projection.'))
  .min(1).max(1000).describe('Which neurons or synapses to record.');

export const monitor = z.discriminatedUnion('kind', [
  z.strictObject({
    id: id('Id of this monitor.'),
    kind: z.literal('spikes').describe('Record spike times.'),
    population: id('Only this population (default: all).').optional(),
  }),
  z.strictObject({
    id: id('Id of this monitor.'),
    kind: z.literal('probe').describe('Sample a state variable.'),
    target: z.enum(['neuron', 'synapse', 'modulator']).describe('What is sampled; set population, projection or modulator to match.'),
    population: id('Population (target "neuron").').optional(),
    projection: id('Projection (target "synapse").').optional(),
    modulator: id('Modulator pool (target "modulator").').optional(),
    indices: indices.optional(),
    synapses: z.array(z.strictObject({
      pre: int(0, MAX_POPULATION_COUNT - 1, 'Index (0-based) of the presynaptic neuron in the projection\'s source population.'),
      nth: int(0, MAX_POPULATION_COUNT - 1, 'Which of its outgoing synapses in the projection (0-based; default 0). Checked against the out-degree when the level is built.').default(0),
    })).min(1).max(1000).optional()
      .describe('Synapse probes only, instead of indices: synapses named by their pre neuron and rank (e.g. a contingency\'s rewarded synapse).'),
    field: z.enum([...NEURON_FIELDS, ...SYNAPSE_FIELDS, ...MODULATOR_FIELDS])
      .describe('neuron: v, u, input, gExc, gInh; synapse: weight, eligibility, preTrace, postTrace, calcium, earlyUp, earlyDown, latePhase (h, l and z of the tag-trigger rule); modulator: level.'),
    everyMs: num(0.01, 1_000_000, 'Sampling interval in ms (rounded to ticks).').default(1),
  }),
  z.strictObject({
    id: id('Id of this monitor.'),
    kind: z.literal('trace').describe('Record a signal of the behaving animal over time, with its label and unit.'),
    signal: z.enum(traceSignalNames as [string, ...string[]]).describe(`The signal: ${traceSignalNames.map((name) => {
      const signal = circuitTraceSignal(name)!;
      return `${name} (${signal.circuitTitle}: ${signal.label}, ${signal.unit}${signal.probe ? ', at its own moments' : ''})`;
    }).join('; ')}.`),
    circuit: id('Id of the circuit that has the signal (default: the level\'s only circuit of that kind).').optional(),
    everyMs: num(0.01, 1_000_000, 'Sampling interval in ms (rounded to ticks); a signal sampled at its own moments ignores it.').default(1),
  }),
  z.strictObject({
    id: id('Id of this monitor.'),
    kind: z.literal('rate').describe('Population firing rate in bins.'),
    population: id('Id of a population.'),
    binMs: num(0.01, 1_000_000, 'Bin width in ms.'),
  }),
]).describe('A recording.');

export type Monitor = z.infer<typeof monitor>;
