/**
 * The editor's drafts in IndexedDB: a database of its own (so the progress database's version never
 * has to move for it), one object store, one record per draft under its id. Listing reads every
 * record and checks each one (src/editor/drafts/storedDraft.ts): a damaged record is listed as
 * damaged, never thrown, so one bad entry cannot hide the others.
 */
import { interpretStoredDraft, sortDraftList, type DraftListEntry, type DraftRepository, type StoredDraft } from '../../editor/drafts/storedDraft';

const DB_NAME = 'synaptica-editor';
const DB_VERSION = 1;
const STORE = 'drafts';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function completion<T>(tx: IDBTransaction, value: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve(value());
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction was aborted'));
  });
}

export class EditorDraftDb implements DraftRepository {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(): Promise<EditorDraftDb> {
    return new EditorDraftDb(await openDb());
  }

  list(): Promise<DraftListEntry[]> {
    const tx = this.db.transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const entries: DraftListEntry[] = [];
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const current = cursor.result;
      if (current === null) return;
      entries.push(interpretStoredDraft(String(current.key), current.value));
      current.continue();
    };
    return completion(tx, () => sortDraftList(entries));
  }

  save(record: StoredDraft): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(record, record.id);
    return completion(tx, () => undefined);
  }

  remove(id: string): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).delete(id);
    return completion(tx, () => undefined);
  }
}
