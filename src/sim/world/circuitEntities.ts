/**
 * Circuits are entities: a circuit's install makes one with addCircuitEntity(world, kind) and may
 * tag it with its own components (e.g. the reward circuit's state index). The kind is the circuit's
 * own name, interned per world in world.circuitKinds; the engine never names a kind.
 */
import { addComponent, addEntity } from 'bitecs';
import type { SimWorld } from './world';

/** Adds a circuit entity of `kind` (call while spawning, before the first tick) and returns its eid. */
export function addCircuitEntity(world: SimWorld, kind: string): number {
  if (world.clock[0] !== 0) throw new Error('circuits are added before the first tick');
  let kindIndex = world.circuitKinds.indexOf(kind);
  if (kindIndex < 0) kindIndex = world.circuitKinds.push(kind) - 1;
  const eid = addEntity(world);
  addComponent(world, eid, world.components.Circuit);
  world.components.Circuit.kind[eid] = kindIndex;
  return eid;
}

/** The circuit entities of `kind` in this world, in install order. */
export function circuitEntities(world: SimWorld, kind: string): number[] {
  const kindIndex = world.circuitKinds.indexOf(kind);
  const kinds = world.components.Circuit.kind;
  return world.queries.circuits.filter((eid) => kinds[eid] === kindIndex);
}
