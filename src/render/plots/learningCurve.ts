import { CIRCUIT_DEFINITIONS } from '../../circuits/registry';
import { objectiveDisplay } from '../../levels/labels/objectiveText';
import { perTrialCurve } from '../../levels/campaign/sketch';
import type { TrialRecord } from '../../levels/metrics/levelRecorder';
import type { Level } from '../../levels/schema/level';
import { populationColor } from '../palette';
import type { LinePlotSpec } from './LinePlotView';
import { t } from '../../i18n/messages';
import { withUnitInBrackets } from '../circuitWords';

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
  const noun = trialNounOf(level);
  return {
    // The title names the quantity (the trial axis says it is a curve over trials); the y axis names
    // it again with its unit (wrapped or cut by PlotFrame when the cell is short).
    title: quantity ? quantity.label : t('scene.plot.learning.title'),
    xLabel: t(`scene.noun.${noun}.axis`),
    // A long label is already the title: the axis then says only the unit, which fits a short plot.
    yLabel: quantity ? (quantity.unit ? (quantity.label.length > 24 ? quantity.unit : withUnitInBrackets(quantity.label, quantity.unit)) : quantity.label) : '',
    series: [{ name: quantity?.label ?? '', color: populationColor(0), xs: points.xs, ys: points.ys }],
    // A percentage reads on its whole scale (0–100 %), not on a range fitted to a flat 0.
    ...(quantity?.unit === '%' && withinPercent(points.ys) ? { yRange: [0, 100] as const } : {}),
    xIntegers: true,
    yIntegers: quantity?.integer ?? false,
    yIncludesZero: true,
    markers: points.xs.length <= 80,
    emptyText: trials.length === 0 ? t(`scene.noun.${noun}.noneYet`)
      // A value measured on some trials only (probe trials without juice) has none until such a trial ends.
      : id ? t(`scene.noun.${noun}.notMeasured`) : t(`scene.noun.${noun}.noValue`),
  };
}


/** What a trial of the level's circuit is called ("rendition" for a song), else "trial". */
export function trialNounOf(level: Pick<Level, 'circuits'> | null): string {
  for (const c of level?.circuits ?? []) {
    const noun = CIRCUIT_DEFINITIONS.find((d) => d.kind === c.kind)?.trialNoun;
    if (noun) return noun;
  }
  return 'trial';
}

function withinPercent(values: Float64Array): boolean {
  for (const v of values) if (v < 0 || v > 100) return false;
  return true;
}
