/**
 * Phase: detect spikes (before detectSpikes). The granule time bases (granuleTimeBasis.ts), one per
 * conditioned stimulus.
 * Reads: last tick's mossy-fibre spikes (still in spikedList), the bump probability table.
 * Writes: cerebellum.activity (each CS's mossy rate estimate and onset tick), neurons.nextSpikeMs of
 * the granule cells that fire this tick (detectSpikes then emits them; lesioned cells stay silent).
 * A CS is "seen" only through its own mossy fibres: its onset is when their estimated rate crosses
 * the threshold, its offset when it falls below half of it; its granule group then tiles the time
 * since that onset. Random draws: stream 'cerebellum/granule' (group by group, cell by cell).
 */
import type { SimWorld } from '../../sim';
import { CEREBELLUM_STATE, csActivitySlot } from './cerebellumState';

export function driveGranuleCells(world: SimWorld): void {
  const state = world.state.require(CEREBELLUM_STATE);
  const { activity, mossy, granule, probability, tableTicks, params, mossyPerCs, granulePerCs, mossySpikes } = state;
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  mossySpikes.fill(0);
  for (let k = 0; k < count; k++) {
    const eid = spiked[k];
    if (eid >= mossy.first && eid < mossy.end) mossySpikes[((eid - mossy.first) / mossyPerCs) | 0]++;
  }
  const perSpike = 1000 / (params.mossyTraceTauMs * mossyPerCs);
  const tick = world.clock[0];
  const stream = world.rng.stream('cerebellum/granule');
  const nextSpikeMs = world.neurons.nextSpikeMs;
  const nowMs = tick * world.dtMs;
  const perBump = params.granulePerBump;
  const background = (params.granuleBackgroundHz * world.dtMs) / 1000;
  const threshold = params.toneOnsetThresholdHz;
  for (let c = 0; c < mossySpikes.length; c++) {
    const slot = csActivitySlot(c);
    const rate = activity[slot] * state.mossyDecay + mossySpikes[c] * perSpike;
    activity[slot] = rate;
    if (activity[slot + 1] < 0 && rate > threshold) activity[slot + 1] = tick;
    else if (activity[slot + 1] >= 0 && rate < 0.5 * threshold) activity[slot + 1] = -1;
    const on = activity[slot + 1] >= 0;
    const since = on ? Math.min(tableTicks - 1, tick - activity[slot + 1]) : 0;
    const first = granule.first + c * granulePerCs;
    for (let i = 0; i < granulePerCs; i++) {
      const p = on ? probability[((i / perBump) | 0) * tableTicks + since] : background;
      if (stream.uniform() < p) nextSpikeMs[first + i] = nowMs;
    }
  }
}
