/**
 * Snapshots of the whole mutable world state: every registered typed array, plus the command
 * log length and queued commands. Restoring into the same world (or one spawned from the same
 * spec) and stepping on gives bit-identical results (tested). Used for step-back and save files.
 */
import type { SimWorld } from './world/world';
import type { StateArray } from './world/stateRegistry';
import type { SimCommand } from './commands/commandQueue';

export interface WorldSnapshot {
  readonly tick: number;
  readonly arrays: ReadonlyMap<string, StateArray>;
  readonly commandLogLength: number;
  readonly pendingCommands: readonly SimCommand[];
}

export function takeSnapshot(world: SimWorld): WorldSnapshot {
  return takeSnapshotInto(world, null);
}

/**
 * takeSnapshot, copying into the arrays of `reuse` (a snapshot of this world no longer needed) where
 * they fit instead of allocating: for snapshots taken often, this spares the allocation and the
 * garbage collector's work, which for large monitor rings cost far more than the copy.
 */
export function takeSnapshotInto(world: SimWorld, reuse: WorldSnapshot | null): WorldSnapshot {
  const arrays = new Map<string, StateArray>();
  for (const [name, array] of world.registry.entries()) {
    const old = reuse?.arrays.get(name);
    if (old && old.length === array.length && old.constructor === array.constructor && old.buffer.byteLength > 0) {
      (old as Float64Array).set(array as Float64Array);
      arrays.set(name, old);
    } else arrays.set(name, array.slice() as StateArray);
  }
  const pendingCommands = world.commands.take();
  for (const command of pendingCommands) world.commands.send(command);
  return { tick: world.clock[0], arrays, commandLogLength: world.commands.log.length, pendingCommands };
}

export function restoreSnapshot(world: SimWorld, snapshot: WorldSnapshot): void {
  for (const [name, array] of world.registry.entries()) {
    const saved = snapshot.arrays.get(name);
    if (!saved || saved.length !== array.length || saved.constructor !== array.constructor) {
      throw new Error(`snapshot does not fit this world: state "${name}" differs`);
    }
    (array as Float64Array).set(saved as Float64Array);
  }
  world.neurons.clampedList.markStale(); // derived from neurons.clampMode, just overwritten
  world.commands.take();
  for (const command of snapshot.pendingCommands) world.commands.send(command);
  world.commands.log.length = Math.min(world.commands.log.length, snapshot.commandLogLength);
  world.events.length = 0;
}

/**
 * FNV-1a (32-bit) over the bytes of every registered array, in registration order. Two runs of the
 * same (level, seed, commands) must give the same hash: the golden determinism tests pin it.
 */
export function hashWorldState(world: SimWorld): string {
  let hash = 0x811c9dc5;
  for (const [name, array] of world.registry.entries()) {
    for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
