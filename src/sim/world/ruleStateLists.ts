/**
 * Per-projection state of a rule, kept in world.ruleState under the rule's owner name: installers
 * append one entry per projection at spawn, and the rule's system walks the list each tick.
 */
import type { SimWorld } from './world';

/** Appends a projection's state to the owner's list (creating the list on first use). */
export function addRuleState<T>(world: SimWorld, owner: string, state: T): void {
  let list = world.ruleState.get(owner) as T[] | undefined;
  if (!list) {
    list = [];
    world.ruleState.set(owner, list);
  }
  list.push(state);
}

/** The owner's states, or an empty list when no projection uses the rule. */
export function ruleStates<T>(world: SimWorld, owner: string): readonly T[] {
  return (world.ruleState.get(owner) as T[] | undefined) ?? EMPTY;
}

const EMPTY: readonly never[] = [];
