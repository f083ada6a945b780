/**
 * Records what a level's objectives and measures take while a world runs: per trial (between
 * trialStarted and trialEnded events), per trial in a window timed from one of its events (a metric's
 * args.window / args.at), per trial for per-trial metrics (read at each trial's end), and over fixed
 * windows; derived quantities (difference, ratio) combine two of them by id. Call afterTick(world)
 * after every stepSim, before the events are cleared. Everything here is re-derivable from (level,
 * seed, command log): it only reads the world, in tick order.
 */
import type { SimWorld } from '../../sim/world/world';
import { measureIncludes, spikeMeasureValue, stateMeasureNow } from '../../sim/timeline/measures';
import { sdFromSums } from '../../sim/timeline/spikeStatistics';
import { EventStatus, timelineStatus, trialTimelineOf } from '../../sim/timeline/trialTimeline';
import type { Objective } from '../schema/objectives';
import type { Measure } from '../schema/measures';
import type { Timeline } from '../schema/timeline';
import { combineDerived, isDerivedMetric } from '../schema/derived';
import { startRelative, type RelativeSpan, type RelativeSpanState } from './relativeSpan';
import { createTracker, type DirectRecorded, type Recorded, type Tracker } from './recorderTracker';
import { copyTotals, emptyTotals, meanOfValid, spansSoFar, trialCounts, trialSpansOf, type SpanTotals, type TrialSpan } from './trialSpans';
import { isPooledOverTrials } from './pooledMetrics';

export type { SpanTotals } from './trialSpans';

export interface TrialRecord {
  /** Index over the whole timeline (0-based). */
  index: number;
  session: string;
  phase: string;
  trialInPhase: number;
  trialType: string;
  startTick: number;
  endTick: number;
  /** Per objective and measure id: its metric over this trial. */
  metrics: Record<string, number | null>;
}

/**
 * Everything a LevelRecorder has measured so far, as plain structured-cloneable data (NaN survives
 * postMessage, not JSON). A recorder built for the same level and world continues from it exactly:
 * the fast-forward worker and the page's step-back ring move recorders with it.
 */
export interface LevelRecorderState {
  readonly trials: readonly TrialRecord[];
  readonly eventCounts: Readonly<Record<string, number>>;
  readonly openTrial: Omit<TrialRecord, 'endTick' | 'metrics'> | null;
  /** Per directly measured objective, then measure, in the level's order. */
  readonly trackers: ReadonlyArray<{
    readonly open: SpanTotals | null;
    readonly perTrial: readonly SpanTotals[];
    readonly perTrialPhase: readonly string[];
    readonly perTrialType: readonly string[];
    readonly windowTotals: SpanTotals | null;
    readonly relative: RelativeSpanState | null;
  }>;
}

export class LevelRecorder {
  readonly trials: TrialRecord[] = [];
  readonly eventCounts: Record<string, number> = {};
  private readonly trackers: Tracker[];
  private readonly items: readonly Recorded[];
  private readonly objectiveCount: number;
  private openTrial: Omit<TrialRecord, 'endTick' | 'metrics'> | null = null;

  /** timeline: the level's, to time trial-relative windows from its events. measures: recorded without a goal. */
  constructor(world: SimWorld, objectives: readonly Objective[], timeline?: Timeline, measures: readonly Measure[] = []) {
    this.items = [...objectives, ...measures];
    this.objectiveCount = objectives.length;
    this.trackers = this.items.filter((item): item is DirectRecorded => !isDerivedMetric(item.metric)).map((item) => createTracker(world, item, timeline));
  }

  /** A deep copy of what has been measured so far (see LevelRecorderState). */
  exportState(): LevelRecorderState {
    return {
      trials: this.trials.map((t) => ({ ...t, metrics: { ...t.metrics } })),
      eventCounts: { ...this.eventCounts },
      openTrial: this.openTrial ? { ...this.openTrial } : null,
      trackers: this.trackers.map((t) => ({
        open: copyTotals(t.open),
        perTrial: t.perTrial.map((p) => ({ ...p })),
        perTrialPhase: [...t.perTrialPhase],
        perTrialType: [...t.perTrialType],
        windowTotals: copyTotals(t.windowTotals),
        relative: t.relative ? {
          event: t.relative.event, eventTick: t.relative.eventTick, fromTick: t.relative.fromTick,
          toTick: t.relative.toTick, valid: t.relative.valid, sampled: t.relative.sampled,
        } : null,
      })),
    };
  }

