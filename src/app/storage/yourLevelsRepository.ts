/**
 * Where "Your levels" are kept between visits: each level opened from a file or link, as its checked
 * level text, with its own files (recordings). The page keeps them in IndexedDB (yourLevelsDb.ts); tests
 * and a browser without IndexedDB keep them in memory (then they last while the page is open, and the
 * page says so).
 */

export interface StoredYourLevel {
  /** "yours.<level id>" (yourLevels.ts). */
  readonly key: string;
  /** The level as JSON text; it is checked again when it is read back, as any opened file is. */
  readonly levelText: string;
  /** Its own files, by the path the level names. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

export interface YourLevelsList {
  /** In the order they were opened. */
  readonly levels: StoredYourLevel[];
  /** Keys of records that could not be read (named in the message the page shows). */
  readonly damaged: string[];
}

export interface YourLevelsRepository {
  list(): Promise<YourLevelsList>;
  /** Keeps a level (replacing one under the same key). */
  save(level: StoredYourLevel): Promise<void>;
  remove(key: string): Promise<void>;
}

export class MemoryYourLevels implements YourLevelsRepository {
  readonly saved = new Map<string, StoredYourLevel>();

  list(): Promise<YourLevelsList> {
    return Promise.resolve({ levels: [...this.saved.values()], damaged: [] });
  }

  save(level: StoredYourLevel): Promise<void> {
    this.saved.delete(level.key);
    this.saved.set(level.key, { ...level, files: new Map([...level.files].map(([path, bytes]) => [path, bytes.slice()])) });
    return Promise.resolve();
  }

  remove(key: string): Promise<void> {
    this.saved.delete(key);
    return Promise.resolve();
  }
}

/** Storage that cannot be opened here (no IndexedDB in a private window): nothing to read back; keeping a level says why not. */
export class UnavailableYourLevels implements YourLevelsRepository {
  constructor(private readonly reason: unknown) {}

  list(): Promise<YourLevelsList> {
    return Promise.resolve({ levels: [], damaged: [] });
  }

  save(): Promise<void> {
    return Promise.reject(this.reason);
  }

  remove(): Promise<void> {
    return Promise.resolve();
  }
}
