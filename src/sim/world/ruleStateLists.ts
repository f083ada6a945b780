/**
 * Per-projection state of a rule, kept in world.state under the rule's typed key: installers
 * append one entry per projection at spawn, and the rule's system walks the list each tick.
 */
import type { SimWorld } from './world';
import { stateKey, type StateKey } from './worldState';

/** The key of a rule's per-projection list: ruleStateKey<StdpState>('stdp'). */
export function ruleStateKey<T>(owner: string): StateKey<T[]> {
  return stateKey<T[]>(owner);
}

/** Appends a projection's state to the rule's list (creating the list on first use). */
export function addRuleState<T>(world: SimWorld, key: StateKey<T[]>, state: T): void {
  let list = world.state.get(key);
  if (!list) {
    list = [];
    world.state.set(key, list);
  }
  list.push(state);
}

/** The rule's states, or an empty list when no projection uses the rule. */
export function ruleStates<T>(world: SimWorld, key: StateKey<T[]>): readonly T[] {
  return world.state.get(key) ?? EMPTY;
}

const EMPTY: readonly never[] = [];
