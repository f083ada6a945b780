/**
 * The editor's drafts in IndexedDB (src/app/storage/editorDatabase.ts): one record per draft under its
 * id, and the draft's own files (the recordings of a level opened with its files) under the same id,
 * their bytes kept once by content (storedFiles.ts). Listing reads every record and checks each one
 * (src/editor/drafts/storedDraft.ts): a damaged record is listed as damaged, never thrown, so one bad
 * entry cannot hide the others. `save` issues its write before it returns and asks for an early commit:
 * autosave calls it in the same task as the edit, so a reload right after cannot lose the edit.
 */
import { interpretStoredDraft, sortDraftList, type DraftFiles, type DraftListEntry, type DraftRepository, type StoredDraft } from '../../editor/drafts/storedDraft';
import { DRAFT_FILES, DRAFTS, editorDatabase, FILES, withDatabase, YOUR_LEVELS } from '../storage/editorDatabase';
import { commitNow, committed } from '../storage/idbPromises';
import { deleteUnusedFiles, keyFiles, putFiles, readFiles, refsOf, type FileRefs } from '../storage/storedFiles';

export class EditorDraftDb implements DraftRepository {
  private constructor() {}

  /** Opens the database once (so a page without storage says so at once); each operation then asks for the live connection. */
  static async open(): Promise<EditorDraftDb> {
    await editorDatabase();
    return new EditorDraftDb();
  }

  list(): Promise<DraftListEntry[]> {
    return withDatabase((db) => this.listIn(db));
  }

  private listIn(db: IDBDatabase): Promise<DraftListEntry[]> {
    const tx = db.transaction(DRAFTS, 'readonly');
    const entries: DraftListEntry[] = [];
    const cursor = tx.objectStore(DRAFTS).openCursor();
    cursor.onsuccess = () => {
      const current = cursor.result;
      if (current === null) return;
      entries.push(interpretStoredDraft(String(current.key), current.value));
      current.continue();
    };
    return committed(tx).then(() => sortDraftList(entries));
  }

  save(record: StoredDraft): Promise<void> {
    return withDatabase((db) => {
      const tx = db.transaction(DRAFTS, 'readwrite');
      tx.objectStore(DRAFTS).put(record, record.id);
      const done = committed(tx);
      commitNow(tx);
      return done;
    });
  }

  remove(id: string): Promise<void> {
    return withDatabase((db) => {
      const tx = db.transaction([DRAFTS, DRAFT_FILES, FILES, YOUR_LEVELS], 'readwrite');
      tx.objectStore(DRAFTS).delete(id);
      tx.objectStore(DRAFT_FILES).delete(id);
      deleteUnusedFiles(tx);
      return committed(tx);
    });
  }

  async saveFiles(id: string, files: DraftFiles): Promise<void> {
    const { refs, byKey } = await keyFiles(`draft:${id}`, files);
    return withDatabase((db) => this.writeFiles(db, id, refs, byKey));
  }

  private writeFiles(db: IDBDatabase, id: string, refs: FileRefs, byKey: ReadonlyMap<string, Uint8Array>): Promise<void> {
    const tx = db.transaction([DRAFT_FILES, FILES], 'readwrite');
    putFiles(tx.objectStore(FILES), byKey);
    tx.objectStore(DRAFT_FILES).put(refs, id);
    return committed(tx);
  }

  loadFiles(id: string): Promise<Map<string, Uint8Array>> {
    return withDatabase((db) => this.readFilesIn(db, id));
  }

  private readFilesIn(db: IDBDatabase, id: string): Promise<Map<string, Uint8Array>> {
    const tx = db.transaction([DRAFT_FILES, FILES], 'readonly');
    const refsRequest = tx.objectStore(DRAFT_FILES).get(id);
    let loaded: { files: Map<string, Uint8Array>; missing: string[] } = { files: new Map(), missing: [] };
    refsRequest.onsuccess = () => readFiles(tx.objectStore(FILES), refsOf(refsRequest.result), (result) => { loaded = result; });
    return committed(tx).then(() => {
      if (loaded.missing.length > 0) throw new Error(`the draft's saved recordings ${loaded.missing.map((p) => `“${p}”`).join(', ')} are missing`);
      return loaded.files;
    });
  }
}
