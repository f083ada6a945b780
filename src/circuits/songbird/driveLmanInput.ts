/**
 * Phase: stimuli (after applyStimuli). Injects each RA neuron's LMAN input current, the slow
 * NMDA-like trace of its LMAN neuron's spikes that singSong keeps (songbird.lmanCurrent). A silenced
 * LMAN stops spiking, its current decays away, and the exploration stops.
 * Reads: songbird.lmanCurrent. Writes: neurons.iExt of RA.
 */
import type { SimWorld } from '../../sim';
import { SONGBIRD_STATE } from './songbirdState';

export function driveLmanInput(world: SimWorld): void {
  const state = world.state.require(SONGBIRD_STATE);
  const iExt = world.neurons.iExt;
  const { ra, lmanCurrent } = state;
  for (let i = 0; i < ra.count; i++) iExt[ra.first + i] += lmanCurrent[i];
}
