/**
 * The IndexedDB database of what a designer brings or makes: the editor's drafts, "Your levels" (the
 * levels opened from files and links) and the files both carry (recordings, kept once by content
 * hash). A database of its own, so the progress database's version never has to move for it. One
 * connection per page, shared; it closes when a newer page upgrades the database, so it never blocks one,
 * and the next operation opens a new one (repositories ask for it per operation, never keep it).
 */

const DB_NAME = 'synaptica-editor';
/** 1: drafts only. 2: their files, Your levels, the shared file store. */
const DB_VERSION = 2;

export const DRAFTS = 'drafts';
/** Draft id → { path: file key } (FileRefs). */
export const DRAFT_FILES = 'draftFiles';
/** File key → bytes. */
export const FILES = 'files';
/** "yours.<level id>" → StoredYourLevelRecord. */
export const YOUR_LEVELS = 'yourLevels';

let connection: Promise<IDBDatabase> | null = null;
/** The connection once open (null before, and after it closed): a write can start in the caller's task. */
let openConnection: IDBDatabase | null = null;

/** How long an upgrade may wait for an older tab to let go of the database before the page says so. */
const BLOCKED_WAIT_MS = 3000;

function openOnce(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') { reject(new Error('this browser does not let the page keep data (as in some private windows)')); return; }
    let gaveUp = false;
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      // Version 1's drafts stay as they are; the stores added later are created empty.
      for (const store of [DRAFTS, DRAFT_FILES, FILES, YOUR_LEVELS]) if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
    };
    request.onsuccess = () => {
      clearTimeout(blockedTimer);
      const db = request.result;
      // Too late: the page already said storage is unavailable (and uses none); do not hold the database.
      if (gaveUp) { db.close(); return; }
      const forget = (): void => { if (openConnection === db) { openConnection = null; connection = null; } };
      db.onversionchange = () => { db.close(); forget(); };
      // The browser closed it (storage cleared, a disk error): the next operation opens it again.
      db.onclose = forget;
      openConnection = db;
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('the saved-data store could not be opened'));
    // An older page in another tab still has the database open: its connection may close in a moment.
    request.onblocked = () => {
      blockedTimer = setTimeout(() => { gaveUp = true; reject(new Error('an older Synaptica page in another tab holds the saved data; close it and reload')); }, BLOCKED_WAIT_MS);
    };
  });
}

/** The shared connection (opened on first use; a failed open is tried again next time). */
export function editorDatabase(): Promise<IDBDatabase> {
  connection ??= openOnce().catch((error: unknown) => { connection = null; throw error; });
  return connection;
}

/**
 * Runs `operation` on the database: at once, in the caller's task, when the connection is open (so an
 * autosave write starts before a reload can cut it off), else once it is (re)opened. A connection the
 * browser is closing throws InvalidStateError: it is forgotten, and the operation tried once on a new one.
 */
export function withDatabase<T>(operation: (db: IDBDatabase) => Promise<T>): Promise<T> {
  const attempt = (db: IDBDatabase): Promise<T> => operation(db);
  const retryOnClosed = (error: unknown): Promise<T> => {
    if (!isClosedConnection(error)) throw error;
    openConnection = null;
    connection = null;
    return editorDatabase().then(attempt);
  };
  if (openConnection !== null) {
    try {
      return attempt(openConnection).catch(retryOnClosed);
    } catch (error) {
      return retryOnClosed(error);
    }
  }
  return editorDatabase().then(attempt);
}

function isClosedConnection(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'InvalidStateError';
}

/** Words for a storage failure: a full disk is said as such. */
export function storageFailureInWords(error: unknown): string {
  if (isClosedConnection(error)) return 'the saved data was closed (a newer Synaptica page in another tab may have updated it); reload this page';
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'the browser has no room left for saved data (free some space, or delete old drafts and levels)';
  return error instanceof Error ? error.message : String(error);
}
