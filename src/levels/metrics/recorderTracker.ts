/**
 * One objective or measure the level recorder follows directly (not derived): its compiled measure,
 * its span, and what it has summed per trial so far (with each trial's phase and trial type, for
 * spans filtered by them).
 */
import type { SimWorld } from '../../sim/world/world';
import { compileMeasure, isSpikeMeasure, type CompiledMeasure } from '../../sim/timeline/measures';
import type { Objective } from '../schema/objectives';
import type { Measure } from '../schema/measures';
import type { Timeline } from '../schema/timeline';
import type { DerivedMetricName } from '../schema/derived';
import { isPerTrialMetric, toMeasureSpec, trialRelativeSpanOf, type MetricUse } from './toMeasureSpec';
import { eventIndexTable, NO_EVENT } from './trialEvents';
import type { RelativeSpan } from './relativeSpan';
import type { SpanTotals } from './trialSpans';

/** An objective or a measure: what the recorder follows (derived ones are computed from others). */
export type Recorded = Objective | Measure;
export type DirectRecorded = Exclude<Recorded, { metric: DerivedMetricName }>;

export interface Tracker {
  readonly id: string;
  readonly over: DirectRecorded['over'];
  readonly measure: CompiledMeasure;
  readonly spikes: boolean;
  /** A per-trial metric: its value is read at each trial's end and averaged over trials. */
  readonly perTrialMean: boolean;
  /** The fixed run-time span in ticks (an `over.window`), else null. */
  readonly runSpan: { startTick: number; endTick: number } | null;
  readonly relative: RelativeSpan | null;
  open: SpanTotals | null;
  readonly perTrial: SpanTotals[];
  /** The phase and trial type of each entry of perTrial, for spans filtered by them. */
  readonly perTrialPhase: string[];
  readonly perTrialType: string[];
  windowTotals: SpanTotals | null;
}

export function createTracker(world: SimWorld, item: DirectRecorded, timeline: Timeline | undefined): Tracker {
  const use: MetricUse = { metric: item.metric, args: item.args as Record<string, unknown> };
  const measure = compileMeasure(world, toMeasureSpec(use));
  const over = item.over;
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
  return {
    id: item.id, over, measure, spikes: isSpikeMeasure(measure.spec), perTrialMean: isPerTrialMetric(item.metric), runSpan, relative,
    open: null, perTrial: [], perTrialPhase: [], perTrialType: [], windowTotals: null,
  };
}
