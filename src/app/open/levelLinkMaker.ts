/**
 * A level's link ("level=…" fragment), made without blocking the page: files that certainly cannot
 * fit are refused at once (linkBudget.ts, a few ms), and the packing itself runs in a worker
 * (linkWorker.ts). Where the page cannot start a worker, it packs here, as before.
 */
import { encodeLevelLink, filesCertainlyExceed } from '../../levels/share';
import type { LinkRequest, LinkResult } from './linkWorker';

/** Packs `level` and `assets` into a link's fragment, off the page's thread. */
export function makeLevelLink(level: unknown, assets: ReadonlyMap<string, Uint8Array>): Promise<LinkResult> {
  // The quick refusal (encodeLevelLink makes the same check first) needs no worker: say it at once.
  if (assets.size > 0 && filesCertainlyExceed(assets.values())) return Promise.resolve(encodeLevelLink(level, assets));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./linkWorker.ts', import.meta.url), { type: 'module', name: 'synaptica-level-link' });
  } catch {
    return Promise.resolve(encodeLevelLink(level, assets));
  }
  return new Promise<LinkResult>((resolve) => {
    worker.onmessage = (event: MessageEvent<LinkResult>) => { worker.terminate(); resolve(event.data); };
    // A worker that fails (or whose answer cannot be read) still gives an answer: the page packs it itself.
    worker.onerror = () => { worker.terminate(); resolve(encodeLevelLink(level, assets)); };
    worker.onmessageerror = () => { worker.terminate(); resolve(encodeLevelLink(level, assets)); };
    worker.postMessage({ level, assets } satisfies LinkRequest);
  });
}
