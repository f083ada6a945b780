/**
 * The closed list of measurable quantities, in one place. Objectives and timeline contingencies
 * name a metric and give its args; args keys named `population`, `projection` or `modulator` are
 * references that the loader checks. Circuits add their own metrics (each definition's `metrics`).
 */
import { z } from 'zod';
import { id, int, num, neuronIndices, MAX_MAGNITUDE, MAX_POPULATION_COUNT } from './common';
import { trialWindow } from '../../circuits/plugin/trialTiming';
import { circuitMetricArgs } from '../../circuits/registry';

export { trialWindow, trialMoment } from '../../circuits/plugin/trialTiming';

const population = id('Id of a population.');
const projection = id('Id of a projection.');
const modulator = id('Id of a modulator pool.');
const contingency = id('Id of a reward contingency in rewardContingencies[].');
const neurons = neuronIndices('Only these neurons (default: all).').optional();
const index = int(0, MAX_POPULATION_COUNT - 1, 'Neuron index (0-based).');

export const metricArgs = {
  populationRateHz: z.strictObject({ population, neurons, window: trialWindow.optional() })
    .describe('Mean firing rate of the neurons in Hz over the measured span (with window: over the window of each trial, e.g. 0-250 ms after the cue).'),
  spikeCount: z.strictObject({ population, neurons, window: trialWindow.optional() })
    .describe('Total number of spikes of the neurons over the measured span (with window: spikes in the window of each trial, averaged over trials).'),
  meanWeight: z.strictObject({ projection }).describe('Mean weight of the projection\'s active synapses at the end of the span.'),
  weightOfSynapse: z.strictObject({ projection, pre: index, post: index }).describe('Weight of the synapse from pre to post (first one if several).'),
  fractionOfWeightsAbove: z.strictObject({ projection, threshold: num(0, MAX_MAGNITUDE, 'Weight threshold.') })
    .describe('Fraction (0-1) of the projection\'s synapses whose weight is above threshold.'),
  weightChangeRatio: z.strictObject({ projection }).describe('Mean weight divided by the mean initial weight (LTP > 1, LTD < 1).'),
  meanSynapseState: z.strictObject({
    projection,
    field: z.enum(['earlyUp', 'earlyDown', 'latePhase']).describe('earlyUp: early LTP h; earlyDown: early LTD l; latePhase: late phase z (only for a projection with the tag, trigger and consolidation rule).'),
  }).describe('Mean over the projection\'s active synapses of a component of the tag-trigger-consolidation rule at the end of the span: early LTP (h, 0-1), early LTD (l, 0-1) or the late, consolidated phase (z, −½ to 1).'),
  weightBimodality: z.strictObject({ projection, bins: int(3, 100, 'Number of equal bins over [0, wMax].').default(10) })
    .describe('min(count in lowest bin, count in highest bin) − max(count in any interior bin), as a fraction of synapses: > 0 means bimodal (Song et al. 2000).'),
  activeSynapseCount: z.strictObject({ projection }).describe('Number of active (not pruned) synapses.'),
  inputDominanceIndex: z.strictObject({
    projection,
    favoured: neuronIndices('Source neurons of the projection whose input is counted as favoured (e.g. the open eye\'s relay cells).'),
    other: neuronIndices('Source neurons whose input is counted against (e.g. the closed eye\'s).'),
  }).describe('Dominance index of two groups of inputs, averaged over the target cells: for each cell (F − O)/(F + O), F and O the summed weights it gets from the favoured and the other source neurons (ocular dominance: +1 only the favoured eye drives it, 0 both equally, −1 only the other).'),
  modulatorLevel: z.strictObject({ modulator }).describe('Mean level of the modulator pool over the measured span.'),
  spikeTimeJitterMs: z.strictObject({ population, neurons, window: trialWindow.optional() })
    .describe('Spread (standard deviation, ms) of the neurons\' spike times within each trial (with window: within the window, timed from its start), pooled over the measured trials: small when the cells fire together at a fixed moment (Pouille & Scanziani 2001).'),
  isiCv: z.strictObject({ population, neurons, windowMs: num(100, 1_000_000, 'Look back this many ms from the end of the span.') })
    .describe('How irregular the neurons fire: the mean over neurons (with at least 3 spikes) of the coefficient of variation of their inter-spike intervals in the last windowMs (about 1 for random, Poisson-like firing; 0 for a clock).'),
  tuningCorrelation: z.strictObject({
    projection,
    otherProjection: id('Id of the projection whose tuning it is compared with (e.g. the excitatory one).'),
    channels: int(2, 1000, 'Number of input channels: each projection\'s presynaptic neurons split into this many equal groups in index order.'),
  }).describe('Whether one projection\'s weights mirror another\'s, channel by channel: Pearson r across channels of the mean weight of each group of presynaptic neurons (Vogels et al. 2011: inhibition learns to match excitation).'),
  weightOfRewardedSynapse: z.strictObject({ contingency }).describe('Weight of the synapse a spikePair contingency rewards, at the end of the span.'),
  rewardCount: z.strictObject({ contingency }).describe('Rewards the contingency has earned since the start of the run, at the end of the span.'),
  ...circuitMetricArgs,
} as const;

export type MetricName = keyof typeof metricArgs;
export const METRIC_NAMES = Object.keys(metricArgs) as MetricName[];

/** Keys of metric args that refer to other parts of the level. */
export const METRIC_REFERENCE_KEYS = ['population', 'projection', 'otherProjection', 'modulator', 'contingency'] as const;

export const comparison = z.enum(['<', '<=', '>', '>=', 'between'])
  .describe('How the measured value is compared with the threshold (Between needs a lower and an upper bound, both included).');

export const threshold = z.union([
  num(-1e12, 1e12, 'The value to compare with.'),
  z.tuple([num(-1e12, 1e12, 'Lower bound.'), num(-1e12, 1e12, 'Upper bound.')]).describe('Lower and upper bound, for the comparison Between.'),
]).describe('A number, or a lower and an upper bound when the comparison is Between.');

/** One object schema per metric, each with the given extra fields (members of a union on `metric`). */
export function metricMembers<S extends z.core.$ZodLooseShape>(shape: S) {
  return METRIC_NAMES.map((name) => z.strictObject({
    ...shape,
    metric: z.literal(name).describe(metricArgs[name].description ?? name),
    args: metricArgs[name],
  }));
}

/** One discriminated union member per metric, each with the given extra fields. */
export function withMetric<S extends z.core.$ZodLooseShape>(shape: S, description: string) {
  const members = metricMembers(shape);
  type Member = (typeof members)[number];
  return z.discriminatedUnion('metric', members as [Member, ...Member[]]).describe(description);
}
