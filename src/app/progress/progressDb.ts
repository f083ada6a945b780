/**
 * The IndexedDB adapter: one database, one object store, the whole progress record under one key
 * (it is a few KB; one put per change keeps it consistent without transactions across keys).
 * Reading validates and migrates what was saved; a record that does not validate is kept aside under
 * another key rather than overwritten, and the page starts from empty progress with a warning.
 */
import { parseProgressRecord } from './progressFile';
import { emptyProgress, type Progress } from './progressRecord';

const DB_NAME = 'synaptica';
const DB_VERSION = 1;
const STORE = 'progress';
const KEY = 'player';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

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
  /** Set when the saved record could not be read (it is kept under another key). */
  warning?: string;
}

export class ProgressDb {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(): Promise<ProgressDb> {
    return new ProgressDb(await openDb());
  }

  async load(): Promise<LoadedProgress> {
    const tx = this.db.transaction(STORE, 'readonly');
    const raw: unknown = await request(tx.objectStore(STORE).get(KEY));
    if (raw === undefined) return { progress: emptyProgress() };
    const parsed = parseProgressRecord(raw);
    if (parsed.ok) return { progress: parsed.progress };
    const aside = `${KEY}-unreadable-${Date.now()}`;
    const put = this.db.transaction(STORE, 'readwrite');
    await request(put.objectStore(STORE).put(raw, aside));
    return { progress: emptyProgress(), warning: `Saved progress could not be read (${parsed.error}); it was kept aside as "${aside}" and a new record was started.` };
  }

  async save(progress: Progress): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    await request(tx.objectStore(STORE).put(progress, KEY));
  }
}
