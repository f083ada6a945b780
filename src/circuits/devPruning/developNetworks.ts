/**
 * Phase: traces and plasticity. Reads and writes: each pruning circuit's network, synapse mask,
 * scores and curves (development.ts). Every epochEveryMs of simulated time, until maxEpochs, the
 * network develops by one epoch; all its draws come from the circuit's own streams, so a run is
 * fixed by the level's seed.
 */
import type { SimWorld } from '../../sim/world/world';
import { circuitsOfKind } from '../../sim/world/circuitEntities';
import { developEpoch, SCORE } from './development';
import { DEV_PRUNING } from './devPruningCircuit';

export function developNetworks(world: SimWorld): void {
  const { eids, data } = circuitsOfKind(world, DEV_PRUNING);
  const next = world.clock[0] + 1;
  for (let i = 0; i < eids.length; i++) {
    const circuit = data[eids[i]];
    if (next % circuit.epochTicks !== 0) continue;
    if (circuit.development.state.scores[SCORE.epochs] >= circuit.config.maxEpochs) continue;
    developEpoch(circuit.development);
  }
}
