/** The reversal agent's spawn: installReversal on the built world and its commands, with a clear message if it cannot. */
import type { SimWorld } from '../../sim/world/world';
import type { CircuitSpawnContext, PathSegment } from '../plugin/contexts';
import { installReversal, reversalAgentsOf } from './reversalCircuit';
import { defineReversalCommands } from './reversalCommands';
import type { ReversalCircuitConfig } from './configSchema';

export function spawnReversal(ctx: CircuitSpawnContext, world: SimWorld, config: ReversalCircuitConfig, path: readonly PathSegment[]): void {
  try {
    installReversal(world, config);
    if (reversalAgentsOf(world).length === 1) defineReversalCommands(world);
  } catch (error) {
    ctx.report(path, `the reversal agent could not be installed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
