/**
 * The last step of opening a file or link: the level's text goes through loadLevel (sanitizing,
 * migrations, the schema, cross-references; every problem by field path), then each file the level
 * names by a path of its own folder must have come with it and be a readable recording. A problem
 * with a file is reported at the level field that names it (`circuits[0].tutor.wav: …`). Files the
 * bundle holds that the level does not name are dropped. "assets:" files ship with Synaptica: the
 * caller fetches them as it does for a built-in level.
 */
import { decodeWav } from '../../circuits/plugin/wav';
import { formatPath, type LevelError } from '../errors';
import { isAssetsRootPath } from '../assetLocation';
import { levelAssets } from '../levelAssets';
import { loadLevel } from '../loadLevel';
import type { Level } from '../schema/level';
import type { SharedLevelParts } from './levelBundle';
import type { ShareResult } from './shareResult';

export type OpenedLevel = ShareResult<{ level: Level; assets: ReadonlyMap<string, Uint8Array>; migratedFrom?: number }>;

export function openSharedLevel(parts: SharedLevelParts): OpenedLevel {
  const loaded = loadLevel(parts.levelText);
  if (!loaded.ok) return loaded;
  const errors: LevelError[] = [];
  const assets = new Map<string, Uint8Array>();
  for (const asset of levelAssets(loaded.level)) {
    if (isAssetsRootPath(asset.path)) continue;
    const path = formatPath(asset.field);
    const bytes = parts.assets.get(asset.path);
    if (bytes === undefined) {
      errors.push({ path, message: `names the file "${asset.path}", which did not come with the level (open the level's .zip bundle, which holds it)` });
      continue;
    }
    const wav = decodeWav(bytes);
    if (!wav.ok) { errors.push({ path, message: `"${asset.path}" is not a recording Synaptica can read: ${wav.error}` }); continue; }
    assets.set(asset.path, bytes);
  }
  if (errors.length > 0) return { ok: false, errors };
  return loaded.migratedFrom === undefined
    ? { ok: true, level: loaded.level, assets }
    : { ok: true, level: loaded.level, assets, migratedFrom: loaded.migratedFrom };
}

/**
 * The files of `level` that must travel with it (paths in its own folder, not "assets:"), taken from
 * `assets` (keyed as the level writes the path: a session's or an editor's files).
 */
export function assetsToShare(level: Level, assets: ReadonlyMap<string, Uint8Array>): ShareResult<{ assets: Map<string, Uint8Array> }> {
  const out = new Map<string, Uint8Array>();
  const errors: LevelError[] = [];
  for (const asset of levelAssets(level)) {
    if (isAssetsRootPath(asset.path) || out.has(asset.path)) continue;
    const bytes = assets.get(asset.path);
    if (bytes === undefined) errors.push({ path: formatPath(asset.field), message: `the file "${asset.path}" is not loaded, so it cannot be shared` });
    else out.set(asset.path, bytes);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, assets: out };
}
