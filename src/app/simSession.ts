import type { PopulationBand, SpikeRing, SynapseRange } from '../render/plotData';
import type { SimEvent } from '../sim/events/simEvents';
import { currentTick, type SimWorld } from '../sim/world/world';

/** What the page needs from a running level: a step, a clock and the arrays the views read in place. */
export interface SimSession {
  readonly dtMs: number;
  readonly neuronCount: number;
  readonly populations: readonly PopulationBand[];
  readonly projections: readonly SynapseRange[];
  /** Every synapse as one range (the histogram's "all" choice). */
  readonly allSynapses: SynapseRange;
  readonly spikes: SpikeRing;
  readonly weights: Float64Array;
  readonly activeSynapses: Uint8Array;
  /** This tick's events; the app forwards them to the bus and empties the array. */
  readonly events: SimEvent[];
  tick(): number;
  step(): void;
}

export interface LevelError {
  path: string;
  message: string;
}

export type OpenLevelResult = { ok: true; session: SimSession } | { ok: false; errors: LevelError[] };

/** Wraps a spawned world; the world's own arrays are shared, never copied. `step` runs one tick. */
export function sessionFromWorld(world: SimWorld, step: () => void): SimSession {
  return {
    dtMs: world.dtMs,
    neuronCount: world.neurons.count,
    populations: world.populations,
    projections: world.projections,
    allSynapses: { name: 'all projections', firstSynapse: 0, count: world.synapses.count },
    spikes: world.monitors.spikes,
    weights: world.synapses.weight,
    activeSynapses: world.synapses.active,
    events: world.events,
    tick: () => currentTick(world),
    step,
  };
}
