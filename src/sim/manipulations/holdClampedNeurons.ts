/**
 * Phase: integrate (after integrateNeurons). Reads: neurons.clampMode, clampValue, lesioned, neuron
 * types. Writes: neurons.vMv (and u, refractoryTicksLeft) of clamped neurons.
 * Voltage clamp (the experimenter's amplifier injects whatever current holds v; e.g. pairing under
 * voltage clamp, Ngezahayo, Schachner & Artola 2000): v is set to the clamp value after each
 * integration step, so every later system this tick, plasticity's NMDA/calcium terms included,
 * reads the clamped v; u follows its own equation at that v; a LIF cell is never refractory.
 * Rate clamp: the membrane rests (Izhikevich v = c, u = b·c; LIF v = vRest) while
 * fireRateClampedNeurons supplies the spikes. Lesioned neurons stay lesioned (a lesion wins).
 */
import type { SimWorld } from '../world/world';
import { ClampMode } from '../components/neurons';
import { NeuronModel } from '../params/neuronTypes';

export function holdClampedNeurons(world: SimWorld): void {
  const neurons = world.neurons;
  if (neurons.clampedCount[0] === 0) return;
  const { clampMode, clampValue, lesioned, vMv, u, b, c, refractoryTicksLeft } = neurons;
  const types = world.neuronTypes.entries;
  for (const population of world.populations) {
    const type = types[population.typeId];
    if (type.model === NeuronModel.poisson) continue; // no membrane: a rate clamp replaces its spikes
    const lif = type.model === NeuronModel.lif;
    for (let eid = population.firstEid; eid < population.firstEid + population.count; eid++) {
      const mode = clampMode[eid];
      if (mode === ClampMode.none || lesioned[eid] === 1) continue;
      if (mode === ClampMode.voltage) {
        vMv[eid] = clampValue[eid];
        refractoryTicksLeft[eid] = 0;
      } else if (lif) {
        vMv[eid] = type.vRestMv;
      } else {
        vMv[eid] = c[eid];
        u[eid] = b[eid] * c[eid];
      }
    }
  }
}
