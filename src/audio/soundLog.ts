/**
 * The test hook: every sound requested from howler is appended to this log, which the test build
 * exposes as `window.__synapticaSoundLog` (src/app/debugHooks.ts)
 * (capped at SOUND_LOG_CAPACITY, oldest dropped), so an end-to-end test can check that the tone,
 * the puff and the songs were requested, e.g.
 *   await page.evaluate(() => window.__synapticaSoundLog.some((e) => e.name === 'tone'))
 * `played` is false when the request was not passed to howler (audio still locked before the
 * player's first key or click, or no audio device); `reason` then says why. Requests dropped as
 * quiet (fast-forward) or rate-limited are not logged.
 */
import type { SoundName } from './soundNames';

export interface SoundLogEntry {
  name: SoundName;
  /** performance.now() when requested (ms). */
  atMs: number;
  caption: string;
  played: boolean;
  reason?: 'locked' | 'no-audio';
}

export const SOUND_LOG_CAPACITY = 500;

declare global {
  interface Window {
    /** Only in the test build (src/app/debugHooks.ts puts the log there). */
    __synapticaSoundLog?: SoundLogEntry[];
  }
}

/** Module-local: the production page has no global for it; the test build's debug hooks expose it. */
const log: SoundLogEntry[] = [];

/** The page's log. */
export function soundLog(): SoundLogEntry[] {
  return log;
}

export function appendSoundLog(entry: SoundLogEntry): void {
  log.push(entry);
  if (log.length > SOUND_LOG_CAPACITY) log.splice(0, log.length - SOUND_LOG_CAPACITY);
}
