/**
 * Per-world state of systems, rules and circuits, under typed keys: a key made once with
 * stateKey<T>('name') reads back as T | undefined, so no call site casts. Every typed array inside
 * such state is registered in world.registry (snapshots and the state hash cover it); the objects
 * here only hold those arrays and spawn-time constants.
 */

/** A typed key into world.state; compared by identity, its name is for messages and uniqueness. */
export interface StateKey<T> {
  readonly name: string;
  /** Phantom member that makes the key invariant in T; never set. */
  readonly valueType?: (value: T) => T;
}

export function stateKey<T>(name: string): StateKey<T> {
  return { name };
}

export class WorldState {
  private readonly values = new Map<StateKey<unknown>, unknown>();
  private readonly keysByName = new Map<string, StateKey<unknown>>();

  /** Stores (or replaces) the value of a key; two different keys with one name are a bug and throw. */
  set<T>(key: StateKey<T>, value: T): void {
    const known = this.keysByName.get(key.name);
    if (known !== undefined && known !== key) throw new Error(`two different state keys are named "${key.name}"`);
    this.keysByName.set(key.name, key as StateKey<unknown>);
    this.values.set(key as StateKey<unknown>, value);
  }

  get<T>(key: StateKey<T>): T | undefined {
    // The only cast: set() stored a T under this very key object.
    return this.values.get(key as StateKey<unknown>) as T | undefined;
  }

  /** The value of a key that the world must have (a circuit system reading its own circuit's state). */
  require<T>(key: StateKey<T>): T {
    const value = this.get(key);
    if (value === undefined) throw new Error(`this world has no "${key.name}" state`);
    return value;
  }

  has(key: StateKey<unknown>): boolean {
    return this.values.has(key);
  }

  /** Names of the keys set, in the order they were first set (for inspection and tests). */
  names(): string[] {
    return [...this.keysByName.keys()];
  }
}
