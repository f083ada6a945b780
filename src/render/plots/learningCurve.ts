import type { TrialRecord } from '../../levels/metrics/levelRecorder';

export interface Series {
  readonly name: string;
  readonly color: number;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/** The ids of the metrics recorded per trial, in first-seen order. */
export function metricIdsOf(trials: readonly TrialRecord[]): string[] {
  const ids: string[] = [];
  for (const t of trials) for (const id of Object.keys(t.metrics)) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** One metric over trials: x = trial number (1-based), y = value; trials without a value are skipped. */
export function learningCurvePoints(trials: readonly TrialRecord[], metricId: string): { xs: Float64Array; ys: Float64Array } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const t of trials) {
    const v = t.metrics[metricId];
    if (typeof v === 'number' && Number.isFinite(v)) {
      xs.push(t.index + 1);
      ys.push(v);
    }
  }
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys) };
}
