/**
 * The journal: when the page is hidden or closed (pagehide, visibilitychange to hidden) while a change
 * is not yet committed to IndexedDB, the effects of those changes (progressEffect.ts: only what they
 * did, not the page's whole record) are written to localStorage, which is synchronous and so survives
 * a tab closed mid-transaction. The next page to open merges them into the stored record (idempotent,
 * so a journal whose changes did land is harmless) and removes the journal if no tab added to it since.
 *
 * Settings: the write often commits after all while the journal stays, and another tab may choose a
 * setting after that. So every settings change stamps a counter in localStorage, the journal carries
 * the stamp of its newest settings change, and its settings are applied only when no tab has changed
 * a setting since (else the stored record, which holds the later choice, wins).
 */
import { mergeProgress } from './progressMerge';
import { parseProgressRecord } from './progressFile';
import type { Progress } from './progressRecord';

const JOURNAL_KEY = 'synaptica-progress-journal';
const SETTINGS_STAMP_KEY = 'synaptica-settings-changed';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // a sandboxed frame or a browser that refuses storage throws on access
  }
}

export interface Journal {
  /** The journal's text as read, so it is removed only if it still holds exactly this. */
  readonly text: string;
  readonly effects: Progress;
  /** The stamp of its newest settings change; null when it chose none (or an older page wrote it). */
  readonly settingsStamp: number | null;
}

function latestSettingsStamp(): number {
  const n = Number(storage()?.getItem(SETTINGS_STAMP_KEY) ?? 0);
  return Number.isFinite(n) ? n : 0;
}

/** Called when the player changes a setting; returns the change's stamp (larger than every earlier one). */
export function stampSettingsChange(): number {
  const stamp = Math.max(Date.now(), latestSettingsStamp() + 1);
  try {
    storage()?.setItem(SETTINGS_STAMP_KEY, String(stamp));
  } catch {
    // quota: the stamp only decides between a journal's settings and a later choice
  }
  return stamp;
}

/** The journal a page left, or null. */
export function readJournal(): Journal | null {
  const text = storage()?.getItem(JOURNAL_KEY);
  if (!text) return null;
  try {
    const raw: unknown = JSON.parse(text);
    const isEffects = typeof raw === 'object' && raw !== null && 'effects' in raw;
    // An older page journaled its whole record: its settings may be stale, so only what it earned counts.
    const parsed = parseProgressRecord(isEffects ? (raw as { effects: unknown }).effects : raw);
    if (!parsed.ok) return null;
    const stamp = isEffects ? (raw as { settingsStamp?: unknown }).settingsStamp : null;
    return { text, effects: parsed.progress, settingsStamp: typeof stamp === 'number' ? stamp : null };
  } catch {
    return null;
  }
}

/** What merging the journal adds: its effects, without its settings when a setting was chosen since. */
export function journalEffects(journal: Journal): Progress {
  const current = journal.settingsStamp !== null && journal.settingsStamp >= latestSettingsStamp();
  return current ? journal.effects : { ...journal.effects, settings: {} };
}

/** Writes effects into the journal, merged with any journal another tab left; returns the text written. */
export function writeJournal(effects: Progress, settingsStamp: number | null): string | null {
  const previous = readJournal();
  let merged = { effects, settingsStamp };
  if (previous) {
    const oursNewer = (settingsStamp ?? 0) >= (previous.settingsStamp ?? 0);
    const settingsFrom = oursNewer ? 'incoming' : 'base';
    const stamp = Math.max(settingsStamp ?? 0, previous.settingsStamp ?? 0);
    merged = { effects: mergeProgress(previous.effects, effects, settingsFrom), settingsStamp: stamp > 0 ? stamp : null };
  }
  const text = JSON.stringify(merged);
  try {
    storage()?.setItem(JOURNAL_KEY, text);
    return text;
  } catch {
    return null; // quota: nothing more can be done while the page goes away
  }
}

/** Removes the journal only when it still holds exactly `ifText` (no other tab added to it since). */
export function clearJournal(ifText: string): void {
  const s = storage();
  if (s && s.getItem(JOURNAL_KEY) === ifText) s.removeItem(JOURNAL_KEY);
}
