/** Resolves a synapse named by (projection, pre neuron index, nth outgoing synapse) to its id. */
import type { SimWorld } from '../world/world';
import { SpecPathError } from './specPathError';

type Path = ReadonlyArray<string | number>;

/**
 * The synapse id of the nth synapse of neuron `pre` (index in the source population) in the
 * projection. Throws a SpecPathError at `path` (the object holding pre and nth) when it does not exist.
 */
export function outgoingSynapseId(world: SimWorld, projectionName: string, pre: number, nth: number, path: Path): number {
  const projection = world.projections.find((p) => p.name === projectionName);
  if (!projection) throw new SpecPathError([...path, 'projection'], `unknown projection "${projectionName}"`);
  const from = world.populations[projection.from];
  if (!Number.isInteger(pre) || pre < 0 || pre >= from.count) {
    throw new SpecPathError([...path, 'pre'], `neuron index ${pre} is out of range: population "${from.name}" has ${from.count} neurons`);
  }
  const start = projection.outRowStart[pre];
  const degree = projection.outRowStart[pre + 1] - start;
  if (!Number.isInteger(nth) || nth < 0 || nth >= degree) {
    throw new SpecPathError([...path, 'nth'],
      `neuron ${pre} of "${from.name}" has ${degree} outgoing synapse${degree === 1 ? '' : 's'} in projection "${projection.name}" (this seed), so nth must be < ${degree}, got ${nth}`);
  }
  return start + nth;
}
