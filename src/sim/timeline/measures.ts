/**
 * Measurable quantities of a running world, shared by timeline contingencies and level metrics.
 * A measure is resolved once (names → eids, synapse ranges) and then read from live state.
 * Weight measures use magnitudes (|w|), so inhibitory current-mode weights (stored negative)
 * read like the level's weights.
 */
import type { SimWorld } from '../world/world';
import { populationByName, projectionByName } from '../world/world';
import { modulatorIndex } from '../components/modulators';
import type { MeasureSpec } from './timelineSpec';
import { rewardContingencyByName } from '../contingencies/installRewardContingencies';
import { createTuningTables, isiCvNow, tuningCorrelationNow, type TuningTables } from './cortexMeasures';
import { createIsiRecord, type IsiRecord } from './isiRecord';
import { sdFromSums } from './spikeStatistics';
import { compileInputDominance, inputDominanceIndex, type InputDominance } from './inputDominance';

export interface CompiledMeasure {
  readonly spec: MeasureSpec;
  /** Neuron measures: eids firstEid .. firstEid + span − 1, filtered by mask when a subset is given. */
  readonly firstEid: number;
  readonly span: number;
  readonly mask: Uint8Array | null;
  readonly neuronCount: number;
  /** Synapse measures: ids firstSynapse .. firstSynapse + synapseCount − 1. */
  readonly firstSynapse: number;
  readonly synapseCount: number;
  /** weightOfSynapse, weightOfRewardedSynapse: the synapse id, or −1 when pre → post does not exist. */
  readonly synapse: number;
  /** weightBimodality: upper end of the bins. */
  readonly wMax: number;
  /** weightChangeRatio: mean |w| when the measure was resolved (at spawn). */
  readonly initialMeanWeight: number;
  readonly pool: number;
  /** rewardCount: the contingency's status array ([1] = rewards earned). */
  readonly contingencyStatus: Float64Array | null;
  /** registeredValue: the array (read at `synapse` as index). */
  readonly registered: ArrayLike<number> | null;
  /** isiCv: the measured neurons' own spike record (isiRecord.ts). */
  readonly isi: IsiRecord | null;
  /** tuningCorrelation: channel tables of both projections. */
  readonly tuning: TuningTables | null;
  /** inputDominanceIndex: its source groups and per-target sums (allocated once, here). */
  readonly dominance: InputDominance | null;
}

/** Measures over a population's spikes, each neuron chosen by `neurons`. */
const POPULATION_METRICS = new Set(['populationRateHz', 'spikeCount', 'spikeTimeJitterMs', 'isiCv']);

