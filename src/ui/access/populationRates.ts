/**
 * Each population's firing rate per neuron over the last window, read from the world's spike ring in
 * place by the one recent-spike count every live rate uses (sim/monitors/recentSpikes.ts). The neuron → population map and the counts are made once per world, so a measurement
 * allocates nothing but its result array (a few times a second, for the screen summary).
 */
import { countRecentSpikes } from '../../sim/monitors/recentSpikes';
import type { SimWorld } from '../../sim/world/world';

export interface PopulationRate {
  /** The population's id in the level (its label comes from the level: populationLabel). */
  readonly id: string;
  readonly rateHz: number;
}

export class PopulationRates {
  private readonly populationOf: Int32Array;
  private readonly counts: Float64Array;

  constructor(private readonly world: SimWorld) {
    this.populationOf = new Int32Array(world.neurons.count).fill(-1);
    for (const p of world.populations) this.populationOf.fill(p.index, p.firstIndex, p.firstIndex + p.count);
    this.counts = new Float64Array(world.populations.length);
  }

  /** Rates (Hz per neuron) over the last `windowMs` of simulated time before `tick`, in population order. */
  measure(tick: number, windowMs: number): PopulationRate[] {
    const { world, counts, populationOf } = this;
    counts.fill(0);
    const coveredTicks = countRecentSpikes(world.monitors.spikes, tick, windowMs / world.dtMs, 0, populationOf.length, populationOf, counts);
    const seconds = (coveredTicks * world.dtMs) / 1000;
    return world.populations.map((p) => ({ id: p.name, rateHz: seconds > 0 && p.count > 0 ? counts[p.index] / p.count / seconds : 0 }));
  }
}
