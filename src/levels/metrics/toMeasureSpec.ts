/** A level metric (name + args) as the engine's MeasureSpec. */
import type { MeasureSpec } from '../../sim/timeline/timelineSpec';
import type { MetricName } from '../schema/metrics';
import { SUMMARY_NAME, Summary } from '../../circuits/cerebellum';

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
  }
}
