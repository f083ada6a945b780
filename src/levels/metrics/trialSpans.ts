/**
 * What the level recorder keeps per span and how spans of trials are chosen: raw sums that combine
 * over several trials, and the trials an objective or measure over trials takes (its phase and trial
 * type, then the first or last N).
 */
import type { ObjectiveSpan } from '../schema/objectives';

/** Raw sums of one measure over one span, enough to combine spans (rates over several trials). */
export interface SpanTotals {
  spikes: number;
  /** Σt and Σt² of the counted spikes' times in ms from the span's start (trial start, window start), for spike-time jitter. */
  timeSumMs: number;
  timeSqSumMs: number;
  ticks: number;
  levelSum: number;
  /** State measures (weights, counts) at the end of the span; sampled ones at their moment. */
  endValue: number;
  /** False when a trial-relative span has no value in this trial (its event did not happen). */
  valid: boolean;
}

export const emptyTotals = (): SpanTotals => ({ spikes: 0, timeSumMs: 0, timeSqSumMs: 0, ticks: 0, levelSum: 0, endValue: Number.NaN, valid: true });

export const copyTotals = (t: SpanTotals | null): SpanTotals | null => (t ? { ...t } : null);

/** A span over trials (not a fixed window of the run). */
export type TrialSpan = Exclude<ObjectiveSpan, { window: unknown }>;

/** Whether a trial of `phase` and `trialType` counts in `over` (its phase and trial-type filters). */
export function trialCounts(over: TrialSpan, phase: string, trialType: string): boolean {
  if (over.phase !== undefined && over.phase !== phase) return false;
  const types = over.trialType;
  if (types === undefined) return true;
  return typeof types === 'string' ? types === trialType : types.includes(trialType);
}

/** The per-trial spans `over` measures: the trials that count, then the first or last N. */
export function trialSpansOf(
  perTrial: readonly SpanTotals[], phases: readonly string[], types: readonly string[], over: TrialSpan,
): SpanTotals[] {
  const filtered = over.phase === undefined && over.trialType === undefined;
  const spans = filtered ? [...perTrial] : perTrial.filter((_, i) => trialCounts(over, phases[i], types[i]));
  if ('lastTrials' in over) return spans.slice(-over.lastTrials);
  if ('firstTrials' in over) return spans.length >= over.firstTrials ? spans.slice(0, over.firstTrials) : [];
  return spans;
}

/**
 * The spans `over` has measured up to and including the latest trial (which must count in `over`),
 * for a per-trial point that shows the objective's value so far: every counted trial for allTrials,
 * the last N for lastTrials, and for firstTrials the counted trials while they are at most N (null
 * once the latest trial is beyond the first N: it is not in the span).
 */
export function spansSoFar(
  perTrial: readonly SpanTotals[], phases: readonly string[], types: readonly string[], over: TrialSpan,
): SpanTotals[] | null {
  const spans = perTrial.filter((_, i) => trialCounts(over, phases[i], types[i]));
  if ('lastTrials' in over) return spans.slice(-over.lastTrials);
  if ('firstTrials' in over) return spans.length <= over.firstTrials ? spans : null;
  return spans;
}

/** Mean of the valid spans' end values (per-trial metrics, trial-relative samples); NaN when none. */
export function meanOfValid(spans: readonly SpanTotals[]): number {
  let n = 0, sum = 0;
  for (const s of spans) {
    if (!s.valid) continue;
    n++; sum += s.endValue;
  }
  return n > 0 ? sum / n : Number.NaN;
}
