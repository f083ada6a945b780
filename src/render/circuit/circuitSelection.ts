/** What the player has selected in the circuit view: a neuron (by entity id) or one synapse. */
import type { SimWorld } from '../../sim/world/world';

export type CircuitSelection = { kind: 'neuron'; eid: number } | { kind: 'synapse'; synapseId: number };

/** The selection if it names a neuron or synapse of this world, else null (stale ids after a reset). */
export function validSelection(world: SimWorld, selection: CircuitSelection | null): CircuitSelection | null {
  if (!selection) return null;
  if (selection.kind === 'neuron') return Number.isInteger(selection.eid) && selection.eid >= 1 && selection.eid <= world.neurons.count ? selection : null;
  return Number.isInteger(selection.synapseId) && selection.synapseId >= 0 && selection.synapseId < world.synapses.count ? selection : null;
}
