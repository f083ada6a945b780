/**
 * Phase: integrate (first). Reads: input ring row of this tick. Writes: neurons.gExc, gInh; clears
 * the row. Synaptic variables first decay by their type's factor (exp(−dt/τ); 0 for one-tick
 * current pulses as in Izhikevich 2003), then take the arriving input.
 */
import type { SimWorld } from '../world/world';

export function deliverSynapticInput(world: SimWorld): void {
  const { neurons, input, populations } = world;
  const types = world.neuronTypes.entries;
  const gExc = neurons.gExc;
  const gInh = neurons.gInh;
  const excRing = input.excitatory;
  const inhRing = input.inhibitory;
  const rowStart = (world.clock[0] % input.slots) * input.stride;
  for (let p = 0; p < populations.length; p++) {
    const population = populations[p];
    const type = types[population.typeId];
    const excDecay = type.excDecay;
    const inhDecay = type.inhDecay;
    const end = population.firstEid + population.count;
    for (let eid = population.firstEid; eid < end; eid++) {
      const slot = rowStart + eid;
      gExc[eid] = gExc[eid] * excDecay + excRing[slot];
      gInh[eid] = gInh[eid] * inhDecay + inhRing[slot];
      excRing[slot] = 0;
      inhRing[slot] = 0;
    }
  }
}
