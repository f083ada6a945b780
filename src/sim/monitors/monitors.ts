import type { SpikeRing } from './spikeRing';
import type { StateProbe } from './stateProbe';
import type { PopulationRate } from './populationRate';

/** All monitors of a world. Views read them in place each frame. */
export interface Monitors {
  readonly spikes: SpikeRing;
  readonly probes: readonly StateProbe[];
  readonly rates: readonly PopulationRate[];
  /** Spikes per population since the run began (registered state). */
  readonly spikeCountByPopulation: Float64Array;
}
