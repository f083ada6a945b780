/**
 * The page's one main-thread world for a level: spawned from the level (text, or the validated
 * object after a player setting), the seed and the assets, with the objective recorder beside it.
 * Views read `world`; the page steps it (stepLevel) or fast-forward restores into it.
 */
import type { LevelError } from '../levels/errors';
import { levelAssetPaths } from '../levels/levelAssets';
import { loadLevel } from '../levels/loadLevel';
import type { LevelRecorder } from '../levels/metrics/levelRecorder';
import type { Level } from '../levels/schema/level';
import type { LevelRun } from '../levels/spawn/levelRun';
import { spawnLevel } from '../levels/spawnLevel';
import type { SimWorld } from '../sim/world/world';

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

/** Parses, validates and spawns; `fetchAsset` loads the files the level refers to (paths under assets/). */
export async function openLevelSession(
  id: string,
  input: unknown,
  fetchAsset: (path: string) => Promise<Uint8Array>,
): Promise<OpenSessionResult> {
  const loaded = loadLevel(input);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const assets = new Map<string, Uint8Array>();
  for (const path of levelAssetPaths(loaded.level)) {
    try {
      assets.set(path, await fetchAsset(path));
    } catch (error) {
      return { ok: false, errors: [{ path: '', message: `cannot load assets/${path}: ${String(error)}` }] };
    }
  }
  return spawnSession(id, loaded.level, assets);
}

/** Spawns a fresh world for an already validated level (Reset, a changed setting). */
export function spawnSession(id: string, level: Level, assets: ReadonlyMap<string, Uint8Array>): OpenSessionResult {
  const spawned = spawnLevel(level, { assets });
  if (!spawned.ok) return { ok: false, errors: spawned.errors };
  const { world, run } = spawned;
  return { ok: true, session: { id, level, seed: run.seed, assets, world, run, recorder: run.recorder } };
}
