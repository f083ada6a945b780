/**
 * Creates the per-projection state each plasticity rule needs (traces, eligibility, calcium,
 * rate averages, structural timers), registered for snapshots, before the first tick.
 */
import type { SimWorld } from '../world/world';
import { ruleInstallers } from './ruleInstallers';

export function installPlasticity(world: SimWorld): void {
  for (const projection of world.projections) {
    const install = ruleInstallers[projection.plasticity.rule];
    if (install) install(world, projection);
  }
}
