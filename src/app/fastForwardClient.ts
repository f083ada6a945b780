/**
 * The page's side of fast-forward: starts the worker with the page world's snapshot, command log and
 * recorder state, and applies each chunk the worker posts back into that same world (applyChunk), so
 * every view keeps drawing the one main-thread world. While it runs, the page does not step its world;
 * player commands go to the worker.
 *
 * stop() takes effect at once (a pause must show within 100 ms, and a chunk takes 150 ms of stepping):
 * it ends the worker and drops the work after the last chunk applied, so the page's world stays at that
 * chunk. Player commands the worker had not received by then go to the page's world instead; the same
 * happens when the worker stops by itself (its last chunk may not hold a command sent while it ran)
 * or fails.
 */
import type { LevelRecorder } from '../levels/metrics/levelRecorder';
import type { SimCommand } from '../sim/commands/commandQueue';
import { takeSnapshot } from '../sim/snapshot';
import type { SimWorld } from '../sim/world/world';
import { applyChunk, type FastForwardChunk } from './fastForwardCore';
import type { FromWorker, ToWorker } from './fastForwardMessages';

export interface FastForwardTarget {
  readonly world: SimWorld;
  readonly recorder: LevelRecorder;
  /** The level as spawned (text or validated object), its seed and assets. */
  readonly level: unknown;
  readonly seed: number;
  readonly assets: ReadonlyMap<string, Uint8Array>;
}

export interface FastForwardCallbacks {
  /** After each chunk has been applied to the page's world. */
  onChunk(chunk: FastForwardChunk): void;
  /** When the worker stopped by itself (timeline over, stopAtTick, goal met) or failed; the world holds its last state. */
  onEnded(reason: NonNullable<FastForwardChunk['finished']> | 'error', message?: string): void;
}

/** Where the worker stops by itself (besides the end of the timeline). */
export interface FastForwardStops {
  /** Wall ms of stepping per chunk (default 150). */
  readonly chunkWallMs?: number;
  readonly stopAtTick?: number;
  /** Stop once this many trials have ended (a question is due before the next trial). */
  readonly stopAtTrials?: number;
  /** Stop at the trial end where every objective is first met. */
  readonly stopWhenGoalMet?: boolean;
}

export class FastForwardClient {
  private worker: Worker | null = null;
  /** A worker already loaded (its module fetched and compiled) for the next start. */
  private spare: Worker | null = null;
  /** The running worker's target, ended(), and the player commands sent to it (in order). */
  private target: FastForwardTarget | null = null;
  private end: (() => void) | null = null;
  private sent: SimCommand[] = [];
  /** How many of `sent` the last applied chunk holds (in its log or as pending commands). */
  private received = 0;

  /** Loads a worker ahead of time, so fast-forward starts without waiting for the module. */
  prewarm(): void {
    this.spare ??= FastForwardClient.newWorker();
  }

  private static newWorker(): Worker {
    return new Worker(new URL('./fastForwardWorker.ts', import.meta.url), { type: 'module', name: 'synaptica-fast-forward' });
  }

  get running(): boolean {
    return this.worker !== null;
  }

  start(target: FastForwardTarget, callbacks: FastForwardCallbacks, stops: FastForwardStops = {}): void {
    if (this.worker) throw new Error('fast-forward is already running');
    const worker = this.spare ?? FastForwardClient.newWorker();
    this.spare = null;
    this.worker = worker;
    this.target = target;
    this.sent = [];
    this.received = 0;
    // Every ending (stop(), the worker stopping by itself, an error) goes through here once: the worker
    // is ended, and the player commands the last applied chunk does not hold go to the page's world,
    // so a slider moved during the last chunk is never lost nor applied twice.
    const finish = (): void => {
      if (this.worker !== worker) return;
      const unreceived = this.sent.slice(this.received);
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
      this.worker = null;
      this.target = null;
      this.end = null;
      this.sent = [];
      this.received = 0;
      for (const command of unreceived) target.world.commands.send(command);
      this.prewarm();
    };
    this.end = finish;
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'error') {
        finish();
        callbacks.onEnded('error', message.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; '));
        return;
      }
      applyChunk(target.world, target.recorder, message.chunk);
      this.received = message.chunk.commandsReceived;
      callbacks.onChunk(message.chunk);
      if (message.type === 'stopped') {
        // onChunk may already have stopped it (a question due); finish() replays the commands once.
        finish();
        if (message.chunk.finished) callbacks.onEnded(message.chunk.finished);
      }
    };
    worker.onerror = (event) => {
      finish();
      callbacks.onEnded('error', event.message);
    };
    // A chunk that cannot be deserialized would otherwise be dropped silently and the page would wait
    // for the next one forever: end fast-forward with an error the page shows.
    worker.onmessageerror = () => {
      finish();
      callbacks.onEnded('error', 'a fast-forward message from the worker could not be read');
    };
    const message: ToWorker = {
      type: 'start',
      chunkWallMs: stops.chunkWallMs ?? 150,
      init: {
        level: target.level,
        seed: target.seed,
        assets: [...target.assets],
        snapshot: takeSnapshot(target.world),
        streamNames: target.world.rng.names(),
        commandLog: [...target.world.commands.log],
        recorder: target.recorder.exportState(),
        ...(stops.stopAtTick !== undefined ? { stopAtTick: stops.stopAtTick } : {}),
        ...(stops.stopAtTrials !== undefined ? { stopAtTrials: stops.stopAtTrials } : {}),
        stopWhenGoalMet: stops.stopWhenGoalMet === true,
      },
    };
    worker.postMessage(message);
  }

  send(command: SimCommand): void {
    if (!this.worker) return;
    this.sent.push(command);
    this.worker.postMessage({ type: 'command', command } satisfies ToWorker);
  }

  /**
   * Ends fast-forward now: the page's world keeps the last chunk applied (the worker's later steps are
   * dropped) and gets the player commands that chunk did not hold, for its next tick.
   */
  stop(): Promise<void> {
    this.end?.();
    return Promise.resolve();
  }
}
