/// <reference lib="webworker" />
/**
 * One replay per message in a Web Worker (the class view keeps a pool of these): the level data, the
 * recorded run and the files the level needs in; the replay's outcome out, with progress meanwhile.
 */
import '../zodWithoutEval';
import { loadLevel } from '../../levels/loadLevel';
import { replayRun, type ReplayOutcome } from '../../levels/results/replayRun';
import type { ReplayInput } from '../../levels/results/replayRun';

declare const self: DedicatedWorkerGlobalScope;

export interface ReplayRequest {
  readonly level: unknown;
  readonly run: ReplayInput;
  readonly assets: ReadonlyMap<string, Uint8Array>;
}

export type ReplayReply = { type: 'progress'; ticks: number } | { type: 'done'; outcome: ReplayOutcome };

self.onmessage = (event: MessageEvent<ReplayRequest>) => {
  const { level, run, assets } = event.data;
  let outcome: ReplayOutcome;
  try {
    const loaded = loadLevel(level);
    outcome = loaded.ok
      ? replayRun(loaded.level, run, assets, (ticks) => self.postMessage({ type: 'progress', ticks } satisfies ReplayReply))
      : { ok: false, problem: 'spawn', detail: loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ').slice(0, 300) };
  } catch (error) {
    outcome = { ok: false, problem: 'spawn', detail: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage({ type: 'done', outcome } satisfies ReplayReply);
};
