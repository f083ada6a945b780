/**
 * The page's mutable state for the level it runs, shared by the parts bootPage.ts wires: the level
 * opener, the frame loop and slow refresh, time control, fast-forward control and the lesson flow.
 * One object, so each of those files reads the same session, mode and goal instead of passing copies
 * around.
 */
import type { GoalWatch } from '../levels/objectives/goalWatch';
import type { Level } from '../levels/schema/level';
import type { SpeedChoice } from '../ui/controls';
import type { LevelSession } from './levelSession';
import type { SnapshotRing } from './snapshotRing';

/** paused; playing at the chosen speed; "step trial" (as fast as frames allow, then pause); fast-forward in the worker. */
export type Mode = 'paused' | 'playing' | 'toTrialEnd' | 'fastForward';

/** Real-time factors of the main-thread speeds (fast-forward runs in the worker at full speed). */
export const SPEEDS: Record<Exclude<SpeedChoice, 'fast'>, number> = { slow: 0.25, normal: 1 };

export class PageState {
  session: LevelSession | null = null;
  /** The level Reset spawns: the session's, plus player settings that could not change live. */
  nextLevel: Level | null = null;
  ring: SnapshotRing | null = null;
  /** Watches the session's run for the trial end (or simulated second) at which every objective is met. */
  goalWatch: GoalWatch | null = null;
  /**
   * Trials ended after which a question is due (a prediction timed to the next trial), or null. The
   * page stops there, on the main thread and in fast-forward, and asks before that trial runs.
   */
  questionBarrier: number | null = null;
  mode: Mode = 'playing';
  /** The speed chosen by the player (fast-forward stays chosen while paused). */
  speed: SpeedChoice = 'normal';
  /** The level's timeline is over. */
  finished = false;
  /** Wall ms since the panels were last refreshed (Infinity: refresh on the next frame). */
  sinceSlowRefreshMs = Infinity;
  /** Fast-forward speed of the last chunks: simulated ms per wall ms. */
  ffSpeed = 0;

  get running(): boolean {
    return this.mode !== 'paused';
  }

  /** The real-time factor for main-thread stepping (fast-forward chosen but stopped plays at normal speed). */
  get realTimeFactor(): number {
    return SPEEDS[this.speed === 'fast' ? 'normal' : this.speed];
  }

  get hasTrials(): boolean {
    return (this.session?.run.timelineTicks ?? 0) > 0;
  }
}
