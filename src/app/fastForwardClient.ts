/**
 * The page's side of fast-forward: starts the worker with the page world's snapshot, command log and
 * recorder state, and applies each chunk the worker posts back into that same world (applyChunk), so
 * every view keeps drawing the one main-thread world. While it runs, the page does not step its world;
 * player commands go to the worker. stop() resolves after the last chunk has been applied.
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
  private stopped: (() => void) | null = null;

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
    const finish = (): void => {
      worker.terminate();
      if (this.worker === worker) this.worker = null;
      this.prewarm();
      const resolve = this.stopped;
      this.stopped = null;
      resolve?.();
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'error') {
        finish();
        callbacks.onEnded('error', message.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; '));
        return;
      }
      applyChunk(target.world, target.recorder, message.chunk);
      callbacks.onChunk(message.chunk);
      if (message.type === 'stopped') {
        const byItself = this.stopped === null;
        finish();
        if (byItself && message.chunk.finished) callbacks.onEnded(message.chunk.finished);
      }
    };
    worker.onerror = (event) => {
      finish();
      callbacks.onEnded('error', event.message);
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
    this.worker?.postMessage({ type: 'command', command } satisfies ToWorker);
  }

  /** Asks the worker for its last chunk; resolves once it is applied (at once when not running). */
  stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return Promise.resolve();
    return new Promise((resolve) => {
      const previous = this.stopped;
      this.stopped = () => { previous?.(); resolve(); };
      worker.postMessage({ type: 'stop' } satisfies ToWorker);
    });
  }
}