  /** Replaces what has been measured with `state` (from exportState of a recorder of the same level). */
  importState(state: LevelRecorderState): void {
    if (state.trackers.length !== this.trackers.length) {
      throw new Error(`recorder state does not fit this level: ${state.trackers.length} objectives and measures, expected ${this.trackers.length}`);
    }
    this.trials.length = 0;
    for (const t of state.trials) this.trials.push({ ...t, metrics: { ...t.metrics } });
    for (const key of Object.keys(this.eventCounts)) delete this.eventCounts[key];
    Object.assign(this.eventCounts, state.eventCounts);
    this.openTrial = state.openTrial ? { ...state.openTrial } : null;
    state.trackers.forEach((saved, i) => {
      const tracker = this.trackers[i];
      if ((saved.relative === null) !== (tracker.relative === null)) throw new Error(`recorder state does not fit objective ${tracker.id}`);
      tracker.open = copyTotals(saved.open);
      tracker.perTrial.length = 0;
      for (const p of saved.perTrial) tracker.perTrial.push({ ...p });
      tracker.perTrialPhase.length = 0;
      tracker.perTrialPhase.push(...saved.perTrialPhase);
      tracker.perTrialType.length = 0;
      tracker.perTrialType.push(...(saved.perTrialType ?? []));
      tracker.windowTotals = copyTotals(saved.windowTotals);
      if (tracker.relative && saved.relative) Object.assign(tracker.relative, saved.relative);
    });
  }

