/**
 * The fast-forward core: everything the Web Worker does, as plain code that runs anywhere (the
 * worker is only its message glue, and the Node tests run this in-process). It spawns the same level
 * as the page (level data + seed + assets), restores the page's world snapshot, command log and
 * recorder state into it, and then steps at full speed. Every chunk hands back a fresh snapshot (its
 * arrays' buffers can be transferred), the recorder's state, the commands applied since the last
 * chunk and the events since then (counts of all, the discrete ones views need in full), so the
 * page restores them into its own world and every view keeps drawing that one world.
 */
import { loadLevel } from '../levels/loadLevel';
import type { LevelRecorder, LevelRecorderState } from '../levels/metrics/levelRecorder';
import { spawnLevel } from '../levels/spawnLevel';
import type { LoggedCommand, SimCommand } from '../sim/commands/commandQueue';
import type { SimEvent } from '../sim/events/simEvents';
import { restoreSnapshot, takeSnapshot, type WorldSnapshot } from '../sim/snapshot';
import type { SimWorld } from '../sim/world/world';
import { GoalWatch, type GoalReached } from '../levels/objectives/goalWatch';
import { ModulatorTraceSampler, type ModulatorTraceSamples } from './modulatorTraceSampler';
import { stepLevel, timelineDone } from './levelStep';
import { TailSnapshots, type TailSnapshot } from './tailSnapshots';

export interface FastForwardInit {
  /** The level as the page runs it (text or the validated object after player settings). */
  readonly level: unknown;
  readonly seed: number;
  readonly assets: ReadonlyArray<readonly [string, Uint8Array]>;
  readonly snapshot: WorldSnapshot;
  /** world.rng.names() of the page's world: circuits create streams lazily, so 'rng.state' slots follow first use. */
  readonly streamNames: readonly string[];
  /** The page's command log up to the snapshot (the snapshot only keeps its length). */
  readonly commandLog: readonly LoggedCommand[];
  readonly recorder: LevelRecorderState;
  /** Stop at this tick (tests, "run to"); otherwise at the end of the timeline, or never. */
  readonly stopAtTick?: number;
  /**
   * Stop at the trial end (or whole simulated second) at which every objective is first met, as
   * runLevel's stopWhenGoalMet does. Without it the goal is still watched and reported in the chunk
   * that reaches it, and the run goes on.
   */
  readonly stopWhenGoalMet?: boolean;
  /**
   * Stop as soon as this many trials have ended: the page has a question due before the next trial
   * (a prediction timed to a trial), which must be asked before that trial runs.
   */
  readonly stopAtTrials?: number;
}

/** Events that views and sounds react to one by one; the others are only counted while fast-forwarding. */
const FORWARDED_EVENTS = new Set<SimEvent['type']>([
  'trialStarted', 'trialEnded', 'phaseStarted', 'rewardDelivered', 'rewardOmitted', 'objectiveMet', 'commandApplied', 'commandRejected',
]);
/** At most this many forwarded events per chunk (the rest are counted in droppedEvents). */
const MAX_EVENTS_PER_CHUNK = 2000;

export interface FastForwardChunk {
  readonly tick: number;
  readonly snapshot: WorldSnapshot;
  readonly recorder: LevelRecorderState;
  /** Step-back points taken shortly before the chunk's end, oldest first (see TailSnapshots). */
  readonly tail: readonly TailSnapshot[];
  /** Commands applied since the previous chunk, to append to the page's command log. */
  readonly newCommands: LoggedCommand[];
  /** Every event since the previous chunk, by type. */
  readonly eventCounts: Record<string, number>;
  readonly events: SimEvent[];
  readonly droppedEvents: number;
  /** Ticks simulated in this chunk and the wall time they took. */
  readonly ticks: number;
  readonly wallMs: number;
  /** Set when the runner stopped by itself: the timeline ended, stopAtTick was reached, or (stopWhenGoalMet) the goal was met. */
  readonly finished: 'timeline' | 'stopAtTick' | 'stopAtTrials' | 'goal' | null;
  /** Set in the chunk during which every objective was first met (GoalWatch, from the runner's start). */
  readonly goal: GoalReached | null;
  /** Modulator levels sampled during the chunk (its last 10 s), for the trace plot; null without pools. */
  readonly modulatorTrace: ModulatorTraceSamples | null;
  /**
   * Player commands (send) received since the start: each is in the chunk's command log or among its
   * snapshot's pending commands. A page that drops the work after this chunk re-sends the later ones.
   */
  readonly commandsReceived: number;
}

export type CreateRunnerResult = { ok: true; runner: FastForwardRunner } | { ok: false; errors: Array<{ path: string; message: string }> };

export class FastForwardRunner {
  private sentCommands: number;
  private eventCounts: Record<string, number> = {};
  private events: SimEvent[] = [];
  private droppedEvents = 0;
  private ticksInChunk = 0;
  private wallMsInChunk = 0;
  private finished: FastForwardChunk['finished'] = null;
  private goalInChunk: GoalReached | null = null;
  private commandsReceived = 0;
  private readonly traceSampler: ModulatorTraceSampler;
  private readonly tail: TailSnapshots;

  private constructor(
    readonly world: SimWorld,
    readonly recorder: LevelRecorder,
    private readonly goalWatch: GoalWatch,
    private readonly stops: { readonly atTick: number; readonly atTrials: number; readonly whenGoalMet: boolean },
  ) {
    this.sentCommands = world.commands.log.length;
    this.traceSampler = new ModulatorTraceSampler(world);
    this.tail = new TailSnapshots(world, recorder);
  }

