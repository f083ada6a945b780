/** The arena's spawn: installCreditArena on the built world, with a clear message if it cannot. */
import type { SimWorld } from '../../sim/world/world';
import type { CircuitSpawnContext, PathSegment } from '../plugin/contexts';
import { installCreditArena } from './arenaCircuit';
import type { ArenaCircuitConfig } from './configSchema';

export function spawnCreditArena(ctx: CircuitSpawnContext, world: SimWorld, config: ArenaCircuitConfig, path: readonly PathSegment[]): void {
  try {
    installCreditArena(world, config);
  } catch (error) {
    ctx.report(path, `the credit-assignment arena could not be installed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
