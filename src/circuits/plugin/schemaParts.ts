/**
 * Shared building blocks of the level schema: ids, bounded finite numbers, and the value
 * distributions used for weights and delays. Every number in a level is finite and bounded so a
 * level file can never ask for an absurd world; units live in field names (tauMs, rateHz, ...).
 */
import { z } from 'zod';

/** The pattern every id in a level must match. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export const ID_RULE_TEXT = 'a letter followed by up to 63 letters, digits, _ or -';

/** An id (of a population, projection, stimulus, ...) or a reference to one. */
export const id = (description: string) =>
  z.string().regex(ID_PATTERN, { message: `must be ${ID_RULE_TEXT}` }).describe(description);

/** A finite number in [min, max]. */
export const num = (min: number, max: number, description: string) =>
  z.number().min(min).max(max).describe(description);

/** An integer in [min, max]. */
export const int = (min: number, max: number, description: string) =>
  z.int().min(min).max(max).describe(description);

/** Plain text shown to players as text (never as HTML). */
export const text = (maxLength: number, description: string) => z.string().max(maxLength).describe(description);

/** Largest neuron count of one population. */
export const MAX_POPULATION_COUNT = 100_000;
/** Largest number of neurons in a whole level. */
export const MAX_TOTAL_NEURONS = 200_000;
/** Largest estimated number of synapses in a whole level (and in one projection). */
export const MAX_TOTAL_SYNAPSES = 20_000_000;
/** Longest simulated time any duration in a level may ask for: 10^8 ms, about 28 hours. */
export const MAX_DURATION_MS = 100_000_000;
/** Largest absolute synaptic weight, current or modulator amount. */
export const MAX_MAGNITUDE = 1_000_000;
/** Longest time constant or delay. */
export const MAX_TAU_MS = 1_000_000;

/** A time in ms from the start of the run (or of a trial), bounded. */
export const timeMs = (description: string) => num(0, MAX_DURATION_MS, description);

/** A time constant in ms, strictly positive. */
export const tauMs = (description: string) => z.number().gt(0).max(MAX_TAU_MS).describe(description);

/** Neuron indices inside a population (checked against the population's count on load). */
export const neuronIndices = (description: string) =>
  z.array(int(0, MAX_POPULATION_COUNT - 1, 'Neuron index (0-based) inside the population.')).min(1).max(MAX_POPULATION_COUNT).describe(description);

/** Builds "a fixed value or a distribution" for per-synapse values like weight and delay. */
function distributed(schemaId: string, min: number, max: number, unitText: string, description: string) {
  const value = (what: string) => num(min, max, `${what} (${unitText}).`);
  const uniform = z.strictObject({
    dist: z.literal('uniform').describe('Each synapse draws its value uniformly from [min, max].'),
    min: value('Lower bound'),
    max: value('Upper bound'),
  }).describe('Uniform distribution.');
  const normal = z.strictObject({
    dist: z.literal('normal').describe('Each synapse draws its value from a normal distribution, clipped to [min, max].'),
    mean: value('Mean'),
    sd: num(0, max, `Standard deviation (${unitText}).`),
    min: value('Values below are clipped to this (defaults to the lowest allowed value)').optional(),
    max: value('Values above are clipped to this (defaults to the highest allowed value)').optional(),
  }).describe('Normal distribution, clipped.');
  return z.union([
    num(min, max, `The same value for every synapse (${unitText}).`),
    z.discriminatedUnion('dist', [uniform, normal]),
  ]).meta({ id: schemaId, description });
}

export const weightValue = distributed('Weight', 0, MAX_MAGNITUDE, 'a magnitude ≥ 0; the receptor gives the sign',
  'Synaptic weight: a number or a distribution. Current-input targets: pA per spike; conductance-input targets: conductance relative to leak (dimensionless, as in Song et al. 2000).');

export const delayValue = distributed('DelayMs', 0, 10_000, 'ms',
  'Axonal/synaptic delay in ms: a number or a distribution. Rounded to whole ticks, at least one tick.');

export type DistributedValue = z.infer<typeof weightValue>;
