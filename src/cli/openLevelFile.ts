/**
 * Everything `npm run sim` checks before it simulates a tick, and all that `npm run validate` does:
 * read the file, load it (JSON, sanitizing, migration, schema, references), apply `--set` settings,
 * read the files it refers to relative to it, and spawn it into a world without stepping (synapse
 * probes, WAV contents, connectivity drawn from the seed: what only building the world reveals).
 * Loading and settings stop at their first failing stage (there is no level to go on with); the files
 * and the spawn are checked together, so one run names every problem with them. Sharing this one
 * function is what makes validate accept exactly what sim accepts.
 */
import { readFileSync } from 'node:fs';
import { loadLevel, type LevelError } from '../levels';
import { applyPlayerSetting, parseSetting } from '../levels/playerSettings';
import type { Level } from '../levels/schema/level';
import type { LevelRun } from '../levels/spawn/levelRun';
import { spawnLevel } from '../levels/spawnLevel';
import type { SimWorld } from '../sim/world/world';
import { readLevelAssets } from './readLevelAssets';

export interface OpenLevelFileOptions {
  /** Player settings as written on the command line, "path=value". */
  settings?: readonly string[];
  /** Overrides the level's seed (the spawn draws connectivity from it). */
  seed?: number;
}

export type OpenedLevelFile =
  | { ok: true; level: Level; assets: Map<string, Uint8Array>; spawned: { world: SimWorld; run: LevelRun } }
  | { ok: false; errors: LevelError[] };

export function openLevelFile(file: string, options: OpenLevelFileOptions = {}): OpenedLevelFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }] };
  }
  const loaded = loadLevel(text);
  if (!loaded.ok) return loaded;
  let level = loaded.level;
  for (const setting of options.settings ?? []) {
    const parsed = parseSetting(setting);
    if (!parsed.ok) return parsed;
    const applied = applyPlayerSetting(level, parsed.path, parsed.value);
    if (!applied.ok) return applied;
    level = applied.level;
  }
  const read = readLevelAssets(level, file);
  const spawned = spawnLevel(level, { assets: read.assets, ...(options.seed !== undefined ? { seed: options.seed } : {}) });
  // A file that could not be read is reported once, at its field, not again as "not supplied".
  const unreadable = new Set(read.errors.map((e) => e.path));
  const errors = [...read.errors, ...(spawned.ok ? [] : spawned.errors.filter((e) => !unreadable.has(e.path)))];
  if (errors.length > 0 || !spawned.ok) return { ok: false, errors };
  return { ok: true, level, assets: read.assets, spawned: { world: spawned.world, run: spawned.run } };
}
