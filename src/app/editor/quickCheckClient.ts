/**
 * Runs the editor's quick check in a worker: the files the draft names are fetched here (as Play
 * fetches them), then one worker runs it and is ended. A new check ends the one before.
 */
import { levelAssets } from '../../levels/levelAssets';
import { loadLevel } from '../../levels/loadLevel';
import type { QuickCheckResult } from '../../editor/quickCheck';
import { fetchLevelAsset } from '../levelAssetFetch';
import type { QuickCheckRequest } from './quickCheckWorker';
import type { AssetSource } from '../../levels/loadedLevelFiles';

let running: Worker | null = null;

/** `files` gives the recordings the draft names (the page's own by default). */
export async function runQuickCheckInWorker(draft: unknown, trials: number, files: AssetSource = fetchLevelAsset): Promise<QuickCheckResult> {
  const loaded = loadLevel(draft);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const assets = new Map<string, Uint8Array>();
  for (const asset of levelAssets(loaded.level)) {
    if (!assets.has(asset.path)) assets.set(asset.path, await files(asset.path));
  }
  running?.terminate();
  const worker = new Worker(new URL('./quickCheckWorker.ts', import.meta.url), { type: 'module', name: 'synaptica-quick-check' });
  running = worker;
  return new Promise<QuickCheckResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<QuickCheckResult>) => { worker.terminate(); if (running === worker) running = null; resolve(event.data); };
    worker.onerror = (event) => { worker.terminate(); if (running === worker) running = null; reject(new Error(event.message || 'the check worker failed')); };
    worker.postMessage({ draft, trials, assets } satisfies QuickCheckRequest);
  });
}
