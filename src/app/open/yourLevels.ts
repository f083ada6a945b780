/**
 * "Your levels": the levels opened from a file, a paste or a link, kept between visits (with their
 * recordings) in the page's saved data until the player removes them. Each gets
 * its own key, "yours.<level id>", which no built-in level can have (a level id has no "."), so its
 * stars, attempts and predictions are saved apart: a file that reuses a built-in's id can never
 * overwrite that built-in's record. Opening a level with the same id again replaces the entry (a
 * designer's newer version); its saved progress stays under the key. The level menu lists them in
 * their own group, by title. A level read back is checked again as an opened file is (a damaged or
 * newer record is left out and named, never trusted). When storage fails (no IndexedDB in a private
 * window, a full disk) the levels still open and play; `onStorageProblem` says they will not be kept.
 */
import { maxStarsOf } from '../../levels/campaign/stars';
import { loadedLevelFiles, type AssetSource } from '../../levels/loadedLevelFiles';
import type { Level } from '../../levels/schema/level';
import { encodeLevelLink } from '../../levels/share';
import type { LevelEntry } from '../levelCatalog';
import { storageFailureInWords } from '../storage/editorDatabase';
import type { YourLevelsRepository } from '../storage/yourLevelsRepository';
import { openParts } from './levelIntake';
import { t } from '../../i18n/messages';

export const YOUR_LEVELS_GROUP = 'Your levels';
/**
 * Own files (recordings) above this many bytes in all are not tried for the address's link: a link
 * holds about 36 KB of packed bytes and a recording packs 1–3×, so they would not fit anyway, and
 * packing a minute of audio to find that out freezes the page for seconds (measured: 4.7 s for a
 * 5.8 MB recording in Node). Share still tries, when asked.
 */
const MAX_ADDRESS_ASSET_BYTES = 256_000;
const KEY_PREFIX = 'yours.';

/** The page's (and the saved progress's) key for a level opened from outside: never a built-in id. */
export function yourLevelKey(levelId: string): string {
  return `${KEY_PREFIX}${levelId}`;
}

export function isYourLevelKey(id: string): boolean {
  return id.startsWith(KEY_PREFIX);
}

export class YourLevels {
  private readonly entries = new Map<string, LevelEntry>();

  /**
   * `shipped` gives Synaptica's own files ("assets:…"), as for a built-in level; `repository` keeps the
   * levels between visits (null: not kept); `onStorageProblem` shows a storage failure in words.
   */
  constructor(
    private readonly shipped: AssetSource,
    private readonly repository: YourLevelsRepository | null = null,
    private readonly onStorageProblem: (message: string) => void = () => {},
  ) {}

  /** Adds (or replaces) a level with its own files and keeps it for later visits; returns its menu entry. */
  add(level: Level, assets: ReadonlyMap<string, Uint8Array>): LevelEntry {
    const entry = this.addEntry(level, assets);
    this.repository?.save({ key: entry.id, levelText: JSON.stringify(level), files: assets }).catch((error: unknown) => {
      this.onStorageProblem(t('game.yours.notKept', { title: level.title, reason: storageFailureInWords(error) }));
    });
    return entry;
  }

  /** Reads back the levels kept on earlier visits; says in words what could not be (null when all came back). */
  async restore(): Promise<string | null> {
    if (this.repository === null) return null;
    let list;
    try {
      list = await this.repository.list();
    } catch (error) {
      return t('game.yours.notRead', { reason: storageFailureInWords(error) });
    }
    const unreadable = [...list.damaged];
    for (const stored of list.levels) {
      const opened = openParts({ ok: true, levelText: stored.levelText, assets: new Map(stored.files) });
      if (opened.ok && yourLevelKey(opened.level.id) === stored.key) this.addEntry(opened.level, opened.assets);
      else unreadable.push(stored.key);
    }
    if (unreadable.length === 0) return null;
    const names = unreadable.map((key) => `“${key.slice(KEY_PREFIX.length)}”`).join(', ');
    return t('game.yours.someUnreadable', { count: unreadable.length, names });
  }

  /** Removes a level from the menu and from the saved data; resolves with whether it did and what to tell the player. */
  async remove(key: string): Promise<{ removed: boolean; message: string }> {
    const entry = this.entries.get(key);
    if (entry === undefined) return { removed: false, message: t('game.yours.notThere') };
    try {
      await this.repository?.remove(key);
    } catch (error) {
      return { removed: false, message: t('game.yours.notRemoved', { title: entry.title, reason: storageFailureInWords(error) }) };
    }
    this.entries.delete(key);
    return { removed: true, message: t('game.yours.removed', { title: entry.title }) };
  }

  private addEntry(level: Level, assets: ReadonlyMap<string, Uint8Array>): LevelEntry {
    const key = yourLevelKey(level.id);
    let assetBytes = 0;
    for (const bytes of assets.values()) assetBytes += bytes.length;
    // The link is packed when the address first needs it (the level is opened), not for every level
    // read back at boot: packing a level and its recordings is the costly part of restoring them.
    let fragment: string | null | undefined;
    const linkFragment = (): string | null => {
      if (fragment === undefined) {
        const link = assetBytes <= MAX_ADDRESS_ASSET_BYTES ? encodeLevelLink(level, assets) : null;
        fragment = link?.ok ? link.fragment : null;
      }
      return fragment;
    };
    const entry: LevelEntry = {
      id: key,
      title: level.title,
      group: YOUR_LEVELS_GROUP,
      maxStars: maxStarsOf(level.lesson?.stars),
      load: () => Promise.resolve(level),
      assets: loadedLevelFiles(assets, this.shipped),
      get urlFragment() { return linkFragment(); },
    };
    // Re-inserted so the menu lists the newest last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  get(id: string): LevelEntry | undefined {
    return this.entries.get(id);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** The level menu's items for this group, in the order they were opened. */
  menuItems(): Array<{ id: string; title: string; group: string }> {
    return [...this.entries.values()].map(({ id, title, group }) => ({ id, title, group }));
  }
}
