/**
 * Phase: resets. Reads: world.spikedList. Writes: Izhikevich v ← c, u ← u + d; LIF v ← vReset and
 * the refractory count; clears every neuron's external current for the next tick.
 * Runs after plasticity so rules that need the membrane at the spike (calcium, BPAP) can read it.
 */
import type { SimWorld } from '../world/world';
import { NeuronModel } from '../params/neuronTypes';

export function resetSpikedNeurons(world: SimWorld): void {
  const { neurons, spikedList, spikedCount } = world;
  const types = world.neuronTypes.entries;
  const { vMv, u, c, d, typeId, refractoryTicksLeft } = neurons;
  for (let k = 0; k < spikedCount[0]; k++) {
    const eid = spikedList[k];
    const type = types[typeId[eid]];
    if (type.model === NeuronModel.lif) {
      vMv[eid] = type.vResetMv;
      refractoryTicksLeft[eid] = type.refractoryTicks;
    } else if (type.model !== NeuronModel.poisson) {
      vMv[eid] = c[eid];
      u[eid] += d[eid];
    }
  }
}
