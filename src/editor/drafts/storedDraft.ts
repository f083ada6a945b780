/**
 * A saved draft: its name (the level's title when it has one), when it was last changed and the
 * draft itself. What storage gives back is checked before it is trusted: a damaged record becomes
 * a "corrupt" entry of the list, which the page reports (and may delete) without the rest failing.
 */
import type { Draft } from '../applyEdit';

export interface StoredDraft {
  /** Storage key, made once when the draft is first saved. */
  readonly id: string;
  readonly name: string;
  /** Wall-clock time of the last change, ms since 1970 (for "saved 2 minutes ago" and ordering). */
  readonly updatedMs: number;
  readonly draft: Draft;
}

export type DraftListEntry =
  | { readonly kind: 'draft'; readonly record: StoredDraft }
  | { readonly kind: 'corrupt'; readonly id: string; readonly reason: string };

/** What a draft is called in the list. */
export function draftName(draft: Draft): string {
  const title = draft.title;
  return typeof title === 'string' && title.trim().length > 0 ? title.trim().slice(0, 200) : 'Untitled level';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a stored value; `key` is where it was stored (reported when it is damaged). */
export function interpretStoredDraft(key: string, raw: unknown): DraftListEntry {
  if (!isObject(raw)) return { kind: 'corrupt', id: key, reason: 'the saved draft is not a record' };
  const { id, name, updatedMs, draft } = raw;
  if (id !== key) return { kind: 'corrupt', id: key, reason: 'the saved draft does not carry its own key' };
  if (typeof name !== 'string') return { kind: 'corrupt', id: key, reason: 'the saved draft has no name' };
  if (typeof updatedMs !== 'number' || !Number.isFinite(updatedMs)) return { kind: 'corrupt', id: key, reason: 'the saved draft has no valid time' };
  if (!isObject(draft)) return { kind: 'corrupt', id: key, reason: 'the saved draft holds no level data' };
  return { kind: 'draft', record: { id, name, updatedMs, draft } };
}

/** Newest first; damaged entries last. */
export function sortDraftList(entries: readonly DraftListEntry[]): DraftListEntry[] {
  const time = (entry: DraftListEntry) => (entry.kind === 'draft' ? entry.record.updatedMs : -Infinity);
  return [...entries].sort((a, b) => time(b) - time(a));
}

/** A draft's own files (the recordings of a level opened with its files), by the path the level names. */
export type DraftFiles = ReadonlyMap<string, Uint8Array>;

/**
 * Where drafts are kept (IndexedDB on the page, a map in tests). `save` must start its write before it
 * returns (autosave relies on it to survive a reload right after an edit). Removing a draft removes its files.
 */
export interface DraftRepository {
  list(): Promise<DraftListEntry[]>;
  save(record: StoredDraft): Promise<void>;
  remove(id: string): Promise<void>;
  saveFiles(id: string, files: DraftFiles): Promise<void>;
  /** The draft's files; empty when it has none. */
  loadFiles(id: string): Promise<Map<string, Uint8Array>>;
}
