/**
 * The closed list of measurable quantities, in one place. Objectives and timeline contingencies
 * name a metric and give its args; args keys named `population`, `projection` or `modulator` are
 * references that the loader checks. A circuit that needs a new measure adds one entry here.
 */
import { z } from 'zod';
import { id, int, num, neuronIndices, MAX_MAGNITUDE, MAX_POPULATION_COUNT } from './common';
import { songbirdMetricArgs } from '../metrics/songbirdMetrics';

const population = id('Id of a population.');
const projection = id('Id of a projection.');
const modulator = id('Id of a modulator pool.');
const contingency = id('Id of a reward contingency in rewardContingencies[].');
const neurons = neuronIndices('Only these neurons (default: all).').optional();
const index = int(0, MAX_POPULATION_COUNT - 1, 'Neuron index (0-based).');
const TRIAL_OFFSET_MS = 600_000;
const from = id('What the window is timed from, in each trial: "trialStart", the id of an event of the trial type, or an event kind ("cue", "us", "reward", ...) for the first event of that kind. A trial without that event (or where it was skipped, blocked or timed after the trial) gives null.');
/** A window timed from an event of each trial (its actual tick, jitter included). */
export const trialWindow = z.strictObject({
  from,
  startMs: num(-TRIAL_OFFSET_MS, TRIAL_OFFSET_MS, 'Start of the window in ms after the event (negative: before it).'),
  endMs: num(-TRIAL_OFFSET_MS, TRIAL_OFFSET_MS, 'End of the window in ms after the event (> startMs).'),
}).describe('Measure in each trial only over [event + startMs, event + endMs), clipped to the trial; objectives over lastTrials / allTrials then average the trials that have the event.').meta({ id: 'TrialWindow' });
/** A moment timed from an event of each trial. */
export const trialMoment = z.strictObject({
  from,
  ms: num(-TRIAL_OFFSET_MS, TRIAL_OFFSET_MS, 'Time of the sample in ms after the event (negative: before it).'),
}).describe('Sample in each trial at event + ms (inside the trial); objectives over lastTrials / allTrials average the trials that have the event.').meta({ id: 'TrialMoment' });
const circuit = id('Id of a reward circuit in circuits[].').default('reward');

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
  weightBimodality: z.strictObject({ projection, bins: int(3, 100, 'Number of equal bins over [0, wMax].').default(10) })
    .describe('min(count in lowest bin, count in highest bin) − max(count in any interior bin), as a fraction of synapses: > 0 means bimodal (Song et al. 2000).'),
  activeSynapseCount: z.strictObject({ projection }).describe('Number of active (not pruned) synapses.'),
  modulatorLevel: z.strictObject({ modulator }).describe('Mean level of the modulator pool over the measured span.'),
  weightOfRewardedSynapse: z.strictObject({ contingency }).describe('Weight of the synapse a spikePair contingency rewards, at the end of the span.'),
  rewardCount: z.strictObject({ contingency }).describe('Rewards the contingency has earned since the start of the run, at the end of the span.'),
  crPercent: z.strictObject({}).describe('Eyeblink circuit: % of the last 10 trials with a conditioned response (eyelid closure above the criterion before the puff), at the end of the span.'),
  probeCrPercent: z.strictObject({}).describe('Eyeblink circuit: % of the last 5 tone-alone probe trials with a conditioned response, at the end of the span.'),
  crPeakMs: z.strictObject({}).describe('Eyeblink circuit: time of the eyelid closure peak (ms after tone onset), mean of the last 3 probe trials with a CR.'),
  crOnsetMs: z.strictObject({}).describe('Eyeblink circuit: CR onset (ms after tone onset) in the last trial with a CR.'),
  complexSpikesPerTrial: z.strictObject({}).describe('Eyeblink circuit: mean complex spikes (inferior-olive spikes) per trial over the last 10 trials.'),
  eyelidClosure: z.strictObject({}).describe('Eyeblink circuit: eyelid closure (0 open, 1 shut) at the end of the span.'),
  rewardValue: z.strictObject({ circuit, at: trialMoment.optional() })
    .describe('Reward circuit: its value readout V (from the value population\'s filtered rate) at the end of the span, or with at: in each trial at a time after an event (value at cue: { from: "cue", ms: 200 }).'),
  ...songbirdMetricArgs,
} as const;

export type MetricName = keyof typeof metricArgs;
export const METRIC_NAMES = Object.keys(metricArgs) as MetricName[];

/** Keys of metric args that refer to other parts of the level. */
export const METRIC_REFERENCE_KEYS = ['population', 'projection', 'modulator', 'contingency'] as const;

export const comparison = z.enum(['<', '<=', '>', '>=', 'between'])
  .describe('How the measured value is compared with threshold ("between" needs [lo, hi], inclusive).');

export const threshold = z.union([
  num(-1e12, 1e12, 'The value to compare with.'),
  z.tuple([num(-1e12, 1e12, 'Lower bound.'), num(-1e12, 1e12, 'Upper bound.')]).describe('[lo, hi] for "between".'),
]).describe('A number, or [lo, hi] when comparison is "between".');

/** One discriminated union member per metric, each with the given extra fields. */
export function withMetric<S extends z.core.$ZodLooseShape>(shape: S, description: string) {
  const members = METRIC_NAMES.map((name) => z.strictObject({
    ...shape,
    metric: z.literal(name).describe(metricArgs[name].description ?? name),
    args: metricArgs[name],
  }));
  type Member = (typeof members)[number];
  return z.discriminatedUnion('metric', members as [Member, ...Member[]]).describe(description);
}
