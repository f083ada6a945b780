/** One built-in level file; `load` fetches its text lazily (one chunk per level in the build). */
export interface LevelEntry {
  readonly id: string;
  readonly load: () => Promise<string>;
}

const levelFiles = import.meta.glob<string>('../../levels/*.json', { query: '?raw', import: 'default' });

/** The built-in levels, sorted by id (the file name without `.json`); the JSON Schema file is skipped. */
export function listLevels(files: Record<string, () => Promise<string>> = levelFiles): LevelEntry[] {
  return Object.entries(files)
    .map(([path, load]) => ({ id: path.replace(/^.*\//, '').replace(/\.json$/, ''), load }))
    .filter((entry) => entry.id !== 'level.schema' && !entry.id.endsWith('.schema'))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface LevelChoice {
  id: string;
  /** Set when the URL asked for a level that does not exist. */
  warning?: string;
}

/** Picks the level named by `?level=<id>` if it exists, else the first level (with a warning if one was asked for). */
export function chooseLevel(search: string, ids: readonly string[]): LevelChoice | null {
  if (ids.length === 0) return null;
  const asked = new URLSearchParams(search).get('level');
  if (asked === null || asked === '') return { id: ids[0] };
  if (ids.includes(asked)) return { id: asked };
  return { id: ids[0], warning: `There is no level "${asked}"; showing "${ids[0]}" instead.` };
}
