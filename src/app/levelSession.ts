/**
 * The page's one main-thread world for a level: spawned from the level (text, or the validated
 * object after a player setting), the seed and the assets, with the objective recorder beside it.
 * Views read `world`; the page steps it (stepLevel) or fast-forward restores into it.
 */
import { formatPath, type LevelError } from '../levels/errors';
import { levelAssets } from '../levels/levelAssets';
import { loadLevel } from '../levels/loadLevel';
import type { LevelRecorder } from '../levels/metrics/levelRecorder';
import type { Level } from '../levels/schema/level';
import type { LevelRun } from '../levels/spawn/levelRun';
import { spawnLevel } from '../levels/spawnLevel';
import type { SimWorld } from '../sim/world/world';
import type { AssetSource } from '../levels/loadedLevelFiles';

export interface LevelSession {
  readonly id: string;
  readonly level: Level;
  readonly seed: number;
  readonly assets: ReadonlyMap<string, Uint8Array>;
  readonly world: SimWorld;
  readonly run: LevelRun;
  readonly recorder: LevelRecorder;
}

export type OpenSessionResult = { ok: true; session: LevelSession } | { ok: false; errors: LevelError[] };

/**
 * Parses, validates and spawns; `fetchAsset` gives the files the level refers to (fetchLevelAsset for a
 * built-in level, loadedLevelFiles for one loaded with its files). A file that cannot be had is an error
 * at the level field that names it.
 */
export async function openLevelSession(
  id: string,
  input: unknown,
  fetchAsset: AssetSource,
  seed?: number,
): Promise<OpenSessionResult> {
  const loaded = loadLevel(input);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const assets = new Map<string, Uint8Array>();
  const errors: LevelError[] = [];
  // Each file is fetched once; a failure is reported at every field that names it.
  const failures = new Map<string, string>();
  for (const asset of levelAssets(loaded.level)) {
    if (!assets.has(asset.path) && !failures.has(asset.path)) {
      try {
        assets.set(asset.path, await fetchAsset(asset.path));
      } catch (error) {
        failures.set(asset.path, error instanceof Error ? error.message : String(error));
      }
    }
    const failure = failures.get(asset.path);
    if (failure !== undefined) errors.push({ path: formatPath(asset.field), message: `cannot load "${asset.path}": ${failure}` });
  }
  if (errors.length > 0) return { ok: false, errors };
  return spawnSession(id, loaded.level, assets, seed);
}

/**
 * Spawns a fresh world for an already validated level (Reset, a changed setting). `seed` (a teacher
 * link's) replaces the level's own: it is written into the session's level, so the level, the run,
 * fast-forward's worker and a results file all carry the seed actually used.
 */
export function spawnSession(id: string, given: Level, assets: ReadonlyMap<string, Uint8Array>, seed?: number): OpenSessionResult {
  const level = seed === undefined || seed === given.seed ? given : { ...given, seed };
  const spawned = spawnLevel(level, { assets });
  if (!spawned.ok) return { ok: false, errors: spawned.errors };
  const { world, run } = spawned;
  return { ok: true, session: { id, level, seed: run.seed, assets, world, run, recorder: run.recorder } };
}