export function compileMeasure(world: SimWorld, spec: MeasureSpec): CompiledMeasure {
  let firstEid = 0, span = 0, neuronCount = 0, firstSynapse = 0, synapseCount = 0, synapse = -1, wMax = 0, pool = -1;
  let mask: Uint8Array | null = null;
  let contingencyStatus: Float64Array | null = null;
  let registered: ArrayLike<number> | null = null;
  let isi: IsiRecord | null = null;
  let tuning: TuningTables | null = null;
  let dominance: InputDominance | null = null;
  if (POPULATION_METRICS.has(spec.metric)) {
    const population = populationByName(world, (spec as { population: string }).population);
    firstEid = population.firstEid;
    span = population.count;
    neuronCount = population.count;
    const neurons = (spec as { neurons?: number[] }).neurons;
    if (neurons) {
      mask = new Uint8Array(population.count);
      for (const i of neurons) {
        if (!Number.isInteger(i) || i < 0 || i >= population.count) throw new Error(`measure: neuron ${i} is outside population ${population.name}`);
        mask[i] = 1;
      }
      neuronCount = mask.reduce((sum, m) => sum + m, 0);
    }
    if (spec.metric === 'isiCv') {
      const measured = mask;
      isi = createIsiRecord(world, firstEid, span, Math.max(1, Math.round(spec.windowMs / world.dtMs)), (eid) => measured === null || measured[eid - firstEid] === 1);
    }
  } else if (spec.metric === 'modulatorLevel') {
    pool = modulatorIndex(world.modulators, spec.modulator);
  } else if (spec.metric === 'registeredValue') {
    const array = world.registry.get(spec.name);
    if (!array || !Number.isInteger(spec.index) || spec.index < 0 || spec.index >= array.length) throw new Error(`measure: no registered value ${spec.name}[${spec.index}]`);
    registered = array as ArrayLike<number>;
    synapse = spec.index;
  } else if (spec.metric === 'weightOfRewardedSynapse' || spec.metric === 'rewardCount') {
    const contingency = rewardContingencyByName(world, spec.contingency);
    synapse = contingency.synapse;
    contingencyStatus = contingency.status;
  } else {
    const projection = projectionByName(world, (spec as { projection: string }).projection);
    firstSynapse = projection.firstSynapse;
    synapseCount = projection.count;
    const plasticity = projection.plasticity as { wMax?: number };
    wMax = plasticity.wMax ?? maxAbsWeight(world, firstSynapse, synapseCount);
    if (spec.metric === 'tuningCorrelation') tuning = createTuningTables(world, spec.projection, spec.otherProjection, spec.channels);
    if (spec.metric === 'weightOfSynapse') {
      const pre = world.populations[projection.from].firstEid + spec.pre;
      const post = world.populations[projection.to].firstEid + spec.post;
      for (let s = firstSynapse; s < firstSynapse + synapseCount; s++) {
        if (world.synapses.pre[s] === pre && world.synapses.post[s] === post) { synapse = s; break; }
      }
    }
    if (spec.metric === 'inputDominanceIndex') dominance = compileInputDominance(world, projection, spec.favoured, spec.other);
    if (spec.metric === 'meanSynapseState') {
      const name = `projection.${projection.name}.${spec.field}`;
      const array = world.registry.get(name);
      if (!array || array.length !== projection.count) throw new Error(`measure: projection ${projection.name} has no per-synapse ${spec.field} (its rule is "${projection.plasticity.rule}")`);
      registered = array as ArrayLike<number>;
    }
  }
  const compiled = { spec, firstEid, span, mask, neuronCount, firstSynapse, synapseCount, synapse, wMax, initialMeanWeight: 0, pool, contingencyStatus, registered, isi, tuning, dominance };
  if (spec.metric === 'weightChangeRatio') compiled.initialMeanWeight = meanAbsWeight(world, compiled);
  return compiled;
}

function maxAbsWeight(world: SimWorld, first: number, count: number): number {
  let max = 0;
  for (let s = first; s < first + count; s++) max = Math.max(max, Math.abs(world.synapses.weight[s]));
  return max;
}

/** Mean |w| over the active synapses (NaN when there are none). */
export function meanAbsWeight(world: SimWorld, m: CompiledMeasure): number {
  const { weight, active } = world.synapses;
  let sum = 0, n = 0;
  for (let s = m.firstSynapse; s < m.firstSynapse + m.synapseCount; s++) {
    if (active[s] === 0) continue;
    sum += Math.abs(weight[s]);
    n++;
  }
  return n > 0 ? sum / n : Number.NaN;
}

/** meanSynapseState: the mean of the rule's per-synapse array over the active synapses (NaN when none). */
function meanOfActive(world: SimWorld, m: CompiledMeasure): number {
  const { active } = world.synapses;
  const values = m.registered!;
  let sum = 0, n = 0;
  for (let i = 0; i < m.synapseCount; i++) {
    if (active[m.firstSynapse + i] === 0) continue;
    sum += values[i];
    n++;
  }
  return n > 0 ? sum / n : Number.NaN;
}

/** Whether neuron `eid` counts for a spike measure. */
export function measureIncludes(m: CompiledMeasure, eid: number): boolean {
  const i = eid - m.firstEid;
  return i >= 0 && i < m.span && (m.mask === null || m.mask[i] === 1);
}

/** Turns a spike count over `ticks` ticks into the measure's value. */
export function spikeMeasureValue(world: SimWorld, m: CompiledMeasure, spikes: number, ticks: number): number {
  if (m.spec.metric === 'spikeCount') return spikes;
  const seconds = (ticks * world.dtMs) / 1000;
  return m.neuronCount > 0 && seconds > 0 ? spikes / m.neuronCount / seconds : 0;
}

/** Measures summed from each tick's spikes (the rest are read from state at the end of a span). */
export function isSpikeMeasure(spec: MeasureSpec): boolean {
  return spec.metric === 'populationRateHz' || spec.metric === 'spikeCount' || spec.metric === 'spikeTimeJitterMs';
}

