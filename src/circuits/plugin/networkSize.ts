/**
 * The size of a circuit's network parts, counted before the world is built, so that a level whose
 * circuit parameters ask for too big a circuit is refused by the loader (with the level's own
 * populations and projections, against the same limits) instead of running out of memory.
 */
import type { PopulationSpec, ProjectionSpec } from '../../sim';

export interface NetworkSize {
  neurons: number;
  synapses: number;
}

/** Neurons of the populations and synapses of the projections (exact for the circuits' connect rules). */
export function networkSize(parts: { populations: readonly PopulationSpec[]; projections: readonly ProjectionSpec[] }): NetworkSize {
  const count = new Map(parts.populations.map((p) => [p.name, p.count] as const));
  let synapses = 0;
  for (const projection of parts.projections) {
    const from = count.get(projection.from) ?? 0;
    const to = count.get(projection.to) ?? 0;
    const rule = projection.connect;
    switch (rule.rule) {
      case 'allToAll': synapses += from * to; break;
      case 'oneToOne': synapses += Math.min(from, to); break;
      case 'fixedInDegree': synapses += rule.k * to; break;
      case 'fixedOutDegree': synapses += rule.k * from; break;
      case 'fixedProbability': synapses += Math.ceil(rule.p * from * to); break;
      case 'pairs': synapses += rule.pairs.length; break;
    }
  }
  return { neurons: parts.populations.reduce((sum, p) => sum + p.count, 0), synapses };
}
