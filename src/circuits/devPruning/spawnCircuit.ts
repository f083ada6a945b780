/** Developmental pruning's spawn: installDevPruning on the built world, with a clear message if it cannot. */
import type { SimWorld } from '../../sim/world/world';
import type { CircuitSpawnContext, PathSegment } from '../plugin/contexts';
import { installDevPruning } from './devPruningCircuit';
import type { DevPruningCircuitConfig } from './configSchema';

export function spawnDevPruning(ctx: CircuitSpawnContext, world: SimWorld, config: DevPruningCircuitConfig, path: readonly PathSegment[]): void {
  try {
    installDevPruning(world, config);
  } catch (error) {
    ctx.report(path, `the developing network could not be installed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
