/**
 * Picks what the canvas shows for a level: the scene of its first circuit that draws it (the scene
 * registry, src/render/scenes/sceneRegistry.ts), else the circuit view for any level; the page shows
 * the plot panel (raster, weight histogram, learning curve…) beside it, or alone when nothing draws
 * the level. A scene that throws is skipped with a console warning, so a broken scene never stops a
 * level from running.
 */
import type { Level } from '../levels/schema/level';
import type { LevelScene } from '../render/scenes/levelScene';
import type { SceneEntry } from '../render/scenes/sceneEntry';
import { sceneEntryOf } from '../render/scenes/sceneRegistry';
import type { SimWorld } from '../sim/world/world';
import { CircuitView, circuitViewScene } from '../render/circuit/circuitView';

/** The generic scene tried after the level's circuits' own. */
const CIRCUIT_VIEW: SceneEntry = { name: 'circuit', create: circuitViewScene };

export interface ChosenScene {
  readonly name: string;
  readonly scene: LevelScene;
  /** The registry entry that made it (its side panel and sound following). */
  readonly entry: SceneEntry;
}

/** The scene entries to try for a level, in order: its circuits' (circuits[] order), then the circuit view. */
export function sceneEntriesFor(level: Level): SceneEntry[] {
  const entries = level.circuits.map((c) => sceneEntryOf(c.kind));
  return [...new Set(entries), CIRCUIT_VIEW];
}

/** The first entry's scene that draws this level, or null (then the page shows only the plots). */
export function sceneFor(level: Level, world: SimWorld, entries: readonly SceneEntry[] = sceneEntriesFor(level)): ChosenScene | null {
  for (const entry of entries) {
    try {
      const scene = entry.create(level, world);
      if (scene) return { name: entry.name, scene, entry };
    } catch (error) {
      console.warn(`scene "${entry.name}" could not draw level ${level.id}:`, error);
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
