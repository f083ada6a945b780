import { objectiveDisplay } from '../../levels/labels/objectiveText';
import { perTrialCurve } from '../../levels/campaign/sketch';
import type { TrialRecord } from '../../levels/metrics/levelRecorder';
import type { Level } from '../../levels/schema/level';
import { populationColor } from '../palette';
import type { LinePlotSpec } from './LinePlotView';

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

/**
 * The learning curve of one recorded quantity (`metricId`, else the first recorded): titled and
 * labelled by what it measures ("Spike count by trial"), trials on a whole-number axis.
 */
export function learningCurveSpec(level: Level | null, trials: readonly TrialRecord[], metricId: string | null): LinePlotSpec {
  const ids = metricIdsOf(trials);
  const id = metricId && ids.includes(metricId) ? metricId : ids[0] ?? null;
  // The objective's (or measure's) own label, else its metric's (levels/labels): never the id.
  const quantity = id && level ? objectiveDisplay(level, id) : null;
  const points = id ? learningCurvePoints(trials, id) : { xs: new Float64Array(0), ys: new Float64Array(0) };
  return {
    // The title names the quantity (the trial axis says it is a curve over trials); the y axis names
    // it again with its unit (wrapped or cut by PlotFrame when the cell is short).
    title: quantity ? quantity.label : 'Learning curve',
    xLabel: 'trial',
    yLabel: quantity ? (quantity.unit ? `${quantity.label} (${quantity.unit})` : quantity.label) : 'value',
    series: [{ name: quantity?.label ?? '', color: populationColor(0), xs: points.xs, ys: points.ys }],
    xIntegers: true,
    yIntegers: quantity?.integer ?? false,
    yIncludesZero: true,
    markers: points.xs.length <= 80,
    emptyText: trials.length === 0 ? 'no completed trials yet' : 'this level records no per-trial metric',
  };
}

