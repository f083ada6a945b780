import { measuredQuantityLabel, objectiveDisplay } from '../../levels/labels/objectiveText';
import { metricLabel } from '../../levels/labels/metricLabels';
import { trialNounOf } from '../../levels/labels/trialNoun';
import { perTrialCurve } from '../../levels/campaign/sketch';
import type { TrialRecord } from '../../levels/metrics/levelRecorder';
import { isPooledOverTrials } from '../../levels/metrics/pooledMetrics';
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
 * The objectives measuring the same quantity as `id` (same metric and arguments) over other spans, in
 * the level's order, `id` among them: pv-timing measures the spike spread with the PV cells working
 * and again after they are silenced. They share one plot, one line each, so the curve shows both
 * halves of the experiment and not only the first.
 */
export function sameQuantityIds(level: Level | null, id: string, recorded: readonly string[]): string[] {
  const objectives = level?.objectives ?? [];
  const own = objectives.find((o) => o.id === id);
  if (!own) return [id];
  const key = JSON.stringify([own.metric, own.args ?? {}]);
  const same = objectives.filter((o) => JSON.stringify([o.metric, o.args ?? {}]) === key && recorded.includes(o.id)).map((o) => o.id);
  return same.length > 0 ? same : [id];
}

/** A quantity the learning curve can show: the id it is drawn from and what its title reads. */
export interface CurveChoice {
  readonly id: string;
  readonly label: string;
}

/**
 * What the learning curve can show, one choice per quantity among the recorded ids (objectives that
 * measure the same quantity over other spans share one curve: sameQuantityIds), in recorded order,
 * each named as the curve's title names it.
 */
export function learningCurveChoices(level: Level | null, recordedIds: readonly string[]): CurveChoice[] {
  const choices: CurveChoice[] = [];
  const covered = new Set<string>();
  for (const id of recordedIds) {
    if (covered.has(id)) continue;
    const ids = sameQuantityIds(level, id, recordedIds);
    for (const each of ids) covered.add(each);
    const metric = level?.objectives.find((o) => o.id === id)?.metric ?? '';
    choices.push({ id, label: ids.length > 1 ? metricLabel(metric) : level ? objectiveDisplay(level, id).label : id });
  }
  return choices;
}

/**
 * The learning curve of one recorded quantity (`metricId`, else the first recorded): titled and
 * labelled by what it measures ("Spike count by trial"), trials on a whole-number axis.
 */
export function learningCurveSpec(level: Level | null, trials: readonly TrialRecord[], metricId: string | null): LinePlotSpec {
  const recordedIds = metricIdsOf(trials);
  const id = metricId && recordedIds.includes(metricId) ? metricId : recordedIds[0] ?? null;
  // The objective's (or measure's) own label, else its metric's (levels/labels): never the id.
  const ids = id ? sameQuantityIds(level, id, recordedIds) : [];
  const quantity = id && level ? objectiveDisplay(level, id) : null;
  const series = ids.map((each, i) => ({ name: level ? objectiveDisplay(level, each).label : each, color: populationColor(i), ...learningCurvePoints(trials, each) }));
  const points = series[0] ?? { xs: new Float64Array(0), ys: new Float64Array(0) };
  const metric = level?.objectives.find((o) => o.id === id)?.metric ?? '';
  // Several lines: the title names the quantity they share (the metric), the legend each objective.
  const title = ids.length > 1 ? metricLabel(metric) : quantity?.label;
  const noun = trialNounOf(level);
  const axisLabel = id && level ? measuredQuantityLabel(level, id) : null;
  return {
    // The title names the quantity as the objectives panel does (the level's name for its goal, the
    // trial axis says it is a curve over trials); the y axis names what is measured, in the metric's
    // words, with its unit (wrapped or cut by PlotFrame when the cell is short).
    title: title ?? t('scene.plot.learning.title'),
    xLabel: t(`scene.noun.${noun}.axis`),
    // A pooled spread says on its axis that each point pools the trials so far (it is what the
    // objective measures, not one trial's spread). A long label that is the title already says only
    // its unit on the axis, which fits a short plot.
    yLabel: isPooledOverTrials(metric) && quantity ? t('scene.plot.learning.pooledSoFar', { unit: quantity.unit })
      : quantity && axisLabel !== null ? (quantity.unit ? (axisLabel.length > 24 && axisLabel === title ? quantity.unit : withUnitInBrackets(axisLabel, quantity.unit)) : axisLabel) : '',
    series: series.length > 0 ? series : [{ name: quantity?.label ?? '', color: populationColor(0), xs: points.xs, ys: points.ys }],
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


function withinPercent(values: Float64Array): boolean {
  for (const v of values) if (v < 0 || v > 100) return false;
  return true;
}
