/**
 * The time step the script integrates with. Our LIF step is exact and PyNN's solvers agree with it at
 * the level's dt, so the level's dt is kept; see the note for Izhikevich networks.
 */
import { NeuronModel } from '../../sim/params/neuronTypes';
import type { SimWorld } from '../../sim/world/world';

export interface Timestep { timestepMs: number; note?: string }

export function chooseTimestep(world: SimWorld): Timestep {
  const networkScheme = world.populations.some((p) => world.neuronTypes.entries[p.typeId].model === NeuronModel.izhikevichNetwork);
  if (!networkScheme) return { timestepMs: world.dtMs };
  return { timestepMs: world.dtMs };
}
