/** A level metric (name + args) as the engine's MeasureSpec. */
import type { MeasureSpec } from '../../sim/timeline/timelineSpec';
import type { MetricName } from '../schema/metrics';
import { SUMMARY_NAME, Summary } from '../../circuits/cerebellum';
import { rewardSignalsName, Signal } from '../../circuits/reward/rewardCircuit';
import { songbirdMeasureSpec } from './songbirdMetrics';

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
    case 'weightOfSynapse':
      return { metric: 'weightOfSynapse', projection: a.projection, pre: a.pre, post: a.post };
    case 'fractionOfWeightsAbove':
      return { metric: 'fractionOfWeightsAbove', projection: a.projection, threshold: a.threshold };
    case 'weightBimodality':
      return { metric: 'weightBimodality', projection: a.projection, bins: (a.bins as number | undefined) ?? 10 };
    case 'modulatorLevel':
      return { metric: 'modulatorLevel', modulator: a.modulator };
    case 'weightOfRewardedSynapse':
    case 'rewardCount':
      return { metric: use.metric, contingency: a.contingency };
    case 'crPercent': return { metric: 'registeredValue', name: SUMMARY_NAME, index: Summary.crPercent };
    case 'probeCrPercent': return { metric: 'registeredValue', name: SUMMARY_NAME, index: Summary.probeCrPercent };
    case 'crPeakMs': return { metric: 'registeredValue', name: SUMMARY_NAME, index: Summary.probePeakMs };
    case 'crOnsetMs': return { metric: 'registeredValue', name: SUMMARY_NAME, index: Summary.crOnsetMs };
    case 'complexSpikesPerTrial': return { metric: 'registeredValue', name: SUMMARY_NAME, index: Summary.complexSpikesPerTrial };
    case 'eyelidClosure': return { metric: 'registeredValue', name: 'cerebellum.eyelid', index: 0 };
    case 'rewardValue': return { metric: 'registeredValue', name: rewardSignalsName((a.circuit as string | undefined) ?? 'reward'), index: Signal.value };
    case 'songSimilarity':
    case 'songTemplateError':
    case 'songPitchError':
    case 'songAmplitudeError':
    case 'songVariability':
    case 'syllablePitchHz':
    case 'syllablePitchShift':
    case 'renditionsToCriterion':
      return songbirdMeasureSpec(use.metric, use.args);
  }
}

/** A part of each trial timed from one of its events: a window [startMs, endMs) or a sample (endMs = null). */
export interface TrialRelativeSpan {
  from: string;
  startMs: number;
  /** null: sample at startMs (state measures). */
  endMs: number | null;
}

/** The trial-relative window (populationRateHz, spikeCount) or moment (rewardValue) of a metric use, if it has one. */
export function trialRelativeSpanOf(use: MetricUse): TrialRelativeSpan | null {
  const a = use.args as { window?: { from: string; startMs: number; endMs: number }; at?: { from: string; ms: number } };
  if ((use.metric === 'populationRateHz' || use.metric === 'spikeCount') && a.window) return { from: a.window.from, startMs: a.window.startMs, endMs: a.window.endMs };
  if (use.metric === 'rewardValue' && a.at) return { from: a.at.from, startMs: a.at.ms, endMs: null };
  return null;
}
