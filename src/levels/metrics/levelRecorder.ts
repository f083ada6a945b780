/**
 * Records what a level's objectives measure while a world runs: per trial (between trialStarted and
 * trialEnded events) and over fixed windows. Call afterTick(world) after every stepSim, before the
 * events are cleared. Everything here is re-derivable from (level, seed, command log): it only reads
 * the world, in tick order.
 */
import type { SimWorld } from '../../sim/world/world';
import { compileMeasure, isSpikeMeasure, measureIncludes, spikeMeasureValue, stateMeasureNow, type CompiledMeasure } from '../../sim/timeline/measures';
import { timelineStatus } from '../../sim/timeline/trialTimeline';
import type { Objective } from '../schema/objectives';
import { toMeasureSpec } from './toMeasureSpec';

/** Raw sums of one measure over one span, enough to combine spans (rates over several trials). */
export interface SpanTotals {
  spikes: number;
  ticks: number;
  levelSum: number;
  /** State measures (weights, counts) at the end of the span. */
  endValue: number;
}

export interface TrialRecord {
  /** Index over the whole timeline (0-based). */
  index: number;
  session: string;
  phase: string;
  trialInPhase: number;
  trialType: string;
  startTick: number;
  endTick: number;
  /** Per objective id: its metric over this trial. */
  metrics: Record<string, number | null>;
}

interface Tracker {
  readonly objective: Objective;
  readonly measure: CompiledMeasure;
  readonly spikes: boolean;
  readonly window: { startTick: number; endTick: number } | null;
  open: SpanTotals | null;
  readonly perTrial: SpanTotals[];
  windowTotals: SpanTotals | null;
}

const emptyTotals = (): SpanTotals => ({ spikes: 0, ticks: 0, levelSum: 0, endValue: Number.NaN });

export class LevelRecorder {
  readonly trials: TrialRecord[] = [];
  readonly eventCounts: Record<string, number> = {};
  private readonly trackers: Tracker[];
  private openTrial: Omit<TrialRecord, 'endTick' | 'metrics'> | null = null;

  constructor(world: SimWorld, objectives: readonly Objective[]) {
    this.trackers = objectives.map((objective) => {
      const measure = compileMeasure(world, toMeasureSpec({ metric: objective.metric, args: objective.args as Record<string, unknown> }));
      const over = objective.over;
      const window = 'window' in over
        ? { startTick: Math.round(over.window.startMs / world.dtMs), endTick: Math.round(over.window.endMs / world.dtMs) }
        : null;
      return { objective, measure, spikes: isSpikeMeasure(measure.spec), window, open: null, perTrial: [], windowTotals: null };
    });
  }

  /** Handles this tick's events, then adds the tick just simulated (clock − 1) to the open spans. */
  afterTick(world: SimWorld): void {
    this.handleEvents(world);
    const tick = world.clock[0] - 1;
    for (const tracker of this.trackers) {
      if (tracker.open) this.accumulate(world, tracker, tracker.open);
      if (tracker.window && tick >= tracker.window.startTick && tick < tracker.window.endTick) {
        tracker.windowTotals ??= emptyTotals();
        this.accumulate(world, tracker, tracker.windowTotals);
        if (tick === tracker.window.endTick - 1) tracker.windowTotals.endValue = this.stateValue(world, tracker);
      }
    }
  }

  /** Handles the events in world.events (trial boundaries) without adding a tick. */
  handleEvents(world: SimWorld): void {
    for (const event of world.events) {
      this.eventCounts[event.type] = (this.eventCounts[event.type] ?? 0) + 1;
      if (event.type === 'trialEnded') this.endTrial(world, event.tick);
      else if (event.type === 'trialStarted') this.startTrial(world, event.tick, event.trial, event.phase, event.trialType);
    }
  }

  private startTrial(world: SimWorld, tick: number, index: number, phase: string, trialType: string): void {
    const status = timelineStatus(world);
    this.openTrial = { index, session: status?.session ?? '', phase, trialInPhase: status?.trialInPhase ?? 0, trialType, startTick: tick };
    for (const tracker of this.trackers) tracker.open = emptyTotals();
  }

  private endTrial(world: SimWorld, tick: number): void {
    if (!this.openTrial) return;
    const metrics: Record<string, number | null> = {};
    for (const tracker of this.trackers) {
      const totals = tracker.open ?? emptyTotals();
      totals.endValue = this.stateValue(world, tracker);
      tracker.perTrial.push(totals);
      tracker.open = null;
      metrics[tracker.objective.id] = finiteOrNull(this.valueOf(world, tracker, [totals]));
    }
    this.trials.push({ ...this.openTrial, endTick: tick, metrics });
    this.openTrial = null;
  }

  private accumulate(world: SimWorld, tracker: Tracker, totals: SpanTotals): void {
    totals.ticks += 1;
    if (tracker.spikes) {
      const { spikedList, spikedCount } = world;
      for (let k = 0; k < spikedCount[0]; k++) if (measureIncludes(tracker.measure, spikedList[k])) totals.spikes++;
    } else if (tracker.measure.spec.metric === 'modulatorLevel') {
      totals.levelSum += world.modulators.level[tracker.measure.pool];
    }
  }

  private stateValue(world: SimWorld, tracker: Tracker): number {
    return tracker.spikes || tracker.measure.spec.metric === 'modulatorLevel' ? Number.NaN : stateMeasureNow(world, tracker.measure);
  }

  /** The metric over several spans taken together. */
  private valueOf(world: SimWorld, tracker: Tracker, spans: readonly SpanTotals[]): number {
    if (spans.length === 0) return Number.NaN;
    let spikes = 0, ticks = 0, levelSum = 0;
    for (const s of spans) { spikes += s.spikes; ticks += s.ticks; levelSum += s.levelSum; }
    if (tracker.spikes) return ticks > 0 ? spikeMeasureValue(world, tracker.measure, spikes, ticks) : Number.NaN;
    if (tracker.measure.spec.metric === 'modulatorLevel') return ticks > 0 ? levelSum / ticks : Number.NaN;
    return spans[spans.length - 1].endValue;
  }

  /** The value of objective `index` over its span (NaN when the span was not reached). */
  objectiveValue(world: SimWorld, index: number): number {
    const tracker = this.trackers[index];
    const over = tracker.objective.over;
    if ('window' in over) {
      const totals = tracker.windowTotals;
      if (!totals) return Number.NaN;
      if (!tracker.spikes && tracker.measure.spec.metric !== 'modulatorLevel' && Number.isNaN(totals.endValue)) {
        return stateMeasureNow(world, tracker.measure); // the run ended inside the window
      }
      return this.valueOf(world, tracker, [totals]);
    }
    const spans = 'lastTrials' in over ? tracker.perTrial.slice(-over.lastTrials) : tracker.perTrial;
    return this.valueOf(world, tracker, spans);
  }
}

export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
