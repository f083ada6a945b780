/**
 * Step-back points inside a fast-forward chunk. A chunk lasts ~150 ms of wall time, which for a small
 * level is minutes of simulated time; with only the chunk's end snapshot, one press of step back after
 * fast-forward would jump back by all of it. So the worker also snapshots at every multiple of the
 * page's step-back spacing (STEP_BACK_EVERY_MS) and keeps the last KEEP of them for the chunk, which
 * the page offers to its ring before the chunk's own snapshot.
 *
 * A snapshot copies the whole world state, which for a large world costs more than the ticks between
 * two points. Points reuse the arrays of the point they replace (no allocation between chunks), and
 * the cost is capped: a new point is taken only once the wall time since the
 * last one is at least COST_FACTOR times what the last one took (at most ~1/COST_FACTOR of the
 * worker's time). A large level's points are then further apart than the spacing, never more costly.
 */
import type { LevelRecorder, LevelRecorderState } from '../levels/metrics/levelRecorder';
import { takeSnapshotInto, type WorldSnapshot } from '../sim/snapshot';
import type { SimWorld } from '../sim/world/world';
import { STEP_BACK_EVERY_MS } from './snapshotRing';

export interface TailSnapshot {
  readonly snapshot: WorldSnapshot;
  readonly recorder: LevelRecorderState;
}

/** How many points before a chunk's end are kept: a few presses of step back. */
const KEEP = 3;
/** Wall time between points is at least this many times the cost of taking one. */
const COST_FACTOR = 20;

export class TailSnapshots {
  private points: TailSnapshot[] = [];
  private readonly everyTicks: number;
  private lastTakenAtMs = Number.NEGATIVE_INFINITY;
  /** The last few points' costs (ms): their minimum is the estimate, so one GC pause inside a copy does not stop the points for long. */
  private readonly recentCostsMs = [0, 0, 0];
  private costCount = 0;

  constructor(
    private readonly world: SimWorld,
    private readonly recorder: LevelRecorder,
  ) {
    this.everyTicks = Math.max(1, Math.round(STEP_BACK_EVERY_MS / world.dtMs));
  }

  /** After a tick: takes a point at the spacing's multiples when its cost allows. */
  afterTick(now: () => number): void {
    if (this.world.clock[0] % this.everyTicks !== 0) return;
    const began = now();
    if (began - this.lastTakenAtMs < COST_FACTOR * Math.min(...this.recentCostsMs)) return;
    // One more than KEEP: the last may be the end tick itself. The oldest point's arrays are reused.
    const reuse = this.points.length > KEEP ? this.points.shift()!.snapshot : null;
    this.points.push({ snapshot: takeSnapshotInto(this.world, reuse), recorder: this.recorder.exportState() });
    this.lastTakenAtMs = now();
    this.recentCostsMs[this.costCount++ % this.recentCostsMs.length] = this.lastTakenAtMs - began;
  }

  /** The points older than the chunk's end tick, oldest first; the next chunk starts afresh. */
  take(endTick: number): TailSnapshot[] {
    const taken = this.points.filter((p) => p.snapshot.tick < endTick).slice(-KEEP);
    this.points = [];
    return taken;
  }
}
