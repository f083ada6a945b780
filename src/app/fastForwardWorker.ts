/// <reference lib="webworker" />
/**
 * The fast-forward Web Worker: message glue around FastForwardRunner (fastForwardCore.ts). It steps
 * for chunkWallMs of wall time, posts a chunk (snapshot buffers transferred, not copied), yields to
 * its event loop so commands get in, and goes on until the run finishes (the page stops it by ending
 * the worker: FastForwardClient.stop).
 */
import { FastForwardRunner, transferablesOf, type FastForwardChunk } from './fastForwardCore';
import type { FromWorker, ToWorker } from './fastForwardMessages';

declare const self: DedicatedWorkerGlobalScope;

let runner: FastForwardRunner | null = null;
let chunkWallMs = 150;

function post(message: FromWorker, chunk: FastForwardChunk): void {
  self.postMessage(message, transferablesOf(chunk));
}

function loop(): void {
  if (!runner) return;
  runner.run(chunkWallMs, () => performance.now());
  const chunk = runner.takeChunk();
  if (runner.isFinished) {
    post({ type: 'stopped', chunk }, chunk);
    runner = null;
    return;
  }
  post({ type: 'chunk', chunk }, chunk);
  setTimeout(loop, 0);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'start') {
    const created = FastForwardRunner.create(message.init);
    if (!created.ok) {
      self.postMessage({ type: 'error', errors: created.errors } satisfies FromWorker);
      return;
    }
    runner = created.runner;
    chunkWallMs = message.chunkWallMs;
    setTimeout(loop, 0);
  } else if (message.type === 'command') {
    runner?.send(message.command);
  }
};
