/**
 * Phase: detect spikes (after detectSpikes). Reads: neurons.clampedList (clampMode), clampValue,
 * clampNextSpikeMs, lesioned. Writes: neurons.spiked, lastSpikeTick, clampNextSpikeMs,
 * world.spikedList / spikedCount.
 * A rate-clamped neuron fires a Poisson train at its clamp rate (the population held at its resting
 * rate, or at any rate the experimenter imposes) instead of its own spikes, which detectSpikes
 * suppresses. Intervals are drawn event-wise from Exp(1/rate) on the stream 'clamp', at most one
 * spike per tick, as for Poisson sources. Visits only the clamped neurons, in eid order (the order of
 * the stream's draws); their spikes are appended after detectSpikes' own, so spikedList is in
 * population order only up to these (no reader depends on the order: docs/architecture.md).
 */
import type { SimWorld } from '../world/world';
import { ClampMode } from '../components/neurons';
import type { RandomStream } from '../rng/stream';

export function fireRateClampedNeurons(world: SimWorld): void {
  const neurons = world.neurons;
  if (neurons.clampedCount[0] === 0) return;
  const { clampMode, clampValue, clampNextSpikeMs, lesioned, spiked, lastSpikeTick, clampedList } = neurons;
  clampedList.refresh(clampMode);
  const { eids, length } = clampedList;
  const { spikedList, spikedCount } = world;
  const tick = world.clock[0];
  const tickEndMs = (tick + 1) * world.dtMs;
  // Looked up once per tick, and only when a clamped neuron is due: a stream is created on first use,
  // and creating it earlier than before would move later streams' slots (and the state hash).
  let stream: RandomStream | undefined;
  let count = spikedCount[0];
  for (let k = 0; k < length; k++) {
    const eid = eids[k];
    if (clampMode[eid] !== ClampMode.rate || clampNextSpikeMs[eid] >= tickEndMs) continue;
    const rateHz = clampValue[eid];
    stream ??= world.rng.stream('clamp');
    while (clampNextSpikeMs[eid] < tickEndMs) clampNextSpikeMs[eid] += rateHz > 0 ? stream.exponential(1000 / rateHz) : Infinity;
    if (lesioned[eid] === 1 || spiked[eid] === 1) continue;
    spiked[eid] = 1;
    lastSpikeTick[eid] = tick;
    spikedList[count++] = eid;
  }
  spikedCount[0] = count;
}
