/**
 * Phase: integrate (first). Reads: input ring row of this tick. Writes: neurons.gExc, gInh; clears
 * the row. Synaptic variables first decay by their type's factor (exp(−dt/τ)), then take the
 * arriving input. One-tick current pulses (τ = 0, Izhikevich 2003) are a plain copy, done with
 * native set/fill because this runs over every neuron every tick. Populations: the population
 * entities' live query (world.queries.populations) and their Population component.
 */
import type { SimWorld } from '../world/world';

export function deliverSynapticInput(world: SimWorld): void {
  const { neurons, input } = world;
  const populations = world.queries.populations;
  const { firstEid, count, typeId } = world.components.Population;
  const types = world.neuronTypes.entries;
  const rowStart = (world.clock[0] % input.slots) * input.stride;
  for (let p = 0; p < populations.length; p++) {
    const population = populations[p]; // the population's entity
    const type = types[typeId[population]];
    const first = firstEid[population];
    const from = rowStart + first;
    const to = from + count[population];
    deliverChannel(neurons.gExc, input.excitatory, type.excDecay, first, from, to);
    deliverChannel(neurons.gInh, input.inhibitory, type.inhDecay, first, from, to);
  }
}

function deliverChannel(g: Float64Array, ring: Float32Array, decay: number, firstEid: number, from: number, to: number): void {
  if (decay === 0) {
    g.set(ring.subarray(from, to), firstEid);
  } else {
    for (let slot = from, eid = firstEid; slot < to; slot++, eid++) g[eid] = g[eid] * decay + ring[slot];
  }
  ring.fill(0, from, to);
}
