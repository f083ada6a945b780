/**
 * Level circuits → the engine, through each config's definition (src/circuits/registry.ts).
 * spawnLevel calls prepareCircuits on the NetworkSpec before the world is built (for circuits that
 * add hidden populations or projections) and installCircuits on the built world (registered state,
 * the circuit's systems). Definitions report problems with paths under circuits[i].
 */
import type { NetworkSpec } from '../../../sim/build/networkSpec';
import type { SimWorld } from '../../../sim/world/world';
import { circuitDefinitionOf } from '../../../circuits/registry';
import type { SpawnContext } from '../spawnContext';

export function prepareCircuits(ctx: SpawnContext, spec: NetworkSpec): void {
  ctx.level.circuits.forEach((config, i) => circuitDefinitionOf(config.kind).prepare?.(ctx, spec, config, ['circuits', i]));
}

export function installCircuits(ctx: SpawnContext, world: SimWorld): void {
  ctx.level.circuits.forEach((config, i) => circuitDefinitionOf(config.kind).install(ctx, world, config, ['circuits', i]));
}
