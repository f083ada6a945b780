/**
 * The queries the engine's systems iterate, registered once per world at build. bitecs' query()
 * returns the query's live dense array, which bitecs keeps up to date as entities gain components,
 * so a system reads world.queries.x instead of calling query() every tick: a query() call hashes its
 * terms into a string (100-300 ns and garbage per call, measured), and the smallest levels tick in
 * 5-16 µs (docs/performance.md). Group entities are never removed while a world runs, so the arrays
 * never hold a pending removal. Order: entities in the order they matched, which for populations is
 * their spawn (index) order.
 */
import { query } from 'bitecs';
import type { EntityComponents } from '../components/entityComponents';

export interface EntityQueries {
  /** Every population entity, in spawn order (detectSpikes relies on it: spikedList order). */
  readonly populations: readonly number[];
  readonly izhikevichNetworkPopulations: readonly number[];
  readonly izhikevichEulerPopulations: readonly number[];
  readonly lifPopulations: readonly number[];
  readonly modulatorPools: readonly number[];
  readonly circuits: readonly number[];
}

export function registerEntityQueries(world: object, c: EntityComponents): EntityQueries {
  return {
    populations: live(world, [c.Population]),
    izhikevichNetworkPopulations: live(world, [c.Population, c.IzhikevichNetwork]),
    izhikevichEulerPopulations: live(world, [c.Population, c.IzhikevichEuler]),
    lifPopulations: live(world, [c.Population, c.Lif]),
    modulatorPools: live(world, [c.ModulatorPool]),
    circuits: live(world, [c.Circuit]),
  };
}

/** A query's live result. Unbuffered queries return their sparse set's plain dense array (bitecs 0.4). */
export function live(world: object, terms: object[]): readonly number[] {
  const result = query(world, terms);
  if (!Array.isArray(result)) throw new Error('expected an unbuffered bitecs query');
  return result;
}
