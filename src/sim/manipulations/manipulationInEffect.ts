/**
 * Whether a command's lasting effect is in place in a world, read from the world's state: for a
 * lesion (or its restore) and the clamps, whether every neuron of its subset is in the state the
 * command leaves it in; for setPlasticity, whether the projection's switch is set that way. A
 * player's switch built from a command (ui/playerActions.ts) shows this, so it is right after a step
 * back, a reset or a fast-forward, whatever was sent before. null: the command has no such state
 * here (another type, an unknown population, an empty subset).
 */
import type { SimCommand } from '../commands/commandQueue';
import { ClampMode } from '../components/neurons';
import type { SimWorld } from '../world/world';
import { resolveNeuronSubset } from './neuronSubset';

const MANIPULATIONS = new Set(['lesion', 'voltageClamp', 'rateClamp', 'releaseClamp']);

/**
 * A reader of `command`'s effect for any world spawned from one level. The subset is resolved once
 * per world (a fraction is a seeded shuffle; the same in every world of that level and seed).
 */
export function manipulationInEffect(command: SimCommand): ((world: SimWorld) => boolean | null) | undefined {
  if (command.type === 'setPlasticity') {
    return (world) => {
      const projection = world.projections.find((p) => p.name === command.projection);
      return projection && typeof command.enabled === 'boolean' ? (projection.plasticityEnabled[0] === 1) === command.enabled : null;
    };
  }
  if (!MANIPULATIONS.has(command.type)) return undefined;
  const subsets = new WeakMap<SimWorld, Int32Array | null>();
  const subsetOf = (world: SimWorld): Int32Array | null => {
    let eids = subsets.get(world);
    if (eids === undefined) {
      const population = world.populations.find((p) => p.name === command.population);
      const resolved = population ? resolveNeuronSubset(world, population, command.neurons) : null;
      eids = resolved === null || !(resolved instanceof Int32Array) || resolved.length === 0 ? null : resolved;
      subsets.set(world, eids);
    }
    return eids;
  };
  const holds = neuronTest(command);
  return (world) => {
    const eids = subsetOf(world);
    if (!eids) return null;
    for (const eid of eids) if (!holds(world, eid)) return false;
    return true;
  };
}

function neuronTest(command: SimCommand): (world: SimWorld, eid: number) => boolean {
  switch (command.type) {
    case 'lesion': {
      const lesioned = command.restore === true ? 0 : 1;
      return (world, eid) => world.neurons.lesioned[eid] === lesioned;
    }
    case 'voltageClamp':
      return (world, eid) => world.neurons.clampMode[eid] === ClampMode.voltage && world.neurons.clampValue[eid] === command.vMv;
    case 'rateClamp':
      // Without rateHz the clamp holds each neuron at its own resting rate: any rate clamp counts.
      return (world, eid) => world.neurons.clampMode[eid] === ClampMode.rate
        && (typeof command.rateHz !== 'number' || world.neurons.clampValue[eid] === command.rateHz);
    default: // releaseClamp
      return (world, eid) => world.neurons.clampMode[eid] === ClampMode.none;
  }
}
