/**
 * The class view's progress over every check still running, whichever add() started it: a second
 * drop while the first is checking joins the same count instead of resetting it. Each run keeps its
 * own outcome (verdict, or cancelled), so a cancel marks only the runs it stopped. Pure: no DOM.
 */
import type { Verdict } from '../../levels/results/verifyRun';
import type { StudentRun } from './classSummary';

export interface ProgressShown {
  /** Runs settled (checked or cancelled) of `count` started since the view was last idle. */
  readonly done: number;
  readonly count: number;
  readonly cancelled: number;
  readonly ticks: number;
  readonly totalTicks: number;
  /** Whether any check is still running. */
  readonly running: boolean;
}

const weightOf = (run: StudentRun): number => Math.max(1, run.record.ticks);

export class CheckProgress {
  private readonly ticksOf = new Map<StudentRun, number>();
  private count = 0;
  private checked = 0;
  private cancelled = 0;
  private totalTicks = 0;
  private open = 0;

  /** Checks of `runs` begin (after a finished round, a new round's counts begin). */
  start(runs: readonly StudentRun[]): void {
    if (this.open === 0) this.reset();
    for (const run of runs) {
      run.cancelled = false;
      this.ticksOf.set(run, 0);
      this.totalTicks += weightOf(run);
    }
    this.count += runs.length;
    this.open += runs.length;
  }

  ticks(run: StudentRun, ticks: number): void {
    if (this.ticksOf.has(run)) this.ticksOf.set(run, Math.min(ticks, weightOf(run)));
  }

  /** A run's check ended: its verdict, or null when it was cancelled. */
  settle(run: StudentRun, verdict: Verdict | null): void {
    run.verdict = verdict;
    run.cancelled = verdict === null;
    if (verdict === null) this.cancelled++;
    else this.checked++;
    this.ticksOf.set(run, weightOf(run));
    this.open--;
  }

  get shown(): ProgressShown {
    let ticks = 0;
    for (const value of this.ticksOf.values()) ticks += value;
    return { done: this.checked, count: this.count, cancelled: this.cancelled, ticks, totalTicks: this.totalTicks, running: this.open > 0 };
  }

  private reset(): void {
    this.ticksOf.clear();
    this.count = 0;
    this.checked = 0;
    this.cancelled = 0;
    this.totalTicks = 0;
  }
}
