/**
 * Reads the files a level refers to (levelAssets: a circuit's WAV) from disk, for the CLI
 * tools: each path is relative to the level file's folder and may climb only into Synaptica's assets/
 * (assetLocation.ts). A file that cannot be found or read is a LevelError at the level field that
 * names it, so it prints like any other problem with the level. The files that could be read come
 * back too, so a caller can still spawn the level and report every other problem.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LevelError } from '../levels';
import { formatPath } from '../levels';
import { locateAsset } from '../levels/assetLocation';
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

/** Reads the level's assets relative to `levelFile` (the path of the level's JSON file). */
export function readLevelAssets(level: Level, levelFile: string): ReadAssetsResult {
  const assets = new Map<string, Uint8Array>();
  const errors: LevelError[] = [];
  const folder = slashed(dirname(levelFile));
  const assetsFolder = slashed(ASSETS_DIR);
  for (const asset of levelAssets(level)) {
    const field = formatPath(asset.field);
    const located = locateAsset(asset.path, folder, assetsFolder);
    if (!located.ok) { errors.push({ path: field, message: located.message }); continue; }
    try {
      assets.set(asset.path, new Uint8Array(readFileSync(located.location)));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      errors.push({ path: field, message: `cannot read "${asset.path}" (${reason}: ${located.location})` });
    }
  }
  return { assets, errors };
}
