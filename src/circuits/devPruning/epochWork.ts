/**
 * The work one epoch of development costs, so the loader can refuse a network the page cannot run
 * smoothly. Almost all of it is passes of examples through the network, each touching every possible
 * synapse once: per epoch 2 passes per held-out test example (the network's accuracy and its twin's)
 * and about 6 per training example (the usage pass, then a forward and a backward pass for the
 * network and for its twin). A unit is one example through one synapse; measured on a 2-core machine
 * (developEpoch timed, 2026-12-07) a unit costs 2.4-5 ns on large networks (10 ns at the
 * small default one, where the per-epoch bookkeeping weighs more).
 */
import type { DevPruningCircuitConfig } from './configSchema';

/** Most units one epoch may cost: about 8-15 ms, the whole of a frame at 60 Hz, spent in one tick. */
export const MAX_UNITS_PER_EPOCH = 3_000_000;
/** Most units per ms of level time: about 0.25-0.5 ms of work for each ms the page shows. */
export const MAX_UNITS_PER_MS = 100_000;

type WorkFields = Pick<DevPruningCircuitConfig, 'inputs' | 'hiddenUnits' | 'categories' | 'testExamples' | 'examplesPerEpoch'>;

/** Units (examples × synapses) one epoch costs. */
export function epochWorkUnits(config: WorkFields): number {
  const synapses = config.inputs * config.hiddenUnits + config.hiddenUnits * config.categories;
  return (2 * config.testExamples + 6 * config.examplesPerEpoch) * synapses;
}
