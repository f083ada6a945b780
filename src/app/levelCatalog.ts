import { maxStarsOf } from '../levels/campaign/stars';
import { CIRCUITS } from '../circuits/registry';
import type { AssetSource } from '../levels/loadedLevelFiles';
import { localizedBuiltInLevel } from './levelLanguage';
/** One level the page can open (built-in, or opened from a file or link); `load` gives its data (text or the parsed file) for loadLevel. */
export interface LevelEntry {
  readonly id: string;
  readonly title: string;
  readonly group: LevelGroup;
  /** The most stars the level gives (its best star tier; 1 without tiers). */
  readonly maxStars: number;
  readonly load: () => Promise<unknown>;
  /** Where its files come from (absent: the built-in levels' served files). */
  readonly assets?: AssetSource;
  /** A level opened from a file or link: the URL fragment ("level=…") that reopens it, or null when it is too large for one. */
  readonly urlFragment?: string | null;
}

/** The level menu's groups, in menu order: learning networks, each circuit kind's group (registry order), other networks. */
export const LEVEL_GROUPS: readonly string[] = ['Plasticity', ...new Set(CIRCUITS.map((d) => d.catalogGroup)), 'Networks'];
export type LevelGroup = string;

/** What the menu needs of a level file. */
export interface LevelMeta {
  readonly title?: unknown;
  readonly circuits?: unknown;
  readonly projections?: unknown;
  readonly lesson?: { readonly stars?: unknown };
}

// The level files are small (2–13 KB each, ~25 KB gzipped together), so they are bundled parsed:
// the menu has every title at once, with no fetch before it is usable. The campaign manifest is not a
// level (campaignCatalog.ts reads it). Each is handed out in the page's language (levelLanguage.ts),
// so the menu's title and the opened level agree.
const levelData = import.meta.glob<LevelMeta>(['../../levels/*.json', '!../../levels/*.schema.json', '!../../levels/campaign.json'], { eager: true, import: 'default' });
const levelFiles = Object.fromEntries(Object.entries(levelData).map(([path, data]) => [path, () => Promise.resolve<unknown>(localizedBuiltInLevel(idOfPath(path), data))]));

function idOfPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

function builtInMeta(path: string): LevelMeta {
  const data = levelData[path];
  return data === undefined ? {} : (localizedBuiltInLevel(idOfPath(path), data) as LevelMeta);
}

/** The menu group of a level: its circuit's group (the first kind in registry order), else Plasticity when a projection learns, else Networks. */
export function groupOf(meta: LevelMeta): LevelGroup {
  const kinds = Array.isArray(meta.circuits) ? meta.circuits.map((c: { kind?: unknown }) => c?.kind) : [];
  const circuit = CIRCUITS.find((d) => kinds.includes(d.kind));
  if (circuit) return circuit.catalogGroup;
  const learns = Array.isArray(meta.projections) && meta.projections.some((p: { plasticity?: unknown }) => p?.plasticity !== undefined && p?.plasticity !== null);
  return learns ? 'Plasticity' : 'Networks';
}

/** The built-in levels, sorted by id (the file name without `.json`); the JSON Schema file is skipped. */
export function listLevels(
  files: Record<string, () => Promise<unknown>> = levelFiles,
  metaOf: (path: string) => LevelMeta = builtInMeta,
): LevelEntry[] {
  return Object.entries(files)
    .map(([path, load]) => {
      const id = idOfPath(path);
      const meta = metaOf(path);
      return { id, title: typeof meta.title === 'string' ? meta.title : id, group: groupOf(meta), maxStars: maxStarsOf(meta.lesson?.stars), load };
    })
    .filter((entry) => entry.id !== 'level.schema' && !entry.id.endsWith('.schema'))
    .sort((a, b) => a.id.localeCompare(b.id));
}
