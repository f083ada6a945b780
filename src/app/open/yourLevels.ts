/**
 * "Your levels": the levels opened from a file, a paste or a link while the page is open. Each gets
 * its own key, "yours.<level id>", which no built-in level can have (a level id has no "."), so its
 * stars, attempts and predictions are saved apart: a file that reuses a built-in's id can never
 * overwrite that built-in's record. Opening a level with the same id again replaces the entry (a
 * designer's newer version); its saved progress stays under the key. The level menu lists them in
 * their own group, by title.
 */
import { maxStarsOf } from '../../levels/campaign/stars';
import { loadedLevelFiles, type AssetSource } from '../../levels/loadedLevelFiles';
import type { Level } from '../../levels/schema/level';
import { encodeLevelLink } from '../../levels/share';
import type { LevelEntry } from '../levelCatalog';

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

  /** `shipped` gives Synaptica's own files ("assets:…"), as for a built-in level. */
  constructor(private readonly shipped: AssetSource) {}

  /** Adds (or replaces) a level with its own files; returns its menu entry. */
  add(level: Level, assets: ReadonlyMap<string, Uint8Array>): LevelEntry {
    const key = yourLevelKey(level.id);
    let assetBytes = 0;
    for (const bytes of assets.values()) assetBytes += bytes.length;
    const link = assetBytes <= MAX_ADDRESS_ASSET_BYTES ? encodeLevelLink(level, assets) : null;
    const entry: LevelEntry = {
      id: key,
      title: level.title,
      group: YOUR_LEVELS_GROUP,
      maxStars: maxStarsOf(level.lesson?.stars),
      load: () => Promise.resolve(level),
      assets: loadedLevelFiles(assets, this.shipped),
      urlFragment: link?.ok ? link.fragment : null,
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
