/**
 * Phase: detect spikes (before detectSpikes). The granule time basis (granuleTimeBasis.ts).
 * Reads: last tick's mossy-fibre spikes (still in spikedList), the bump probability table.
 * Writes: cerebellum.activity (mossy rate estimate, tone onset tick), neurons.nextSpikeMs of the
 * granule cells that fire this tick (detectSpikes then emits them; lesioned cells stay silent).
 * The tone is "seen" only through the mossy fibres: onset is when their estimated rate crosses the
 * threshold, offset when it falls below half of it. Random draws: stream 'cerebellum/granule'.
 */
import type { SimWorld } from '../../sim';
import { CEREBELLUM_STATE } from './cerebellumState';

export function driveGranuleCells(world: SimWorld): void {
  const state = world.state.require(CEREBELLUM_STATE);
  const { activity, mossy, granule, probability, tableTicks, params } = state;
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  let mossySpikes = 0;
  for (let k = 0; k < count; k++) {
    const eid = spiked[k];
    if (eid >= mossy.first && eid < mossy.end) mossySpikes++;
  }
  const perSpike = mossy.count > 0 ? 1000 / (params.mossyTraceTauMs * mossy.count) : 0;
  const rate = activity[0] * state.mossyDecay + mossySpikes * perSpike;
  activity[0] = rate;
  const tick = world.clock[0];
  if (activity[1] < 0 && rate > params.toneOnsetThresholdHz) activity[1] = tick;
  else if (activity[1] >= 0 && rate < 0.5 * params.toneOnsetThresholdHz) activity[1] = -1;
  const since = activity[1] < 0 ? 0 : Math.min(tableTicks - 1, tick - activity[1]);
  const stream = world.rng.stream('cerebellum/granule');
  const nextSpikeMs = world.neurons.nextSpikeMs;
  const nowMs = tick * world.dtMs;
  const perBump = params.granulePerBump;
  const background = (params.granuleBackgroundHz * world.dtMs) / 1000;
  const toneOn = activity[1] >= 0;
  for (let i = 0; i < granule.count; i++) {
    const p = toneOn ? probability[((i / perBump) | 0) * tableTicks + since] : background;
    if (stream.uniform() < p) nextSpikeMs[granule.first + i] = nowMs;
  }
}
