/**
 * The contract between the page and what it draws for a level. The page owns the one main-thread
 * world; a scene only reads it (its registered arrays, monitors and the recorder's trial records)
 * and never steps it. Fast-forward runs the same level in a Web Worker and restores the worker's
 * state into this world, so a scene draws the same way at any speed.
 */
import type { Container } from 'pixi.js';
import type { TrialRecord } from '../../levels/metrics/levelRecorder';
import type { Level } from '../../levels/schema/level';
import type { SimWorld } from '../../sim/world/world';

export interface SceneFrame {
  readonly world: SimWorld;
  /** The world's tick (world.clock[0]). */
  readonly tick: number;
  /** Wall-clock ms since the previous frame (for animation only, never for the simulation). */
  readonly deltaMs: number;
  /** Every completed trial (rendition) so far, with its objective metrics. */
  readonly trials: readonly TrialRecord[];
  /** True while fast-forward runs: scenes may skip per-tick effects (flashes, clicks). */
  readonly fastForward: boolean;
  /** The player asked for reduced motion: skip what only moves for show (particles, drops, the beak). */
  readonly reducedMotion?: boolean;
}

export interface LevelScene {
  /** Added to the Pixi stage by the page. */
  readonly root: Container;
  /** The view's size in CSS pixels. */
  resize(width: number, height: number): void;
  /** Draws the current state. Called once per animation frame. */
  update(frame: SceneFrame): void;
  /** Frees GPU resources; the page drops the scene after this. */
  destroy(): void;
}

/** Builds the scene for a level, or null when this factory does not draw that kind of level. */
export type SceneFactory = (level: Level, world: SimWorld) => LevelScene | null;
