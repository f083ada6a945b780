/**
 * "Your levels" in IndexedDB (editorDatabase.ts): one record per level under its "yours.<id>" key, with
 * the keys of its files, whose bytes are kept once by content (storedFiles.ts). A damaged record or a
 * missing file makes that level "damaged" in the list, never a failure of the whole list.
 */
import { DRAFT_FILES, editorDatabase, FILES, withDatabase, YOUR_LEVELS } from './editorDatabase';
import { committed } from './idbPromises';
import { deleteUnusedFiles, isRefs, keyFiles, putFiles, readFiles, type FileRefs } from './storedFiles';
import { UnavailableYourLevels, type StoredYourLevel, type YourLevelsList, type YourLevelsRepository } from './yourLevelsRepository';

interface YourLevelRecord {
  readonly key: string;
  readonly levelText: string;
  readonly files: FileRefs;
  /** When it was opened, ms since 1970 (the menu lists in that order). */
  readonly openedMs: number;
}

function isRecord(key: string, value: unknown): value is YourLevelRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return r.key === key && typeof r.levelText === 'string' && typeof r.openedMs === 'number' && isRefs(r.files);
}

export class YourLevelsDb implements YourLevelsRepository {
  private constructor() {}

  /** Opens the database once (so a page without storage says so at once); each operation then asks for the live connection. */
  static async open(): Promise<YourLevelsDb> {
    await editorDatabase();
    return new YourLevelsDb();
  }

  list(): Promise<YourLevelsList> {
    return withDatabase((db) => this.listIn(db));
  }

  private listIn(db: IDBDatabase): Promise<YourLevelsList> {
    const tx = db.transaction([YOUR_LEVELS, FILES], 'readonly');
    const found: Array<{ record: YourLevelRecord; files: Map<string, Uint8Array> }> = [];
    const damaged: string[] = [];
    const cursor = tx.objectStore(YOUR_LEVELS).openCursor();
    cursor.onsuccess = () => {
      const current = cursor.result;
      if (current === null) return;
      const key = String(current.key);
      const value: unknown = current.value;
      if (isRecord(key, value)) {
        readFiles(tx.objectStore(FILES), value.files, ({ files, missing }) => {
          if (missing.length === 0) found.push({ record: value, files });
          else damaged.push(key);
        });
      } else damaged.push(key);
      current.continue();
    };
    return committed(tx).then(() => ({
      levels: found.sort((a, b) => a.record.openedMs - b.record.openedMs).map(({ record, files }) => ({ key: record.key, levelText: record.levelText, files })),
      damaged,
    }));
  }

  async save(level: StoredYourLevel): Promise<void> {
    const { refs, byKey } = await keyFiles(level.key, level.files);
    const record: YourLevelRecord = { key: level.key, levelText: level.levelText, files: refs, openedMs: Date.now() };
    return withDatabase((db) => {
      const tx = db.transaction([YOUR_LEVELS, FILES], 'readwrite');
      putFiles(tx.objectStore(FILES), byKey);
      tx.objectStore(YOUR_LEVELS).put(record, level.key);
      return committed(tx);
    });
  }

  remove(key: string): Promise<void> {
    return withDatabase((db) => {
      const tx = db.transaction([YOUR_LEVELS, DRAFT_FILES, FILES], 'readwrite');
      tx.objectStore(YOUR_LEVELS).delete(key);
      deleteUnusedFiles(tx);
      return committed(tx);
    });
  }
}

/** The page's Your-levels storage: IndexedDB, or (when it cannot be opened) one that keeps nothing and says why. */
export async function openYourLevelsRepository(): Promise<YourLevelsRepository> {
  try {
    return await YourLevelsDb.open();
  } catch (error) {
    return new UnavailableYourLevels(error);
  }
}
