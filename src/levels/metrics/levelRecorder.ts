/**
 * Records what a level's objectives measure while a world runs: per trial (between trialStarted and
 * trialEnded events), per trial in a window timed from one of its events (a metric's args.window /
 * args.at), and over fixed windows. Call afterTick(world) after every stepSim, before the events are
 * cleared. Everything here is re-derivable from (level, seed, command log): it only reads the world,
 * in tick order.
 */
import type { SimWorld } from '../../sim/world/world';
import { compileMeasure, isSpikeMeasure, measureIncludes, spikeMeasureValue, stateMeasureNow, type CompiledMeasure } from '../../sim/timeline/measures';
import { Cursor, EventStatus, timelineStatus, trialTimelineOf } from '../../sim/timeline/trialTimeline';
import type { Objective } from '../schema/objectives';
import type { Timeline } from '../schema/timeline';
import { toMeasureSpec, trialRelativeSpanOf } from './toMeasureSpec';
import { eventIndexTable, NO_EVENT, TRIAL_START, type EventIndexTable } from './trialEvents';

/** Raw sums of one measure over one span, enough to combine spans (rates over several trials). */
export interface SpanTotals {
  spikes: number;
  ticks: number;
  levelSum: number;
  /** State measures (weights, counts) at the end of the span; sampled ones at their moment. */
  endValue: number;
  /** False when a trial-relative span has no value in this trial (its event did not happen). */
  valid: boolean;
}

/** A metric measured in each trial relative to one of its events. */
interface RelativeSpan {
  readonly table: EventIndexTable;
  readonly startTicks: number;
  /** null: a sample at startTicks after the event. */
  readonly endTicks: number | null;
  // Per trial: the event (index, NO_EVENT or TRIAL_START), its tick, the absolute window [fromTick, toTick).
  event: number;
  eventTick: number;
  fromTick: number;
  toTick: number;
  valid: boolean;
  sampled: boolean;
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
  /** The objective's fixed run-time span in ticks (an `over.window` objective), else null. */
  readonly runSpan: { startTick: number; endTick: number } | null;
  readonly relative: RelativeSpan | null;
  open: SpanTotals | null;
  readonly perTrial: SpanTotals[];
  /** The phase id of each entry of perTrial, for objectives over one phase's trials. */
  readonly perTrialPhase: string[];
  windowTotals: SpanTotals | null;
}

/** The mutable part of a RelativeSpan (its per-trial timing). */
type RelativeSpanState = Pick<RelativeSpan, 'event' | 'eventTick' | 'fromTick' | 'toTick' | 'valid' | 'sampled'>;

/**
 * Everything a LevelRecorder has measured so far, as plain structured-cloneable data (NaN survives
 * postMessage, not JSON). A recorder built for the same level and world continues from it exactly:
 * the fast-forward worker and the page's step-back ring move recorders with it.
 */
export interface LevelRecorderState {
  readonly trials: readonly TrialRecord[];
  readonly eventCounts: Readonly<Record<string, number>>;
  readonly openTrial: Omit<TrialRecord, 'endTick' | 'metrics'> | null;
  /** Per objective, in the level's order. */
  readonly trackers: ReadonlyArray<{
    readonly open: SpanTotals | null;
    readonly perTrial: readonly SpanTotals[];
    readonly perTrialPhase: readonly string[];
    readonly windowTotals: SpanTotals | null;
    readonly relative: RelativeSpanState | null;
  }>;
}

const copyTotals = (t: SpanTotals | null): SpanTotals | null => (t ? { ...t } : null);

const emptyTotals = (): SpanTotals => ({ spikes: 0, ticks: 0, levelSum: 0, endValue: Number.NaN, valid: true });

export class LevelRecorder {
  readonly trials: TrialRecord[] = [];
  readonly eventCounts: Record<string, number> = {};
  private readonly trackers: Tracker[];
  private openTrial: Omit<TrialRecord, 'endTick' | 'metrics'> | null = null;