/** The value of a state measure (weights, synapse counts, modulator level) now. */
export function stateMeasureNow(world: SimWorld, m: CompiledMeasure): number {
  const { weight, active } = world.synapses;
  const spec = m.spec;
  switch (spec.metric) {
    case 'modulatorLevel': return world.modulators.level[m.pool];
    case 'meanWeight': return meanAbsWeight(world, m);
    case 'weightChangeRatio': return meanAbsWeight(world, m) / m.initialMeanWeight;
    case 'weightOfSynapse':
    case 'weightOfRewardedSynapse': return m.synapse < 0 ? Number.NaN : Math.abs(weight[m.synapse]);
    case 'rewardCount': return m.contingencyStatus === null ? Number.NaN : m.contingencyStatus[1];
    case 'registeredValue': {
      if (m.registered === null) return Number.NaN;
      const value = Number(m.registered[m.synapse]);
      return spec.asFlag === true ? (value > 0 ? 1 : 0) : value;
    }
    case 'meanSynapseState': return meanOfActive(world, m);
    case 'activeSynapseCount': {
      let n = 0;
      for (let s = m.firstSynapse; s < m.firstSynapse + m.synapseCount; s++) n += active[s];
      return n;
    }
    case 'fractionOfWeightsAbove': {
      let above = 0, n = 0;
      for (let s = m.firstSynapse; s < m.firstSynapse + m.synapseCount; s++) {
        if (active[s] === 0) continue;
        n++;
        if (Math.abs(weight[s]) > spec.threshold) above++;
      }
      return n > 0 ? above / n : Number.NaN;
    }
    case 'weightBimodality': return bimodality(world, m, spec.bins);
    case 'isiCv': return m.isi === null ? Number.NaN : isiCvNow(world, m.isi);
    case 'tuningCorrelation': return m.tuning === null ? Number.NaN : tuningCorrelationNow(world, m.tuning, m.firstSynapse);
    case 'inputDominanceIndex': return m.dominance === null ? Number.NaN : inputDominanceIndex(world, m.dominance);
    default: return Number.NaN;
  }
}

/** min(lowest bin, highest bin) − max(interior bins), as a fraction of the active synapses. */
function bimodality(world: SimWorld, m: CompiledMeasure, bins: number): number {
  const { weight, active } = world.synapses;
  const counts = new Float64Array(bins);
  let n = 0;
  for (let s = m.firstSynapse; s < m.firstSynapse + m.synapseCount; s++) {
    if (active[s] === 0) continue;
    const x = m.wMax > 0 ? Math.abs(weight[s]) / m.wMax : 0;
    counts[Math.min(bins - 1, Math.max(0, Math.floor(x * bins)))] += 1;
    n++;
  }
  if (n === 0) return Number.NaN;
  let interior = 0;
  for (let b = 1; b < bins - 1; b++) interior = Math.max(interior, counts[b]);
  return (Math.min(counts[0], counts[bins - 1]) - interior) / n;
}

/**
 * A measure over ticks [fromTick, toTick) read from live state: spikes from the spike ring (which
 * keeps the last ~131k spikes of the network), states as they are now.
 */
export function measureFromWorld(world: SimWorld, m: CompiledMeasure, fromTick: number, toTick: number): number {
  if (!isSpikeMeasure(m.spec)) return stateMeasureNow(world, m);
  let spikes = 0, timeSumMs = 0, timeSqSumMs = 0;
  world.monitors.spikes.forEachSince(fromTick, (tick, neuronIndex) => {
    if (tick >= toTick || !measureIncludes(m, neuronIndex + 1)) return;
    spikes++;
    const tMs = (tick - fromTick) * world.dtMs;
    timeSumMs += tMs; timeSqSumMs += tMs * tMs;
  });
  if (m.spec.metric === 'spikeTimeJitterMs') return sdFromSums(spikes, timeSumMs, timeSqSumMs);
  return spikeMeasureValue(world, m, spikes, Math.max(0, toTick - fromTick));
}

export function compare(value: number, comparison: string, threshold: number | readonly [number, number]): boolean {
  if (Number.isNaN(value)) return false;
  if (Array.isArray(threshold)) return value >= threshold[0] && value <= threshold[1];
  const t = threshold as number;
  switch (comparison) {
    case '<': return value < t;
    case '<=': return value <= t;
    case '>': return value > t;
    case '>=': return value >= t;
    default: return false;
  }
}

/** Percentile (0-100) by linear interpolation between order statistics (NaN for no values). */
export function percentile(values: ArrayLike<number>, p: number): number {
  const sorted = Array.from(values).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}
