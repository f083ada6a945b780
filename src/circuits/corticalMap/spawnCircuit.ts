/** The cortical map's spawn: installCorticalMap on the built world, with a clear message if it cannot. */
import type { SimWorld } from '../../sim/world/world';
import type { CircuitSpawnContext, PathSegment } from '../plugin/contexts';
import { installCorticalMap } from './mapCircuit';
import type { MapCircuitConfig } from './configSchema';

export function spawnCorticalMap(ctx: CircuitSpawnContext, world: SimWorld, config: MapCircuitConfig, path: readonly PathSegment[]): void {
  try {
    installCorticalMap(world, config);
  } catch (error) {
    ctx.report(path, `the cortical map could not be installed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