  static create(init: FastForwardInit): CreateRunnerResult {
    const loaded = loadLevel(init.level as string);
    if (!loaded.ok) return { ok: false, errors: loaded.errors };
    const spawned = spawnLevel(loaded.level, { seed: init.seed, assets: new Map(init.assets) });
    if (!spawned.ok) return { ok: false, errors: spawned.errors };
    const { world, run } = spawned;
    try {
      world.rng.ensureStreams(init.streamNames);
      // The page's log replaces the fresh spawn's own (which holds the level's opening commands: the
      // page's log begins with the same ones), so nothing is logged twice.
      world.commands.log.length = 0;
      world.commands.log.push(...init.commandLog.slice(0, init.snapshot.commandLogLength));
      restoreSnapshot(world, init.snapshot);
      run.recorder.importState(init.recorder);
    } catch (error) {
      return { ok: false, errors: [{ path: '', message: `fast-forward could not take over the page's world: ${String(error)}` }] };
    }
    // Watches from the restored state: trials already ended were checked by the page.
    const goalWatch = new GoalWatch(run);
    return { ok: true, runner: new FastForwardRunner(world, run.recorder, goalWatch, {
      atTick: init.stopAtTick ?? Number.POSITIVE_INFINITY,
      atTrials: init.stopAtTrials ?? Number.POSITIVE_INFINITY,
      whenGoalMet: init.stopWhenGoalMet === true,
    }) };
  }

  get tick(): number {
    return this.world.clock[0];
  }

  get isFinished(): boolean {
    return this.finished !== null;
  }

  /** Queues a player command for the next tick, as on the page. */
  send(command: SimCommand): void {
    this.world.commands.send(command);
    this.commandsReceived++;
  }

  /**
   * Steps until `wallBudgetMs` of `now()` has passed (checked every 32 ticks), `maxTicks` ticks were
   * run, or the run finished. Returns the ticks run.
   */
  run(wallBudgetMs: number, now: () => number, maxTicks = Number.POSITIVE_INFINITY): number {
    const { world, recorder } = this;
    const began = now();
    let ticks = 0;
    while (this.finished === null && ticks < maxTicks) {
      if (world.clock[0] >= this.stops.atTick) { this.finished = 'stopAtTick'; break; }
      if (recorder.trials.length >= this.stops.atTrials) { this.finished = 'stopAtTrials'; break; }
      if (timelineDone(world)) { this.finished = 'timeline'; break; }
      stepLevel(world, recorder);
      this.collectEvents();
      this.traceSampler.afterTick();
      this.tail.afterTick(now);
      ticks++;
      if (this.goalWatch.afterTick()) {
        this.goalInChunk = this.goalWatch.goal;
        if (this.stops.whenGoalMet) { this.finished = 'goal'; break; }
      }
      if ((ticks & 31) === 0 && now() - began >= wallBudgetMs) break;
    }
    this.ticksInChunk += ticks;
    this.wallMsInChunk += now() - began;
    return ticks;
  }

  private collectEvents(): void {
    const events = this.world.events;
    for (const event of events) {
      this.eventCounts[event.type] = (this.eventCounts[event.type] ?? 0) + 1;
      if (!FORWARDED_EVENTS.has(event.type)) continue;
      if (this.events.length < MAX_EVENTS_PER_CHUNK) this.events.push(event);
      else this.droppedEvents++;
    }
    events.length = 0;
  }

  /** What has happened since the previous chunk; the snapshot's arrays are fresh copies (transferable). */
  takeChunk(): FastForwardChunk {
    const log = this.world.commands.log;
    const chunk: FastForwardChunk = {
      tick: this.world.clock[0],
      snapshot: takeSnapshot(this.world),
      recorder: this.recorder.exportState(),
      tail: this.tail.take(this.world.clock[0]),
      newCommands: log.slice(this.sentCommands),
      eventCounts: this.eventCounts,
      events: this.events,
      droppedEvents: this.droppedEvents,
      ticks: this.ticksInChunk,
      wallMs: this.wallMsInChunk,
      finished: this.finished,
      goal: this.goalInChunk,
      modulatorTrace: this.traceSampler.take(),
      commandsReceived: this.commandsReceived,
    };
    this.goalInChunk = null;
    this.sentCommands = log.length;
    this.eventCounts = {};
    this.events = [];
    this.droppedEvents = 0;
    this.ticksInChunk = 0;
    this.wallMsInChunk = 0;
    return chunk;
  }
}

/** The buffers of a chunk's snapshots, for postMessage's transfer list (no copy across threads). */
export function transferablesOf(chunk: FastForwardChunk): ArrayBuffer[] {
  return [chunk.snapshot, ...chunk.tail.map((t) => t.snapshot)].flatMap((snapshot) => [...snapshot.arrays.values()].map((array) => array.buffer as ArrayBuffer));
}

/**
 * The page's side of a chunk: its world and recorder become the worker's, the new commands join the
 * log. The page's world must have been spawned from the same level, seed and assets.
 */
export function applyChunk(world: SimWorld, recorder: LevelRecorder, chunk: FastForwardChunk): void {
  world.commands.log.push(...chunk.newCommands);
  restoreSnapshot(world, chunk.snapshot);
  recorder.importState(chunk.recorder);
}
