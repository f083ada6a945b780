/**
 * The IndexedDB adapter: one database, one object store, the whole progress record under one key
 * (it is a few KB). Every change is a read-modify-write in ONE readwrite transaction: the record as
 * stored now (another tab may have written since this page read it) is read, the change applied to it,
 * and the result put back. IndexedDB runs readwrite transactions on the same store one at a time in
 * the order they were created, so two tabs' changes both land, in order.
 * Reading validates and migrates what was saved; a record that does not validate is kept aside under
 * another key rather than overwritten, and the page starts from empty progress with a warning.
 * A record saved by a newer build (a higher version) is not corrupt: this page cannot read it but
 * must never write over it, so nothing is written and the store turns read-only (progressStore.ts).
 */
import { committed } from '../storage/idbPromises';
import { parseProgressRecord } from './progressFile';
import { emptyProgress, PROGRESS_VERSION, type Progress } from './progressRecord';
import { t } from '../../i18n/messages';

const DB_NAME = 'synaptica';
const DB_VERSION = 1;
const STORE = 'progress';
const KEY = 'player';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

export interface LoadedProgress {
  progress: Progress;
  /** Set when the saved record could not be read (it is kept under another key), or is newer. */
  warning?: string;
  /** The stored record was saved by a newer build: nothing was written, and `progress` is not it. */
  newer?: boolean;
}

export const NEWER_RECORD_WARNING = 'Your progress was saved by a newer Synaptica; reload this page to update. Nothing is saved here until then.';

/** What a stored value is to this build: a record, one from a newer build, or corrupt (with why). */
export type StoredRecord = { kind: 'record'; progress: Progress } | { kind: 'newer' } | { kind: 'corrupt'; error: string };

export function interpretStored(raw: unknown): StoredRecord {
  if (raw === undefined) return { kind: 'record', progress: emptyProgress() };
  const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) return { kind: 'newer' };
  const parsed = parseProgressRecord(raw);
  return parsed.ok ? { kind: 'record', progress: parsed.progress } : { kind: 'corrupt', error: parsed.error };
}

export class ProgressDb {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(): Promise<ProgressDb> {
    return new ProgressDb(await openDb());
  }

  /**
   * Reads the stored record, applies `change` and writes the result, all in one transaction; resolves
   * with what was written once it is committed. An unreadable stored record is kept aside (warning).
   */
  readModifyWrite(change: (stored: Progress) => Progress): Promise<LoadedProgress> {
    return this.transact(change);
  }

  /** The stored record (validated and migrated), in a transaction ordered after every earlier write. */
  load(): Promise<LoadedProgress> {
    // readwrite: a corrupt record is set aside in the same transaction (a newer one is left alone).
    return this.transact(null);
  }

  private transact(change: ((stored: Progress) => Progress) | null): Promise<LoadedProgress> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    let result: LoadedProgress = { progress: emptyProgress() };
    const get = store.get(KEY);
    // Everything happens in the request's callback, so the transaction stays active until the put.
    get.onsuccess = () => {
      const raw: unknown = get.result;
      const found = interpretStored(raw);
      if (found.kind === 'newer') {
        result = { progress: emptyProgress(), newer: true, warning: NEWER_RECORD_WARNING };
        return; // nothing is written: the transaction commits having only read
      }
      let stored = emptyProgress();
      if (found.kind === 'record') stored = found.progress;
      else {
        const aside = `${KEY}-unreadable-${Date.now()}`;
        store.put(raw, aside);
        // Without a change the empty record is written too, so the unreadable one is not read again.
        store.put(stored, KEY);
        result.warning = t('game.progress.keptAside', { reason: found.error, aside });
      }
      if (change === null) {
        result.progress = stored;
        return;
      }
      const next = change(stored);
      store.put(next, KEY);
      result = { ...result, progress: next };
    };
    return committed(tx).then(() => result);
  }
}
