/**
 * What the browser shows for a circuit kind: its scene, and optionally a side panel of DOM controls
 * beside the canvas and a way for the scene to follow a sound while it plays. One entry per kind in
 * sceneRegistry.ts; the page (src/app/levelViews.ts) reads only this contract.
 */
import type { PlaybackKind } from '../../circuits/plugin/circuitDefinition';
import type { Level } from '../../levels/schema/level';
import type { SimCommand } from '../../sim/commands/commandQueue';
import type { SimWorld } from '../../sim/world/world';
import type { LevelScene, SceneFactory } from './levelScene';
import type { SceneDescriberFactory } from './sceneDescription';

/** What a side panel may ask of the page. */
export interface SidePanelHooks {
  /** Queue a command for the running world (or the fast-forward worker). */
  sendCommand(command: SimCommand): void;
  /** Play a recorded sound of the world (see CircuitDefinition.playback). */
  playSound(kind: PlaybackKind): void;
}

/** A kind's own DOM controls beside the canvas, made when a level opens. */
export interface SidePanel {
  /** Shows the world's state (called on the page's slow frames). */
  sync(world: SimWorld): void;
  destroy(): void;
}

export interface SceneEntry {
  /** The scene's name (the page's data-scene attribute; tests and the debug hooks read it). */
  readonly name: string;
  /** Builds the scene, or null when the level or world has nothing for it to draw. */
  readonly create: SceneFactory;
  /** Says in words what the scene shows (screen readers: src/ui/access); absent, the page describes the generic parts only. */
  readonly describer?: SceneDescriberFactory;
  /** Builds the side panel into `container`, or null when this level has none. */
  sidePanel?(container: HTMLElement, level: Level, world: SimWorld, hooks: SidePanelHooks): SidePanel | null;
  /**
   * The scene follows a sound that just started (the bird's beak moves with its song) for
   * `durationMs`; `stillShown` says whether the page still shows this scene.
   */
  followSound?(scene: LevelScene, world: SimWorld, kind: PlaybackKind, durationMs: number, stillShown: () => boolean): void;
}
