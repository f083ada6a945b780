/**
 * Phase: monitors (last). Reads: spikedList, any probed state array. Writes: the spike ring,
 * probes, population rate bins and per-population spike counts.
 */
import type { SimWorld } from '../world/world';

export function recordMonitors(world: SimWorld): void {
  const { monitors, neurons } = world;
  const tick = world.clock[0];
  const count = world.spikedCount[0];
  const spiked = world.spikedList;
  const spikeRing = monitors.spikes;
  const byPopulation = monitors.spikeCountByPopulation;
  const populationId = neurons.populationId;
  for (let k = 0; k < count; k++) {
    const eid = spiked[k];
    spikeRing.push(tick, eid - 1);
    byPopulation[populationId[eid]] += 1;
  }
  for (const rate of monitors.rates) {
    let n = 0;
    for (let k = 0; k < count; k++) if (populationId[spiked[k]] === rate.populationIndex) n++;
    rate.record(tick, n);
  }
  for (const probe of monitors.probes) probe.sample(tick);
}
