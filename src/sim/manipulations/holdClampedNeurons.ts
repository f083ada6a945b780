/**
 * Phase: integrate (after integrateNeurons). Reads: neurons.clampedList (clampMode), clampValue,
 * lesioned, neuron types. Writes: neurons.vMv (and u, refractoryTicksLeft) of clamped neurons.
 * Voltage clamp (the experimenter's amplifier injects whatever current holds v; e.g. pairing under
 * voltage clamp, Ngezahayo, Schachner & Artola 2000): v is set to the clamp value after each
 * integration step, so every later system this tick, plasticity's NMDA/calcium terms included,
 * reads the clamped v; u follows its own equation at that v; a LIF cell is never refractory.
 * Rate clamp: the membrane rests (Izhikevich v = c, u = b·c; LIF v = vRest) while
 * fireRateClampedNeurons supplies the spikes. Lesioned neurons stay lesioned (a lesion wins).
 * Visits only the clamped neurons (clampedNeuronList.ts), not every neuron.
 */
import type { SimWorld } from '../world/world';
import { ClampMode } from '../components/neurons';
import { NeuronModel } from '../params/neuronTypes';

export function holdClampedNeurons(world: SimWorld): void {
  const neurons = world.neurons;
  if (neurons.clampedCount[0] === 0) return;
  const { clampMode, clampValue, lesioned, vMv, u, b, c, refractoryTicksLeft, typeId, clampedList } = neurons;
  clampedList.refresh(clampMode);
  const { eids, length } = clampedList;
  const types = world.neuronTypes.entries;
  for (let k = 0; k < length; k++) {
    const eid = eids[k];
    const type = types[typeId[eid]];
    // A Poisson source has no membrane: a rate clamp replaces its spikes (voltage clamps refuse it).
    if (type.model === NeuronModel.poisson || lesioned[eid] === 1) continue;
    if (clampMode[eid] === ClampMode.voltage) {
      vMv[eid] = clampValue[eid];
      refractoryTicksLeft[eid] = 0;
    } else if (type.model === NeuronModel.lif) {
      vMv[eid] = type.vRestMv;
    } else {
      vMv[eid] = c[eid];
      u[eid] = b[eid] * c[eid];
    }
  }
}
