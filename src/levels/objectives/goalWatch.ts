/**
 * When a run first meets every objective of its level. The check runs where a player would look: at
 * the end of each trial (levels with a timeline) or at each whole simulated second (levels without
 * one). That makes "trials used" exact and the same in the page, the fast-forward worker and headless
 * runs (runLevel's stopWhenGoalMet), however often anyone redraws. A level without objectives (a
 * sandbox) never meets its goal.
 */
import type { LevelRun } from '../spawn/levelRun';
import { evaluateObjectives, type ObjectiveOutcome } from './evaluateObjectives';

export interface GoalReached {
  /** Trials completed (levels with a timeline) or whole simulated seconds when every objective was met. */
  readonly used: number;
  readonly unit: 'trials' | 'seconds';
  /** The world tick at which the check succeeded. */
  readonly tick: number;
  readonly outcomes: ObjectiveOutcome[];
}

export class GoalWatch {
  private reached: GoalReached | null = null;
  private checkedTrials: number;
  private checkedSeconds: number;
  private readonly hasTrials: boolean;

  /** Starts watching from the run's current state (a restored snapshot counts as already checked). */
  constructor(private readonly run: LevelRun) {
    this.hasTrials = run.timelineTicks > 0;
    this.checkedTrials = run.recorder.trials.length;
    this.checkedSeconds = this.wholeSeconds();
  }

  /** The first time every objective was met, or null while the goal is not reached. */
  get goal(): GoalReached | null {
    return this.reached;
  }

  /**
   * Call after each tick (after the recorder has seen it). Checks the objectives when a trial has just
   * ended (or a simulated second has passed); true on the check that first finds them all met.
   */
  afterTick(): boolean {
    if (this.reached || this.run.level.objectives.length === 0) return false;
    if (this.hasTrials) {
      const trials = this.run.recorder.trials.length;
      if (trials === this.checkedTrials) return false;
      this.checkedTrials = trials;
      return this.check(trials, 'trials');
    }
    const seconds = this.wholeSeconds();
    if (seconds === this.checkedSeconds) return false;
    this.checkedSeconds = seconds;
    return this.check(seconds, 'seconds');
  }

  /** Takes over after the run's world and recorder were replaced (fast-forward chunk, step back). */
  resync(reached: GoalReached | null): void {
    this.reached = reached;
    this.checkedTrials = this.run.recorder.trials.length;
    this.checkedSeconds = this.wholeSeconds();
  }

  private check(used: number, unit: GoalReached['unit']): boolean {
    const outcomes = evaluateObjectives(this.run.level, this.run);
    if (!outcomes.every((o) => o.met)) return false;
    this.reached = { used, unit, tick: this.run.world.clock[0], outcomes };
    return true;
  }

  private wholeSeconds(): number {
    return Math.floor((this.run.world.clock[0] * this.run.world.dtMs) / 1000 + 1e-9);
  }
}
