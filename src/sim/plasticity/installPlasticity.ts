/**
 * Creates the per-projection state each plasticity rule needs (traces, eligibility, calcium,
 * rate averages, structural timers), registered for snapshots, before the first tick.
 * Structural plasticity is installed after the weight rule, on projections that carry a StructuralSpec.
 */
import type { SimWorld } from '../world/world';
import { ruleInstallers } from './ruleInstallers';
import { installStructural } from './structuralPlasticity';

export function installPlasticity(world: SimWorld): void {
  for (const projection of world.projections) {
    const install = ruleInstallers[projection.plasticity.rule];
    if (install) install(world, projection);
    if (projection.structural) installStructural(world, projection);
  }
}
