/**
 * Runs the editor's quick check in a worker: the files the draft names are fetched here (as Play
 * fetches them), then one worker runs it and is ended. A new check supersedes the one before: that
 * one's worker is ended and its promise settles as superseded (the panel shows the newer check, not
 * an error), also when the older check is still fetching files, so an older check can never end a
 * newer one's worker or report after it.
 */
import { levelAssets } from '../../levels/levelAssets';
import { loadLevel } from '../../levels/loadLevel';
import { SUPERSEDED_CHECK, type QuickCheckResult } from '../../editor/quickCheck';
import { fetchLevelAsset } from '../levelAssetFetch';
import type { QuickCheckRequest } from './quickCheckWorker';
import type { AssetSource } from '../../levels/loadedLevelFiles';

interface RunningCheck {
  readonly worker: Worker;
  readonly settle: (result: QuickCheckResult) => void;
}

/** The newest check's number: an older check that wakes from fetching files sees it was superseded. */
let newestCheck = 0;
let running: RunningCheck | null = null;

function supersedeRunning(): void {
  const previous = running;
  running = null;
  if (previous === null) return;
  previous.worker.terminate();
  previous.settle(SUPERSEDED_CHECK);
}

/** `files` gives the recordings the draft names (the page's own by default). */
export async function runQuickCheckInWorker(draft: unknown, trials: number, files: AssetSource = fetchLevelAsset): Promise<QuickCheckResult> {
  const check = ++newestCheck;
  supersedeRunning();
  const loaded = loadLevel(draft);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const assets = new Map<string, Uint8Array>();
  for (const asset of levelAssets(loaded.level)) {
    if (!assets.has(asset.path)) {
      try {
        assets.set(asset.path, await files(asset.path));
      } catch (error) {
        // A superseded check's failed fetch must not show over the newer check's status.
        if (check !== newestCheck) return SUPERSEDED_CHECK;
        throw error;
      }
    }
    if (check !== newestCheck) return SUPERSEDED_CHECK;
  }
  if (check !== newestCheck) return SUPERSEDED_CHECK;
  const worker = new Worker(new URL('./quickCheckWorker.ts', import.meta.url), { type: 'module', name: 'synaptica-quick-check' });
  return new Promise<QuickCheckResult>((resolve, reject) => {
    const self: RunningCheck = { worker, settle: resolve };
    running = self;
    const finish = (): void => { worker.terminate(); if (running === self) running = null; };
    worker.onmessage = (event: MessageEvent<QuickCheckResult>) => { finish(); resolve(event.data); };
    worker.onerror = (event) => { finish(); reject(new Error(event.message || 'the check worker failed')); };
    worker.onmessageerror = () => { finish(); reject(new Error('the check worker sent a result the page could not read')); };
    worker.postMessage({ draft, trials, assets } satisfies QuickCheckRequest);
  });
}
