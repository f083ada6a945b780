/**
 * Step back: a ring of world + recorder snapshots, one every `everyMs` of simulated time, keeping the
 * last `spanMs` (fewer when the world is large: at most `maxBytes` of snapshots in all). Restoring
 * one puts the world, its command log length and the recorder back to that moment.
 */
import type { LevelRecorder, LevelRecorderState } from '../levels/metrics/levelRecorder';
import { restoreSnapshot, takeSnapshot, type WorldSnapshot } from '../sim/snapshot';
import type { SimWorld } from '../sim/world/world';

/** Simulated time between step-back snapshots: one press of step back goes back about this far. */
export const STEP_BACK_EVERY_MS = 500;

interface Entry {
  readonly snapshot: WorldSnapshot;
  readonly recorder: LevelRecorderState;
}

export class SnapshotRing {
  private readonly entries: Entry[] = [];
  private readonly capacity: number;

  constructor(
    world: SimWorld,
    readonly everyMs = STEP_BACK_EVERY_MS,
    spanMs = 30_000,
    maxBytes = 96 * 1024 * 1024,
  ) {
    let bytes = 0;
    for (const [, array] of world.registry.entries()) bytes += array.byteLength;
    this.capacity = Math.max(2, Math.min(Math.round(spanMs / everyMs), Math.floor(maxBytes / Math.max(1, bytes))));
  }

  get size(): number {
    return this.entries.length;
  }

  get maxEntries(): number {
    return this.capacity;
  }

  /** Takes a snapshot when `everyMs` of sim time has passed since the last one (or there is none). */
  maybeRecord(world: SimWorld, recorder: LevelRecorder): void {
    const last = this.entries[this.entries.length - 1];
    const everyTicks = Math.max(1, Math.round(this.everyMs / world.dtMs));
    if (last && world.clock[0] - last.snapshot.tick < everyTicks) return;
    this.push({ snapshot: takeSnapshot(world), recorder: recorder.exportState() });
  }

  /** Keeps a snapshot already made elsewhere (a fast-forward chunk's), if it is due. */
  offer(snapshot: WorldSnapshot, recorder: LevelRecorderState, dtMs: number): void {
    const last = this.entries[this.entries.length - 1];
    if (last && snapshot.tick - last.snapshot.tick < Math.round(this.everyMs / dtMs)) return;
    this.push({ snapshot, recorder });
  }

  private push(entry: Entry): void {
    // After a step back the newer entries are a future that no longer happened: drop them.
    while (this.entries.length > 0 && this.entries[this.entries.length - 1].snapshot.tick >= entry.snapshot.tick) this.entries.pop();
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  /**
   * Restores the latest snapshot older than the world's tick (dropping it and anything newer).
   * Returns the restored tick, or null when there is nothing older.
   */
  stepBack(world: SimWorld, recorder: LevelRecorder): number | null {
    const now = world.clock[0];
    while (this.entries.length > 0 && this.entries[this.entries.length - 1].snapshot.tick >= now) this.entries.pop();
    const entry = this.entries.pop();
    if (!entry) return null;
    restoreSnapshot(world, entry.snapshot);
    recorder.importState(entry.recorder);
    return entry.snapshot.tick;
  }

  clear(): void {
    this.entries.length = 0;
  }
}
