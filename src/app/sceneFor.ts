/**
 * Picks what the canvas shows for a level: the first scene factory that draws it (songbird, eyeblink,
 * dopamine scenes for their circuits; the circuit view for any level), else the raster + weight
 * histogram panel. Factories are tried in order; one that throws is skipped with a console warning,
 * so a broken scene never stops a level from running.
 */
import type { Level } from '../levels/schema/level';
import type { LevelScene, SceneFactory } from '../render/scenes/levelScene';
import type { SimWorld } from '../sim/world/world';

/** Scene factories in priority order (specific circuit scenes before the generic circuit view). */
export const SCENE_FACTORIES: ReadonlyArray<{ name: string; create: SceneFactory }> = [];

export interface ChosenScene {
  readonly name: string;
  readonly scene: LevelScene;
}

export function sceneFor(
  level: Level,
  world: SimWorld,
  fallback: () => LevelScene,
  factories: ReadonlyArray<{ name: string; create: SceneFactory }> = SCENE_FACTORIES,
): ChosenScene {
  for (const factory of factories) {
    try {
      const scene = factory.create(level, world);
      if (scene) return { name: factory.name, scene };
    } catch (error) {
      console.warn(`scene "${factory.name}" could not draw level ${level.id}:`, error);
    }
  }
  return { name: 'plots', scene: fallback() };
}
