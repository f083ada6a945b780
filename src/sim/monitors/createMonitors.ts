import type { SimWorld } from '../world/world';
import { populationByName } from '../world/world';
import type { MonitorSpec } from './monitorSpec';
import type { Monitors } from './monitors';
import { SpikeRing } from './spikeRing';
import { StateProbe } from './stateProbe';
import { PopulationRate } from './populationRate';

/** Spikes kept for drawing: enough for a second of a few thousand neurons at typical rates. */
export const DEFAULT_SPIKE_RING_CAPACITY = 1 << 17;
const DEFAULT_PROBE_CAPACITY = 1 << 14;
const DEFAULT_RATE_CAPACITY = 1 << 14;

export function createMonitors(world: SimWorld, specs: MonitorSpec[]): Monitors {
  const probes: StateProbe[] = [];
  const rates: PopulationRate[] = [];
  for (const spec of specs) {
    if (spec.kind === 'probe') {
      const source = world.registry.get(spec.state);
      if (!source) throw new Error(`monitor ${spec.name}: unknown state "${spec.state}" (known: ${world.registry.names().join(', ')})`);
      for (const index of spec.indices) {
        if (!Number.isInteger(index) || index < 0 || index >= source.length) {
          throw new Error(`monitor ${spec.name}: index ${index} is outside ${spec.state} (length ${source.length})`);
        }
      }
      const everyTicks = Math.max(1, Math.round(spec.everyMs / world.dtMs));
      probes.push(new StateProbe(spec.name, spec.state, source, Int32Array.from(spec.indices), everyTicks,
        spec.capacity ?? DEFAULT_PROBE_CAPACITY, world.registry));
    } else {
      const population = populationByName(world, spec.population);
      const binTicks = Math.max(1, Math.round(spec.binMs / world.dtMs));
      rates.push(new PopulationRate(spec.name, population.index, population.firstEid, population.count, binTicks,
        binTicks * world.dtMs, spec.capacity ?? DEFAULT_RATE_CAPACITY, world.registry));
    }
  }
  return {
    spikes: new SpikeRing(DEFAULT_SPIKE_RING_CAPACITY, world.registry),
    probes,
    rates,
    spikeCountByPopulation: world.registry.register('monitors.spikeCountByPopulation', new Float64Array(world.populations.length)),
  };
}
