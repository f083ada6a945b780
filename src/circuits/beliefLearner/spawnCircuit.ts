/** The belief learners' spawn: installBeliefLearners on the built world, with a clear message if it cannot. */
import type { SimWorld } from '../../sim/world/world';
import type { CircuitSpawnContext, PathSegment } from '../plugin/contexts';
import { installBeliefLearners } from './beliefCircuit';
import type { BeliefCircuitConfig } from './configSchema';

export function spawnBeliefLearners(ctx: CircuitSpawnContext, world: SimWorld, config: BeliefCircuitConfig, path: readonly PathSegment[]): void {
  try {
    installBeliefLearners(world, config);
  } catch (error) {
    ctx.report(path, `the belief learners could not be installed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
