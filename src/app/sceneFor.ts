/**
 * Picks what the canvas shows for a level: the first scene factory that draws it (songbird, eyeblink,
 * dopamine scenes for their circuits; the circuit view for any level); the page shows the plot panel
 * (raster, weight histogram, learning curve…) beside it, or alone when no factory draws the level. Factories are tried in order; one that throws is skipped with a console warning,
 * so a broken scene never stops a level from running.
 */
import type { Level } from '../levels/schema/level';
import type { LevelScene, SceneFactory } from '../render/scenes/levelScene';
import type { SimWorld } from '../sim/world/world';
import { CircuitView, circuitViewScene } from '../render/circuit/circuitView';
import { dopamineSceneFactory } from '../render/scenes/dopamine/dopamineScene';
import { eyeblinkSceneFactory } from '../render/scenes/eyeblink/eyeblinkScene';
import { songbirdSceneFactory } from '../render/scenes/songbird/songbirdScene';

/** Scene factories in priority order (specific circuit scenes before the generic circuit view). */
export const SCENE_FACTORIES: ReadonlyArray<{ name: string; create: SceneFactory }> = [
  { name: 'songbird', create: songbirdSceneFactory },
  { name: 'eyeblink', create: eyeblinkSceneFactory },
  { name: 'dopamine', create: dopamineSceneFactory },
  { name: 'circuit', create: circuitViewScene },
];

export interface ChosenScene {
  readonly name: string;
  readonly scene: LevelScene;
}

/** The first factory's scene that draws this level, or null (then the page shows only the plots). */
export function sceneFor(
  level: Level,
  world: SimWorld,
  factories: ReadonlyArray<{ name: string; create: SceneFactory }> = SCENE_FACTORIES,
): ChosenScene | null {
  for (const factory of factories) {
    try {
      const scene = factory.create(level, world);
      if (scene) return { name: factory.name, scene };
    } catch (error) {
      console.warn(`scene "${factory.name}" could not draw level ${level.id}:`, error);
    }
  }
  return null;
}

/** The circuit view of a level (shown under "Circuit" when the level has its own scene), or null. */
export function circuitViewOf(level: Level, world: SimWorld): CircuitView | null {
  try {
    const view = circuitViewScene(level, world);
    return view instanceof CircuitView ? view : null;
  } catch (error) {
    console.warn(`the circuit view could not draw level ${level.id}:`, error);
    return null;
  }
}