  /** Handles this tick's events, then adds the tick just simulated (clock − 1) to the open spans. */
  afterTick(world: SimWorld): void {
    this.handleEvents(world);
    const tick = world.clock[0] - 1;
    for (const tracker of this.trackers) {
      if (tracker.open) {
        if (tracker.relative === null) this.accumulate(world, tracker, tracker.open, tick - (this.openTrial?.startTick ?? tick));
        else this.trackRelative(world, tracker, tracker.relative, tracker.open, tick);
      }
      if (tracker.relative === null && tracker.runSpan && tick >= tracker.runSpan.startTick && tick < tracker.runSpan.endTick) {
        tracker.windowTotals ??= emptyTotals();
        this.accumulate(world, tracker, tracker.windowTotals, tick - tracker.runSpan.startTick);
        if (tick === tracker.runSpan.endTick - 1) tracker.windowTotals.endValue = this.stateValue(world, tracker);
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
    for (const tracker of this.trackers) {
      tracker.open = emptyTotals();
      if (tracker.relative) startRelative(world, tracker.relative, tick);
    }
  }

  private trackRelative(world: SimWorld, tracker: Tracker, r: RelativeSpan, open: SpanTotals, tick: number): void {
    if (!r.valid) return;
    // A contingency decides at the event's own tick, which has just run.
    if (tick === r.eventTick && r.event >= 0 && trialTimelineOf(world)!.eventStatus[r.event] === EventStatus.blocked) { r.valid = false; return; }
    if (tick < r.fromTick || tick >= r.toTick) return;
    if (r.endTicks === null) { open.endValue = stateMeasureNow(world, tracker.measure); r.sampled = true; }
    else this.accumulate(world, tracker, open, tick - r.fromTick);
  }

  private endTrial(world: SimWorld, tick: number): void {
    if (!this.openTrial) return;
    const metrics: Record<string, number | null> = {};
    for (const tracker of this.trackers) {
      const totals = tracker.open ?? emptyTotals();
      const r = tracker.relative;
      if (r === null) totals.endValue = this.stateValue(world, tracker);
      // An event timed after the trial's end did not happen; a window or moment outside the trial measured nothing.
      else totals.valid = r.valid && r.eventTick < tick && (r.endTicks === null ? r.sampled : totals.ticks > 0);
      if (tracker.perTrialMean) totals.valid = Number.isFinite(totals.endValue);
      tracker.perTrial.push(totals);
      tracker.perTrialPhase.push(this.openTrial.phase);
      tracker.perTrialType.push(this.openTrial.trialType);
      tracker.open = null;
      // A trial its span leaves out (another phase or trial type) has no value for it.
      const counts = 'window' in tracker.over || trialCounts(tracker.over, this.openTrial.phase, this.openTrial.trialType);
      metrics[tracker.id] = counts ? finiteOrNull(this.trialPoint(world, tracker, totals)) : null;
    }
    const trialValue = (id: string): number => (id in metrics ? metrics[id] ?? Number.NaN : this.derivedValue(id, trialValue));
    for (const item of this.items) if (isDerivedMetric(item.metric)) metrics[item.id] = finiteOrNull(trialValue(item.id));
    this.trials.push({ ...this.openTrial, endTick: tick, metrics });
    this.openTrial = null;
  }

  /**
   * A trial's point on the learning curve: its own value, except for a spread pooled over trials
   * (spikeTimeJitterMs), whose point is the objective's value over its trials so far. Why: one trial's
   * two or three spikes have a spread of their own that says little, and the curve must show what the
   * objective measures (its last point in the span is the objective's value).
   */
  private trialPoint(world: SimWorld, tracker: Tracker, totals: SpanTotals): number {
    if (!isPooledOverTrials(tracker.measure.spec.metric) || 'window' in tracker.over) return this.valueOf(world, tracker, [totals]);
    const spans = spansSoFar(tracker.perTrial, tracker.perTrialPhase, tracker.perTrialType, tracker.over as TrialSpan);
    return spans === null ? Number.NaN : this.valueOf(world, tracker, spans);
  }

  /** Adds this tick, `ticksIntoSpan` after the span's start, to the totals. */
  private accumulate(world: SimWorld, tracker: Tracker, totals: SpanTotals, ticksIntoSpan: number): void {
    totals.ticks += 1;
    if (tracker.spikes) {
      const { spikedList, spikedCount } = world;
      const tMs = ticksIntoSpan * world.dtMs;
      for (let k = 0; k < spikedCount[0]; k++) {
        if (!measureIncludes(tracker.measure, spikedList[k])) continue;
        totals.spikes++;
        totals.timeSumMs += tMs;
        totals.timeSqSumMs += tMs * tMs;
      }
    } else if (tracker.measure.spec.metric === 'modulatorLevel') {
      totals.levelSum += world.modulators.level[tracker.measure.pool];
    }
  }

  private stateValue(world: SimWorld, tracker: Tracker): number {
    return tracker.spikes || tracker.measure.spec.metric === 'modulatorLevel' ? Number.NaN : stateMeasureNow(world, tracker.measure);
  }

  /** The metric over several spans taken together. */
  private valueOf(world: SimWorld, tracker: Tracker, spans: readonly SpanTotals[]): number {
    if (tracker.relative) return this.relativeValueOf(world, tracker, spans);
    if (tracker.perTrialMean) return meanOfValid(spans);
    if (spans.length === 0) return Number.NaN;
    let spikes = 0, ticks = 0, levelSum = 0;
    for (const s of spans) { spikes += s.spikes; ticks += s.ticks; levelSum += s.levelSum; }
    if (tracker.measure.spec.metric === 'spikeTimeJitterMs') return jitterOf(spans);
    if (tracker.spikes) return ticks > 0 ? spikeMeasureValue(world, tracker.measure, spikes, ticks) : Number.NaN;
    if (tracker.measure.spec.metric === 'modulatorLevel') return ticks > 0 ? levelSum / ticks : Number.NaN;
    return spans[spans.length - 1].endValue;
  }

  /**
   * Trial-relative spans: the trials that have the event, averaged (rates over all their window ticks,
   * spike counts and samples per trial). NaN when no trial has it.
   */
  private relativeValueOf(world: SimWorld, tracker: Tracker, spans: readonly SpanTotals[]): number {
    let trials = 0, spikes = 0, ticks = 0, sum = 0;
    for (const s of spans) {
      if (!s.valid) continue;
      trials++; spikes += s.spikes; ticks += s.ticks; sum += s.endValue;
    }
    if (trials === 0) return Number.NaN;
    if (!tracker.spikes) return sum / trials;
    if (tracker.measure.spec.metric === 'spikeTimeJitterMs') return jitterOf(spans.filter((s) => s.valid));
    return tracker.measure.spec.metric === 'spikeCount' ? spikes / trials : spikeMeasureValue(world, tracker.measure, spikes, ticks);
  }

  /** The value of objective `index` over its span (NaN when the span was not reached). */
  objectiveValue(world: SimWorld, index: number): number {
    return this.valueById(world, this.items[index].id);
  }

  /** The value of measure `index` (of the level's measures[]) over its span. */
  measureValue(world: SimWorld, index: number): number {
    return this.valueById(world, this.items[this.objectiveCount + index].id);
  }

  /** The value of the objective or measure `id` over its span; derived ones combine their operands. */
  valueById(world: SimWorld, id: string): number {
    const tracker = this.trackers.find((t) => t.id === id);
    if (!tracker) return this.derivedValue(id, (operand) => this.valueById(world, operand));
    const over = tracker.over;
    if ('window' in over) {
      if (tracker.relative || tracker.perTrialMean) return Number.NaN; // the loader rejects per-trial metrics over a fixed window
      const totals = tracker.windowTotals;
      if (!totals) return Number.NaN;
      if (!tracker.spikes && tracker.measure.spec.metric !== 'modulatorLevel' && Number.isNaN(totals.endValue)) {
        return stateMeasureNow(world, tracker.measure); // the run ended inside the window
      }
      return this.valueOf(world, tracker, [totals]);
    }
    return this.valueOf(world, tracker, trialSpansOf(tracker.perTrial, tracker.perTrialPhase, tracker.perTrialType, over as TrialSpan));
  }

  /** A derived item's value from its operands' values (NaN for an unknown id; the loader rejects cycles). */
  private derivedValue(id: string, operand: (id: string) => number): number {
    const item = this.items.find((i) => i.id === id);
    if (!item || !isDerivedMetric(item.metric)) return Number.NaN;
    const [a, b] = (item.args as { of: [string, string] }).of;
    return combineDerived(item.metric, operand(a), operand(b));
  }
}

/** SD of the spike times pooled over the spans (each timed from its own start); NaN with no spike. */
function jitterOf(spans: readonly SpanTotals[]): number {
  let n = 0, sum = 0, sumSq = 0;
  // Totals saved before jitter was measured lack the time sums: they count as no spike times.
  for (const s of spans) { n += s.timeSumMs === undefined ? 0 : s.spikes; sum += s.timeSumMs ?? 0; sumSq += s.timeSqSumMs ?? 0; }
  return sdFromSums(n, sum, sumSq);
}

export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
