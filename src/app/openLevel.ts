import { loadLevel } from '../levels/loadLevel';
import { spawnLevel } from '../levels/spawnLevel';
import { stepSim } from '../sim/schedule';
import { sessionFromWorld, type OpenLevelResult } from './simSession';

/**
 * Level text → a running session, or the loader's error list (a field path and a reason per error).
 * A step is the engine's schedule followed by the level's objective recorder, which must see each
 * tick's events before the app forwards and clears them.
 */
export function openLevel(text: string): OpenLevelResult {
  const loaded = loadLevel(text);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const spawned = spawnLevel(loaded.level);
  if (!spawned.ok) return { ok: false, errors: spawned.errors };
  const { world, run } = spawned;
  return {
    ok: true,
    session: sessionFromWorld(world, () => {
      stepSim(world);
      run.recorder.afterTick(world);
    }),
  };
}
