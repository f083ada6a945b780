/**
 * The human label and unit of every metric, for what a player reads (objectives panel, result card,
 * plot titles and axes). Engine metrics are listed here, one entry each (the type makes the list
 * complete); each circuit's metrics carry their own `display` in their definition; derived metrics
 * (difference, ratio) take their operands' labels. Metric names stay ids in level files, exports and
 * the inspector.
 */
import type { MetricDisplay } from '../../circuits/plugin/circuitDefinition';
import { circuitMetric, circuitMetricOwner, type circuitMetricArgs } from '../../circuits/registry';
import type { MetricName } from '../schema/metrics';
import { labelWord } from './labelWords';

export type { MetricDisplay };

type EngineMetricName = Exclude<MetricName, keyof typeof circuitMetricArgs>;

const ENGINE_METRICS: Record<EngineMetricName, MetricDisplay> = {
  populationRateHz: { label: 'Firing rate', unit: 'Hz' },
  spikeCount: { label: 'Spikes', unit: '', integer: true },
  meanWeight: { label: 'Mean weight', unit: '' },
  weightOfSynapse: { label: 'Synapse weight', unit: '' },
  fractionOfWeightsAbove: { label: 'Share of strong synapses', unit: '' },
  weightChangeRatio: { label: 'Weight change', unit: '×' },
  meanSynapseState: { label: 'Synapse state', unit: '' },
  weightBimodality: { label: 'Bimodality', unit: '' },
  activeSynapseCount: { label: 'Synapses left', unit: '', integer: true },
  inputDominanceIndex: { label: 'Dominance index', unit: '' },
  modulatorLevel: { label: 'Modulator level', unit: '' },
  spikeTimeJitterMs: { label: 'Spike timing jitter', unit: 'ms' },
  isiCv: { label: 'Irregularity (ISI CV)', unit: '' },
  tuningCorrelation: { label: 'Tuning match (r)', unit: '' },
  weightOfRewardedSynapse: { label: 'Rewarded synapse weight', unit: '' },
  rewardCount: { label: 'Rewards', unit: '', integer: true },
};

const DERIVED: Record<string, MetricDisplay> = {
  difference: { label: 'Difference', unit: '' },
  ratio: { label: 'Ratio', unit: '×' },
};

/** A metric's display: engine table, the circuit's definition, or derived; a name it does not know shows as itself. */
export function metricDisplay(metric: string): MetricDisplay {
  return (ENGINE_METRICS as Record<string, MetricDisplay>)[metric] ?? circuitMetric(metric)?.display ?? DERIVED[metric] ?? { label: metric, unit: '' };
}

/** The metric's label for these args ("Pitch of syllable 2"), else its plain label; in the page's language. */
export function metricLabel(metric: string, args: Readonly<Record<string, unknown>> = {}): string {
  const display = metricDisplay(metric);
  const key = metricLabelKey(metric);
  const forArgs = display.labelFor?.(args);
  if (forArgs !== undefined) return labelWord(`${key}.of`, forArgs, translatedParams(display, args));
  return labelWord(key, display.label);
}

/** labelParams with each word param (paramWordKeys) in the page's language, its English as the fallback. */
function translatedParams(display: MetricDisplay, args: Readonly<Record<string, unknown>>): Readonly<Record<string, string | number>> | undefined {
  const params = display.labelParams?.(args);
  if (!params || !display.paramWordKeys || !display.paramWordIds) return params;
  const ids = display.paramWordIds(args);
  const words: Record<string, string | number> = { ...params };
  for (const [name, prefix] of Object.entries(display.paramWordKeys)) {
    if (ids[name] !== undefined) words[name] = labelWord(`${prefix}${ids[name]}`, String(params[name] ?? ids[name]));
  }
  return words;
}

/**
 * The string key of a metric's label: "scene.circuit.<kind>.metric.<name>" for a circuit's, else
 * "scene.metric.<name>" (engine and derived metrics). A label for args adds ".of".
 */
export function metricLabelKey(metric: string): string {
  const owner = circuitMetricOwner(metric);
  return owner ? `scene.circuit.${owner.kind}.metric.${metric}` : `scene.metric.${metric}`;
}

/** The metrics whose labels are not a circuit's (the engine's and the derived ones), for the key walk. */
export const NON_CIRCUIT_METRIC_NAMES: readonly string[] = [...Object.keys(ENGINE_METRICS), ...Object.keys(DERIVED)];

/** A unit a player reads as a word ("semitones") in the page's language; symbols (Hz, ms, %) stay. */
export function unitWord(unit: string): string {
  return WORD_UNITS.includes(unit) ? labelWord(`scene.unit.${unit}`, unit) : unit;
}

/** Units that are words, not SI or typographic symbols: each has a key "scene.unit.<unit>". */
export const WORD_UNITS: readonly string[] = ['semitones', 'SD', 'years', 'points'];
