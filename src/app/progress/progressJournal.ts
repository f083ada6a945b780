/**
 * The journal: when the page is hidden or closed (pagehide, visibilitychange to hidden) while a change
 * is not yet committed to IndexedDB, the page's whole record is written to localStorage, which is
 * synchronous and so survives a tab closed mid-transaction. The next page to open merges it into the
 * stored record (progressMerge.ts: idempotent, so a journal whose changes did land is harmless) and
 * removes it. Settings in the journal win: they were the player's last choice in the closing tab.
 */
import { mergeProgress } from './progressMerge';
import { parseProgressRecord } from './progressFile';
import type { Progress } from './progressRecord';

const JOURNAL_KEY = 'synaptica-progress-journal';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // a sandboxed frame or a browser that refuses storage throws on access
  }
}

/** The journal left by a page that closed with unsaved changes, or null. */
export function readJournal(): Progress | null {
  const text = storage()?.getItem(JOURNAL_KEY);
  if (!text) return null;
  try {
    const parsed = parseProgressRecord(JSON.parse(text));
    return parsed.ok ? parsed.progress : null;
  } catch {
    return null;
  }
}

/** Writes `progress` into the journal, merged with any journal another tab left; returns the text written. */
export function writeJournal(progress: Progress): string | null {
  const previous = readJournal();
  const text = JSON.stringify(previous ? mergeProgress(previous, progress, 'incoming') : progress);
  try {
    storage()?.setItem(JOURNAL_KEY, text);
    return text;
  } catch {
    return null; // quota: nothing more can be done while the page goes away
  }
}

/** Removes the journal; with `ifText`, only when it still holds exactly that (no other tab added to it). */
export function clearJournal(ifText?: string): void {
  const s = storage();
  if (!s) return;
  if (ifText === undefined || s.getItem(JOURNAL_KEY) === ifText) s.removeItem(JOURNAL_KEY);
}