  /** timeline: the level's, to time trial-relative windows from its events. */
  constructor(world: SimWorld, objectives: readonly Objective[], timeline?: Timeline) {
    this.trackers = objectives.map((objective) => {
      const use = { metric: objective.metric, args: objective.args as Record<string, unknown> };
      const measure = compileMeasure(world, toMeasureSpec(use));
      const over = objective.over;
      const runWindowMs = 'window' in over ? over.window : null;
      const runSpan = runWindowMs
        ? { startTick: Math.round(runWindowMs.startMs / world.dtMs), endTick: Math.round(runWindowMs.endMs / world.dtMs) }
        : null;
      const span = trialRelativeSpanOf(use);
      const relative: RelativeSpan | null = span === null ? null : {
        table: eventIndexTable(timeline, span.from),
        startTicks: Math.round(span.startMs / world.dtMs),
        endTicks: span.endMs === null ? null : Math.round(span.endMs / world.dtMs),
        event: NO_EVENT, eventTick: -1, fromTick: 0, toTick: 0, valid: false, sampled: false,
      };
      return { objective, measure, spikes: isSpikeMeasure(measure.spec), runSpan, relative, open: null, perTrial: [], perTrialPhase: [], windowTotals: null };
    });
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
      throw new Error(`recorder state does not fit this level: ${state.trackers.length} objectives, expected ${this.trackers.length}`);
    }
    this.trials.length = 0;
    for (const t of state.trials) this.trials.push({ ...t, metrics: { ...t.metrics } });
    for (const key of Object.keys(this.eventCounts)) delete this.eventCounts[key];
    Object.assign(this.eventCounts, state.eventCounts);
    this.openTrial = state.openTrial ? { ...state.openTrial } : null;
    state.trackers.forEach((saved, i) => {
      const tracker = this.trackers[i];
      if ((saved.relative === null) !== (tracker.relative === null)) throw new Error(`recorder state does not fit objective ${tracker.objective.id}`);
      tracker.open = copyTotals(saved.open);
      tracker.perTrial.length = 0;
      for (const p of saved.perTrial) tracker.perTrial.push({ ...p });
      tracker.perTrialPhase.length = 0;
      tracker.perTrialPhase.push(...saved.perTrialPhase);
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
        if (tracker.relative === null) this.accumulate(world, tracker, tracker.open);
        else this.trackRelative(world, tracker, tracker.relative, tracker.open, tick);
      }
      if (tracker.relative === null && tracker.runSpan && tick >= tracker.runSpan.startTick && tick < tracker.runSpan.endTick) {
        tracker.windowTotals ??= emptyTotals();
        this.accumulate(world, tracker, tracker.windowTotals);
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
      if (tracker.relative) this.startRelative(world, tracker.relative, tick);
    }
  }

  /** Times a trial-relative span from its event in the trial that starts at `tick` (event ticks are resolved at trial start). */
  private startRelative(world: SimWorld, r: RelativeSpan, tick: number): void {
    const timeline = trialTimelineOf(world);
    r.event = timeline ? (r.table[timeline.cursor[Cursor.phase]]?.[timeline.cursor[Cursor.trialType]] ?? NO_EVENT) : NO_EVENT;
    r.sampled = false;
    r.valid = r.event !== NO_EVENT && !(r.event >= 0 && timeline!.eventStatus[r.event] === EventStatus.skipped);
    r.eventTick = r.event === TRIAL_START ? tick : r.event >= 0 ? timeline!.eventTick[r.event] : -1;
    if (!r.valid || !Number.isFinite(r.eventTick)) { r.valid = false; r.fromTick = r.toTick = -1; return; }
    r.fromTick = r.eventTick + r.startTicks;
    r.toTick = r.endTicks === null ? r.fromTick + 1 : r.eventTick + r.endTicks;
  }

  private trackRelative(world: SimWorld, tracker: Tracker, r: RelativeSpan, open: SpanTotals, tick: number): void {
    if (!r.valid) return;
    // A contingency decides at the event's own tick, which has just run.
    if (tick === r.eventTick && r.event >= 0 && trialTimelineOf(world)!.eventStatus[r.event] === EventStatus.blocked) { r.valid = false; return; }
    if (tick < r.fromTick || tick >= r.toTick) return;
    if (r.endTicks === null) { open.endValue = stateMeasureNow(world, tracker.measure); r.sampled = true; }
    else this.accumulate(world, tracker, open);
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
      tracker.perTrial.push(totals);
      tracker.perTrialPhase.push(this.openTrial.phase);
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
    if (tracker.relative) return this.relativeValueOf(world, tracker, spans);
    if (spans.length === 0) return Number.NaN;
    let spikes = 0, ticks = 0, levelSum = 0;
    for (const s of spans) { spikes += s.spikes; ticks += s.ticks; levelSum += s.levelSum; }
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
    return tracker.measure.spec.metric === 'spikeCount' ? spikes / trials : spikeMeasureValue(world, tracker.measure, spikes, ticks);
  }

  /** The value of objective `index` over its span (NaN when the span was not reached). */
  objectiveValue(world: SimWorld, index: number): number {
    const tracker = this.trackers[index];
    const over = tracker.objective.over;
    if ('window' in over) {
      if (tracker.relative) return Number.NaN; // the loader rejects a trial-relative metric over a fixed window
      const totals = tracker.windowTotals;
      if (!totals) return Number.NaN;
      if (!tracker.spikes && tracker.measure.spec.metric !== 'modulatorLevel' && Number.isNaN(totals.endValue)) {
        return stateMeasureNow(world, tracker.measure); // the run ended inside the window
      }
      return this.valueOf(world, tracker, [totals]);
    }
    return this.valueOf(world, tracker, trialSpansOf(tracker, over));
  }
}

/** The trials an objective over trials measures: of its phase (if it names one), then the first or last N. */
function trialSpansOf(tracker: Tracker, over: Exclude<Objective['over'], { window: unknown }>): SpanTotals[] {
  const phase = over.phase;
  const spans = phase === undefined ? tracker.perTrial : tracker.perTrial.filter((_, i) => tracker.perTrialPhase[i] === phase);
  if ('lastTrials' in over) return spans.slice(-over.lastTrials);
  if ('firstTrials' in over) return spans.length >= over.firstTrials ? spans.slice(0, over.firstTrials) : [];
  return spans;
}

export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
