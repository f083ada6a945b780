/// <reference lib="webworker" />
/**
 * The editor's quick check in a Web Worker: one message in (the draft, the trials, the files it
 * needs), one result out, so a check of thousands of trials never blocks the page.
 */
import '../zodWithoutEval';
import { runQuickCheck, type QuickCheckOutcome } from '../../editor/quickCheck';

declare const self: DedicatedWorkerGlobalScope;

export interface QuickCheckRequest {
  readonly draft: unknown;
  readonly trials: number;
  readonly assets: ReadonlyMap<string, Uint8Array>;
}

self.onmessage = (event: MessageEvent<QuickCheckRequest>) => {
  const { draft, trials, assets } = event.data;
  let result: QuickCheckOutcome;
  try {
    result = runQuickCheck(draft, trials, assets);
  } catch (error) {
    result = { ok: false, errors: [{ path: '', message: error instanceof Error ? error.message : String(error) }] };
  }
  self.postMessage(result);
};
