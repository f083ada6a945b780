/**
 * Phase: detect spikes (after detectSpikes). Reads: neurons.clampMode, clampValue, clampNextSpikeMs,
 * lesioned. Writes: neurons.spiked, lastSpikeTick, clampNextSpikeMs, world.spikedList / spikedCount.
 * A rate-clamped neuron fires a Poisson train at its clamp rate (the population held at its resting
 * rate, or at any rate the experimenter imposes) instead of its own spikes, which detectSpikes
 * suppresses. Intervals are drawn event-wise from Exp(1/rate) on the stream 'clamp', at most one
 * spike per tick, as for Poisson sources.
 */
import type { SimWorld } from '../world/world';
import { ClampMode } from '../components/neurons';

export function fireRateClampedNeurons(world: SimWorld): void {
  const neurons = world.neurons;
  if (neurons.clampedCount[0] === 0) return;
  const { clampMode, clampValue, clampNextSpikeMs, lesioned, spiked, lastSpikeTick } = neurons;
  const { spikedList, spikedCount } = world;
  const tick = world.clock[0];
  const tickEndMs = (tick + 1) * world.dtMs;
  let count = spikedCount[0];
  for (let eid = 1; eid <= neurons.count; eid++) {
    if (clampMode[eid] !== ClampMode.rate || clampNextSpikeMs[eid] >= tickEndMs) continue;
    const rateHz = clampValue[eid];
    const stream = world.rng.stream('clamp');
    while (clampNextSpikeMs[eid] < tickEndMs) clampNextSpikeMs[eid] += rateHz > 0 ? stream.exponential(1000 / rateHz) : Infinity;
    if (lesioned[eid] === 1 || spiked[eid] === 1) continue;
    spiked[eid] = 1;
    lastSpikeTick[eid] = tick;
    spikedList[count++] = eid;
  }
  spikedCount[0] = count;
}
