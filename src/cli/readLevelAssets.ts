/**
 * Reads the files a level refers to (levelAssets: a circuit's WAV) from disk, for the CLI
 * tools: each path is relative to the level file's folder and may climb only into Synaptica's assets/,
 * or names a file inside assets/ as "assets:…" (assetLocation.ts). That rule is lexical; here the real
 * path (links followed) must also lie inside one of the allowed roots, the level's folder (unless it is
 * the filesystem root) or assets/, so a link next to a level cannot make it read another file. A file
 * that cannot be found, read or reached is a LevelError at the level field that names it, quoting the
 * path as the level writes it, so it prints like any other problem with the level. The files that could
 * be read come back too, so a caller can still spawn the level and report every other problem.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LevelError } from '../levels';
import { formatPath } from '../levels';
import { isFilesystemRoot, isInsideFolder, locateAsset } from '../levels/assetLocation';
import { levelAssets } from '../levels/levelAssets';
import type { Level } from '../levels/schema/level';

/** Synaptica's own assets/ folder (the shipped tutor recordings). */
export const ASSETS_DIR = fileURLToPath(new URL('../../assets/', import.meta.url));

export interface ReadAssetsResult {
  /** Asset path as the level writes it → the file's bytes (what spawnLevel takes as `assets`). */
  assets: Map<string, Uint8Array>;
  errors: LevelError[];
}

/** A disk path with "/" separators and no trailing separator, as assetLocation expects. */
function slashed(path: string): string {
  return resolve(path).split(sep).join('/');
}

/** The real path (links followed) of `path`, "/"-separated, or null when it does not exist. */
function realSlashed(path: string): string | null {
  try {
    return slashed(realpathSync(path));
  } catch {
    return null;
  }
}

/** The error code of a failed file operation, or its message. */
function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** Reads the level's assets relative to `levelFile` (the path of the level's JSON file). */
export function readLevelAssets(level: Level, levelFile: string, assetsDir: string = ASSETS_DIR): ReadAssetsResult {
  const assets = new Map<string, Uint8Array>();
  const errors: LevelError[] = [];
  const folder = slashed(dirname(levelFile));
  const assetsFolder = slashed(assetsDir);
  // The roots a file's real path may lie in; the level's folder is one unless it (really) is "/".
  const realFolder = realSlashed(folder);
  const roots = [realFolder !== null && !isFilesystemRoot(realFolder) ? realFolder : null, realSlashed(assetsFolder)]
    .filter((root): root is string => root !== null);
  for (const asset of levelAssets(level)) {
    const field = formatPath(asset.field);
    const located = locateAsset(asset.path, folder, assetsFolder);
    if (!located.ok) { errors.push({ path: field, message: located.message }); continue; }
    let real: string;
    try {
      real = slashed(realpathSync(located.location));
    } catch (error) {
      errors.push({ path: field, message: `cannot read "${asset.path}" (${reasonOf(error)}: ${located.location})` });
      continue;
    }
    if (!roots.some((root) => isInsideFolder(root, real))) {
      errors.push({ path: field, message: `"${asset.path}" leads through a link to ${real}, outside the level's folder (${folder}) and Synaptica's assets/ folder: a level may read files only from those` });
      continue;
    }
    try {
      assets.set(asset.path, new Uint8Array(readFileSync(real)));
    } catch (error) {
      errors.push({ path: field, message: `cannot read "${asset.path}" (${reasonOf(error)}: ${located.location})` });
    }
  }
  return { assets, errors };
}
