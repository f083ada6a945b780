/**
 * The test hook: every sound requested from howler is appended to `window.__synapticaSoundLog`
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
    __synapticaSoundLog?: SoundLogEntry[];
  }
}

/** The page's log (created on first use); outside a browser a module-local array. */
export function soundLog(): SoundLogEntry[] {
  const host = (typeof window !== 'undefined' ? window : globalThis) as { __synapticaSoundLog?: SoundLogEntry[] };
  host.__synapticaSoundLog ??= [];
  return host.__synapticaSoundLog;
}

export function appendSoundLog(entry: SoundLogEntry): void {
  const log = soundLog();
  log.push(entry);
  if (log.length > SOUND_LOG_CAPACITY) log.splice(0, log.length - SOUND_LOG_CAPACITY);
}
