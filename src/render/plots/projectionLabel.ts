import type { SimWorld } from '../../sim/world/world';

/** "Inputs → Postsynaptic": a projection named by the populations it joins, each by `labelOf` its id (its id stays in the CSV and inspector). */
export function projectionLabel(world: Pick<SimWorld, 'projections' | 'populations'>, name: string, labelOf: (populationId: string) => string = (id) => id): string {
  const p = world.projections.find((q) => q.name === name);
  const from = p ? world.populations[p.from]?.name : undefined;
  const to = p ? world.populations[p.to]?.name : undefined;
  return from && to ? `${labelOf(from)} → ${labelOf(to)}` : name;
}
