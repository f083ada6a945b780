import { perTrialCurve } from '../../levels/campaign/sketch';
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

/** One metric over trials: x = trial number (1-based), y = value; trials without a value are skipped (perTrialCurve). */
export function learningCurvePoints(trials: readonly TrialRecord[], metricId: string): { xs: Float64Array; ys: Float64Array } {
  const curve = perTrialCurve(trials, metricId);
  return { xs: Float64Array.from(curve.trials), ys: Float64Array.from(curve.values) };
}
