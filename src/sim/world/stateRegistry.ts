/**
 * Every piece of mutable simulation state is a typed array registered here by name. Snapshots copy
 * all of them, restores write them back, and the determinism hash reads them: a store that forgets to
 * register its arrays is caught by the snapshot round-trip test, not by a subtle replay bug.
 */
export type StateArray =
  | Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;

export class StateRegistry {
  private readonly arrays = new Map<string, StateArray>();

  register<T extends StateArray>(name: string, array: T): T {
    if (this.arrays.has(name)) throw new Error(`state array "${name}" is registered twice`);
    this.arrays.set(name, array);
    return array;
  }

  get(name: string): StateArray | undefined {
    return this.arrays.get(name);
  }

  entries(): IterableIterator<[string, StateArray]> {
    return this.arrays.entries();
  }

  names(): string[] {
    return [...this.arrays.keys()];
  }

  totalBytes(): number {
    let bytes = 0;
    for (const array of this.arrays.values()) bytes += array.byteLength;
    return bytes;
  }
}
