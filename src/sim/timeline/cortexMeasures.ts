/**
 * Measures of cortical balance and timing, read from live state (used by measures.ts):
 * - isiCv: how irregular the neurons fire, the mean over neurons of the CV of their inter-spike
 *   intervals in the last windowMs (read from the measure's own per-neuron spike record,
 *   isiRecord.ts; ≈ 1 for Poisson-like firing, the balanced state of Vogels et al. 2011; near 0 for
 *   a regular clock).
 * - tuningCorrelation: whether inhibition mirrors excitation channel by channel (Vogels et al. 2011,
 *   Fig. 1): the presynaptic neurons of each projection are split into `channels` equal groups in
 *   index order, and r is Pearson's correlation across channels of the groups' mean |w|.
 * Scratch arrays are made when the measure is compiled, so reading allocates nothing.
 */
import type { SimWorld } from '../world/world';
import { projectionByName } from '../world/world';
import { cvFromSums, pearsonCorrelation } from './spikeStatistics';
import type { IsiRecord } from './isiRecord';

export interface TuningTables {
  readonly otherFirstSynapse: number;
  readonly otherSynapseCount: number;
  /** Channel of each synapse's presynaptic neuron, per projection (index − first synapse). */
  readonly channelOf: Int32Array;
  readonly otherChannelOf: Int32Array;
  readonly sums: Float64Array;
  readonly counts: Float64Array;
  readonly otherSums: Float64Array;
  readonly otherCounts: Float64Array;
  readonly means: Float64Array;
  readonly otherMeans: Float64Array;
}

/**
 * Mean ISI CV of the record's neurons over the last windowTicks ticks (from its own per-neuron spike
 * rings, isiRecord.ts); neurons with fewer than 3 spikes there are left out; NaN when none has 3.
 */
export function isiCvNow(world: SimWorld, record: IsiRecord): number {
  const fromTick = world.clock[0] - record.windowTicks;
  const { slots, spikeTicks, written } = record;
  let total = 0, neurons = 0;
  for (let row = 0; row < record.rows; row++) {
    const n = written[row];
    let last = -1, count = 0, sum = 0, sumSq = 0;
    for (let j = Math.max(0, n - slots); j < n; j++) {
      const tick = spikeTicks[row * slots + (j % slots)];
      if (tick < fromTick) continue;
      if (last >= 0) {
        const interval = tick - last;
        count += 1; sum += interval; sumSq += interval * interval;
      }
      last = tick;
    }
    if (count < 2) continue;
    const cv = cvFromSums(count, sum, sumSq);
    if (Number.isNaN(cv)) continue;
    total += cv; neurons++;
  }
  return neurons > 0 ? total / neurons : Number.NaN;
}

function channelTable(world: SimWorld, firstSynapse: number, synapseCount: number, preFirstEid: number, preCount: number, channels: number): Int32Array {
  const table = new Int32Array(synapseCount);
  for (let k = 0; k < synapseCount; k++) {
    const i = world.synapses.pre[firstSynapse + k] - preFirstEid;
    table[k] = Math.min(channels - 1, Math.floor((i * channels) / preCount));
  }
  return table;
}

export function createTuningTables(world: SimWorld, projection: string, otherProjection: string, channels: number): TuningTables {
  if (!Number.isInteger(channels) || channels < 2) throw new Error(`measure: tuningCorrelation needs at least 2 channels, got ${channels}`);
  const own = projectionByName(world, projection);
  const other = projectionByName(world, otherProjection);
  for (const p of [own, other]) {
    const from = world.populations[p.from];
    if (from.count < channels) throw new Error(`measure: projection ${p.name} comes from ${from.count} neurons, fewer than ${channels} channels`);
  }
  const table = (p: typeof own) => channelTable(world, p.firstSynapse, p.count, world.populations[p.from].firstEid, world.populations[p.from].count, channels);
  return {
    otherFirstSynapse: other.firstSynapse, otherSynapseCount: other.count,
    channelOf: table(own), otherChannelOf: table(other),
    sums: new Float64Array(channels), counts: new Float64Array(channels),
    otherSums: new Float64Array(channels), otherCounts: new Float64Array(channels),
    means: new Float64Array(channels), otherMeans: new Float64Array(channels),
  };
}

function channelMeans(world: SimWorld, first: number, channelOf: Int32Array, sums: Float64Array, counts: Float64Array, means: Float64Array): void {
  const { weight, active } = world.synapses;
  sums.fill(0); counts.fill(0);
  for (let k = 0; k < channelOf.length; k++) {
    if (active[first + k] === 0) continue;
    sums[channelOf[k]] += Math.abs(weight[first + k]);
    counts[channelOf[k]] += 1;
  }
  for (let c = 0; c < means.length; c++) means[c] = counts[c] > 0 ? sums[c] / counts[c] : 0;
}

/** Pearson r across channels between the mean |w| of the projection and of the other projection. */
export function tuningCorrelationNow(world: SimWorld, t: TuningTables, firstSynapse: number): number {
  channelMeans(world, firstSynapse, t.channelOf, t.sums, t.counts, t.means);
  channelMeans(world, t.otherFirstSynapse, t.otherChannelOf, t.otherSums, t.otherCounts, t.otherMeans);
  return pearsonCorrelation(t.means, t.otherMeans);
}
