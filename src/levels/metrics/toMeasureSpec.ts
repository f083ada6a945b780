/** A level metric (name + args) as the engine's MeasureSpec. */
import type { MeasureSpec } from '../../sim/timeline/timelineSpec';
import type { MetricName } from '../schema/metrics';
import type { TrialSpan } from '../../circuits/plugin/circuitDefinition';
import { circuitMetric } from '../../circuits/registry';

export interface MetricUse {
  metric: MetricName;
  args: Record<string, unknown>;
}

export function toMeasureSpec(use: MetricUse): MeasureSpec {
  const a = use.args as Record<string, never>;
  switch (use.metric) {
    case 'populationRateHz':
    case 'spikeCount':
      return { metric: use.metric, population: a.population, ...(a.neurons ? { neurons: [...(a.neurons as number[])] } : {}) };
    case 'meanWeight':
    case 'weightChangeRatio':
    case 'activeSynapseCount':
      return { metric: use.metric, projection: a.projection };
    case 'meanSynapseState':
      return { metric: 'meanSynapseState', projection: a.projection, field: a.field };
    case 'weightOfSynapse':
      return { metric: 'weightOfSynapse', projection: a.projection, pre: a.pre, post: a.post };
    case 'fractionOfWeightsAbove':
      return { metric: 'fractionOfWeightsAbove', projection: a.projection, threshold: a.threshold };
    case 'weightBimodality':
      return { metric: 'weightBimodality', projection: a.projection, bins: (a.bins as number | undefined) ?? 10 };
    case 'inputDominanceIndex':
      return { metric: 'inputDominanceIndex', projection: a.projection, favoured: [...(a.favoured as number[])], other: [...(a.other as number[])] };
    case 'modulatorLevel':
      return { metric: 'modulatorLevel', modulator: a.modulator };
    case 'spikeTimeJitterMs':
      return { metric: 'spikeTimeJitterMs', population: a.population, ...(a.neurons ? { neurons: [...(a.neurons as number[])] } : {}) };
    case 'isiCv':
      return { metric: 'isiCv', population: a.population, windowMs: a.windowMs, ...(a.neurons ? { neurons: [...(a.neurons as number[])] } : {}) };
    case 'tuningCorrelation':
      return { metric: 'tuningCorrelation', projection: a.projection, otherProjection: a.otherProjection, channels: a.channels };
    case 'weightOfRewardedSynapse':
    case 'rewardCount':
      return { metric: use.metric, contingency: a.contingency };
    default: {
      // A circuit's own metric (the schema admits only names some circuit defines).
      const metric = circuitMetric(use.metric);
      if (!metric) throw new Error(`no circuit defines the metric "${use.metric}"`);
      return metric.measure(use.args);
    }
  }
}

/**
 * Whether a metric's value belongs to one trial (a circuit metric marked perTrial, read at each
 * trial's end): over several trials it gives the mean of the trials that have one, and it cannot be
 * measured over a fixed window of the run.
 */
export function isPerTrialMetric(metric: string): boolean {
  return circuitMetric(metric)?.perTrial === true;
}

/** A part of each trial timed from one of its events: a window [startMs, endMs) or a sample (endMs = null). */
export type TrialRelativeSpan = TrialSpan;

/** The trial-relative window (populationRateHz, spikeCount) or moment (a circuit metric's trialSpan) of a metric use, if it has one. */
export function trialRelativeSpanOf(use: MetricUse): TrialRelativeSpan | null {
  const a = use.args as { window?: { from: string; startMs: number; endMs: number } };
  if ((use.metric === 'populationRateHz' || use.metric === 'spikeCount' || use.metric === 'spikeTimeJitterMs') && a.window) return { from: a.window.from, startMs: a.window.startMs, endMs: a.window.endMs };
  return circuitMetric(use.metric)?.trialSpan?.(use.args) ?? null;
}
