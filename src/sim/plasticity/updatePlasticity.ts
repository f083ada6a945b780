/**
 * Phase: traces and plasticity. Runs each rule's system over the projections that carry it.
 * Reads: spikes of this tick, modulator levels, rule state. Writes: synapse weights, rule state.
 */
import type { SimWorld } from '../world/world';
import { ruleSystems } from './ruleSystems';

export function updatePlasticity(world: SimWorld): void {
  for (let i = 0; i < ruleSystems.length; i++) ruleSystems[i](world);
}
