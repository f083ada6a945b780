/**
 * Circuits are entities: a circuit's install makes one with addCircuitEntity(world, kind). Each kind
 * has a component of its own (made per world on first use: CircuitKindComponent), which tags the
 * kind's circuits, holds each circuit's typed data by eid, and carries the live query the kind's
 * systems iterate: `const { eids, data } = circuitsOfKind(world, KIND)` then `data[eids[i]]`, as
 * bitecs intends (no hand-kept list in world state). The kind is the circuit's own name, interned per
 * world in world.circuitKinds (Circuit.kind indexes it); the engine never names a kind.
 */
import { addComponent, addEntity } from 'bitecs';
import type { CircuitKindComponent } from '../components/entityComponents';
import { live } from './entityQueries';
import type { SimWorld } from './world';

/** A circuit kind and the type of its per-circuit data: `const REWARD = circuitKind<MyCircuit>('myKind')`. */
export interface CircuitKind<T> {
  readonly name: string;
  /** Type only: carries T; never set. */
  readonly dataType?: T;
}

export function circuitKind<T>(name: string): CircuitKind<T> {
  return { name };
}

function kindComponent<T>(world: SimWorld, name: string): CircuitKindComponent<T> {
  const kinds = world.components.CircuitKinds;
  let component = kinds.get(name);
  if (!component) {
    const made = { data: [] as unknown[], eids: [] as readonly number[] };
    (made as { eids: readonly number[] }).eids = live(world, [world.components.Circuit, made]);
    component = made;
    kinds.set(name, component);
  }
  return component as CircuitKindComponent<T>;
}

/**
 * Adds a circuit entity of `kind` (call while spawning, before the first tick) and returns its eid.
 * With a typed kind, `data(eid)` makes the circuit's data, stored on its kind component.
 */
export function addCircuitEntity(world: SimWorld, kind: string): number;
export function addCircuitEntity<T>(world: SimWorld, kind: CircuitKind<T>, data: (eid: number) => T): number;
export function addCircuitEntity<T>(world: SimWorld, kind: string | CircuitKind<T>, data?: (eid: number) => T): number {
  if (world.clock[0] !== 0) throw new Error('circuits are added before the first tick');
  const name = typeof kind === 'string' ? kind : kind.name;
  let kindIndex = world.circuitKinds.indexOf(name);
  if (kindIndex < 0) kindIndex = world.circuitKinds.push(name) - 1;
  const component = kindComponent<T>(world, name);
  const eid = addEntity(world);
  if (data) component.data[eid] = data(eid);
  addComponent(world, eid, world.components.Circuit);
  world.components.Circuit.kind[eid] = kindIndex;
  addComponent(world, eid, component);
  return eid;
}

/** The circuits of a typed kind: their entities (live, install order) and data by eid. */
export function circuitsOfKind<T>(world: SimWorld, kind: CircuitKind<T>): CircuitKindComponent<T> {
  return kindComponent<T>(world, kind.name);
}

/** The circuit entities of `kind` in this world, in install order (a fresh array). */
export function circuitEntities(world: SimWorld, kind: string): number[] {
  const component = world.components.CircuitKinds.get(kind);
  return component ? [...component.eids] : [];
}
