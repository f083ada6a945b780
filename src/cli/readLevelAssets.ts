/**
 * Reads the files a level refers to (levelAssets: a songbird's WAV tutor) from the repository's
 * assets/ folder, for the CLI tools. A file that cannot be read is a LevelError at the level field
 * that names it, so it prints like any other problem with the level.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LevelError } from '../levels';
import { formatPath } from '../levels';
import { levelAssets } from '../levels/levelAssets';
import type { Level } from '../levels/schema/level';

export const ASSETS_DIR = fileURLToPath(new URL('../../assets/', import.meta.url));

export type ReadAssetsResult = { ok: true; assets: Map<string, Uint8Array> } | { ok: false; errors: LevelError[] };

export function readLevelAssets(level: Level): ReadAssetsResult {
  const assets = new Map<string, Uint8Array>();
  const errors: LevelError[] = [];
  for (const asset of levelAssets(level)) {
    try {
      assets.set(asset.path, new Uint8Array(readFileSync(join(ASSETS_DIR, asset.path))));
    } catch (error) {
      errors.push({ path: formatPath(asset.field), message: `cannot read assets/${asset.path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, assets };
}
