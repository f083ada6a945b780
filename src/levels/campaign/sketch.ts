/**
 * Sketch predictions: the player draws how an objective's per-trial value will evolve (N control
 * points, each a height in [0, 1] of the plot's y range, evenly spaced over the x axis: trials
 * `fromTrial` to `toTrial`, by default all the level's trials), the level runs, and the sketch is
 * scored against the run's curve. Pure: no DOM, no clock.
 *
 * Scoring, step by step:
 * 1. The x grid: G = min(32, trials compared) points evenly spaced from the axis's first trial to
 *    its last, or to the last trial the run recorded if it stopped earlier (compared over the part
 *    that ran).
 * 2. The sketch on the grid: linear interpolation between its control points (point k sits at
 *    trial first + k (last − first) / (N − 1)).
 * 3. The actual curve on the grid: at each grid x, the mean of the objective's per-trial values of
 *    the trials within half a grid step (so a 0/100 per-trial value like "CR or not" becomes a
 *    rate); with no trial there, linear interpolation between the nearest recorded trials.
 *    Normalised like the sketch: a = (value − yMin) / (yMax − yMin), clamped to [0, 1] (the
 *    player could not draw outside the plot).
 * 4. With d_g = sketch_g − actual_g and m = mean(d):
 *      shapeError = sqrt(mean((d_g − m)²))   — does the curve rise and fall in the right places?
 *      levelError = |m|                       — is it at the right height overall?
 *      error      = sqrt(shapeError² + (0.5 · levelError)²)
 *    (shapeError² + levelError² is the mean squared error; the height counts half because the
 *    shape is the point of a learning curve.)
 *      score   = max(0, 1 − error / 0.4)      — 1 for a perfect sketch, 0 from an error of 0.4
 *      correct = score ≥ closeEnough          (the level's threshold, 0.5 by default: error ≤ 0.2)
 *    For scale: a flat line through the middle of a curve that climbs the whole plot scores about
 *    0.28; a rising sketch with the right timing but drawn 30% too low scores about 0.63.
 */
import type { TrialRecord } from '../metrics/levelRecorder';
import { DEFAULT_SKETCH_X_LABEL, MAX_SKETCH_POINTS, type SketchPrediction } from '../schema/lesson';
import { labelWord } from '../labels/labelWords';
import type { Level } from '../schema/level';

/** Grid points the curves are compared on (at most; fewer when the run had fewer trials). */
export const SKETCH_GRID_POINTS = 32;
/** The error (in plot heights) at which the score reaches 0. */
export const FULL_MISS_ERROR = 0.4;
/** How much the overall height counts next to the shape. */
export const LEVEL_WEIGHT = 0.5;

export interface SketchScore {
  /** 0 (nothing like it) to 1 (the same curve). */
  score: number;
  correct: boolean;
  shapeError: number;
  levelError: number;
  /** The comparison grid: trial numbers, the sketch and the actual curve there (plot heights 0-1). */
  gridTrials: number[];
  sketchOnGrid: number[];
  actualOnGrid: number[];
  /** The actual curve on the grid in the objective's unit (not clamped). */
  actualValues: number[];
  /** The last trial the comparison covers (the axis's last, or the run's last recorded trial if earlier). */
  trialsCompared: number;
}

export type SketchCheck = { ok: true; result: SketchScore } | { ok: false; error: string };

/** Path-named problems with a player's sketch (an empty list when it is fine); never throws. */
export function validateSketch(values: unknown, points: number, path = 'sketch'): string[] {
  if (!Array.isArray(values)) return [`${path}: must be a list of ${points} numbers from 0 to 1`];
  const errors: string[] = [];
  if (values.length !== points) errors.push(`${path}: must have ${points} values (one per control point), got ${values.length}`);
  values.slice(0, MAX_SKETCH_POINTS).forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) {
      errors.push(`${path}[${i}]: must be a number from 0 to 1, got ${typeof v === 'number' ? String(v) : JSON.stringify(v) ?? typeof v}`);
    }
  });
  return errors.slice(0, 5);
}

/** The level's trials: the sum over its sessions and phases (the sketch's x axis runs 1..this). */
export function levelTrialCount(level: Level): number {
  return (level.timeline?.sessions ?? []).reduce((sum, s) => sum + s.phases.reduce((n, p) => n + p.trials, 0), 0);
}

/** Trial numbers (1-based) and values of one objective's per-trial metric; trials without a value are skipped. */
export function perTrialCurve(trials: readonly TrialRecord[], objectiveId: string): { trials: number[]; values: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const t of trials) {
    const v = t.metrics[objectiveId];
    if (typeof v === 'number' && Number.isFinite(v)) {
      xs.push(t.index + 1);
      ys.push(v);
    }
  }
  return { trials: xs, values: ys };
}

/** The trials on a sketch's x axis (1-based, inclusive): fromTrial..toTrial, by default all the level's. */
export interface TrialRange { first: number; last: number }

export function sketchTrialRange(prediction: SketchPrediction, levelTrials: number): TrialRange {
  const first = prediction.sketch.fromTrial ?? 1;
  return { first, last: Math.max(first + 1, prediction.sketch.toTrial ?? levelTrials) };
}

/** The sketch's height at trial x (control points evenly spaced over the range). */
export function sketchAt(sketch: readonly number[], range: TrialRange, x: number): number {
  if (sketch.length === 1 || range.last <= range.first) return sketch[0];
  const pos = Math.min(1, Math.max(0, (x - range.first) / (range.last - range.first))) * (sketch.length - 1);
  const k = Math.min(sketch.length - 2, Math.floor(pos));
  const f = pos - k;
  return sketch[k] * (1 - f) + sketch[k + 1] * f;
}

/** Linear interpolation in sorted (xs, ys) at x, holding the ends. */
function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  if (x <= xs[0]) return ys[0];
  if (x >= xs[xs.length - 1]) return ys[ys.length - 1];
  let hi = 1;
  while (xs[hi] < x) hi++;
  const f = (x - xs[hi - 1]) / (xs[hi] - xs[hi - 1]);
  return ys[hi - 1] * (1 - f) + ys[hi] * f;
}

/** The curve's mean value within half a grid step of each grid x (interpolated where no trial falls). */
export function resampleCurve(xs: readonly number[], ys: readonly number[], grid: readonly number[]): number[] {
  const halfStep = grid.length > 1 ? Math.max(0.5, (grid[1] - grid[0]) / 2) : 0.5;
  return grid.map((gx) => {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < xs.length; i++) {
      if (Math.abs(xs[i] - gx) <= halfStep) { sum += ys[i]; n++; }
    }
    return n > 0 ? sum / n : interpolate(xs, ys, gx);
  });
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/**
 * Scores a sketch (plot heights 0-1) against the run's per-trial records of the prediction's
 * objective; `levelTrials` is the level's number of trials (the x axis unless the prediction names a range).
 */
export function scoreSketch(prediction: SketchPrediction, sketch: readonly number[], trials: readonly TrialRecord[], levelTrials: number): SketchCheck {
  const spec = prediction.sketch;
  const problems = validateSketch(sketch, spec.points);
  if (problems.length > 0) return { ok: false, error: problems.join('; ') };
  if (!(spec.yMax > spec.yMin)) return { ok: false, error: `sketch.yMax: must be above yMin (${spec.yMin}), got ${spec.yMax}` };
  const range = sketchTrialRange(prediction, levelTrials);
  const all = perTrialCurve(trials, spec.objective);
  const curve = { trials: [] as number[], values: [] as number[] };
  all.trials.forEach((t, i) => { if (t >= range.first && t <= range.last) { curve.trials.push(t); curve.values.push(all.values[i]); } });
  if (curve.trials.length < 2) {
    return { ok: false, error: `the run recorded ${curve.trials.length} trial(s) from trial ${range.first} to ${range.last} with a value of objective "${spec.objective}"; a curve needs at least 2` };
  }
  const last = curve.trials[curve.trials.length - 1];
  const g = Math.max(2, Math.min(SKETCH_GRID_POINTS, last - range.first + 1));
  const gridTrials = Array.from({ length: g }, (_, i) => range.first + (i * (last - range.first)) / (g - 1));
  const actualValues = resampleCurve(curve.trials, curve.values, gridTrials);
  const yRange = spec.yMax - spec.yMin;
  const actualOnGrid = actualValues.map((v) => clamp01((v - spec.yMin) / yRange));
  const sketchOnGrid = gridTrials.map((x) => sketchAt(sketch, range, x));
  const d = sketchOnGrid.map((s, i) => s - actualOnGrid[i]);
  const mean = d.reduce((a, b) => a + b, 0) / d.length;
  const shapeError = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / d.length);
  const levelError = Math.abs(mean);
  const error = Math.sqrt(shapeError ** 2 + (LEVEL_WEIGHT * levelError) ** 2);
  const score = Math.max(0, 1 - error / FULL_MISS_ERROR);
  return {
    ok: true,
    result: { score, correct: score >= spec.closeEnough, shapeError, levelError, gridTrials, sketchOnGrid, actualOnGrid, actualValues, trialsCompared: last },
  };
}

/** Evenly spaced trial numbers of n control points over the range. */
export function controlTrials(n: number, range: TrialRange): number[] {
  return Array.from({ length: n }, (_, k) => range.first + (k * (range.last - range.first)) / Math.max(n - 1, 1));
}

/** What the UI needs to draw a sketch prediction's plot: labels, y range and the trials on the x axis. */
export interface SketchAxes {
  xLabel: string;
  yLabel: string;
  yUnit?: string;
  yMin: number;
  yMax: number;
  firstTrial: number;
  lastTrial: number;
}

/**
 * The x axis's label: the level's own (translated with the level's texts), or the default "Trial" in
 * the page's language when the level names none (the schema fills the English default in).
 */
export function sketchXLabel(sketch: Pick<SketchPrediction['sketch'], 'xLabel'>): string {
  return sketch.xLabel === DEFAULT_SKETCH_X_LABEL ? labelWord('game.sketch.xLabelDefault', DEFAULT_SKETCH_X_LABEL) : sketch.xLabel;
}

export function sketchAxes(prediction: SketchPrediction, levelTrials: number): SketchAxes {
  const { yLabel, yUnit, yMin, yMax } = prediction.sketch;
  const range = sketchTrialRange(prediction, levelTrials);
  return { xLabel: sketchXLabel(prediction.sketch), yLabel, ...(yUnit !== undefined ? { yUnit } : {}), yMin, yMax, firstTrial: range.first, lastTrial: range.last };
}

export function findSketchPrediction(level: Level, predictionId: string): SketchPrediction | undefined {
  return level.lesson?.sketchPredictions?.find((p) => p.id === predictionId);
}

/** Scores a player's sketch for one of the level's sketch predictions; bad ids or sketches give an error, never a throw. */
export function checkSketchPrediction(level: Level, predictionId: string, sketch: readonly number[], trials: readonly TrialRecord[]): SketchCheck {
  const prediction = findSketchPrediction(level, predictionId);
  if (!prediction) return { ok: false, error: `level "${level.id}" has no sketch prediction "${predictionId}"` };
  return scoreSketch(prediction, sketch, trials, levelTrialCount(level));
}

/** The sketch predictions to ask before the given trial (1-based; 0 or 'start' means before the level starts). */
export function sketchPredictionsDue(level: Level, before: 'start' | number): SketchPrediction[] {
  return (level.lesson?.sketchPredictions ?? []).filter((p) => (p.askedBefore === 'start' ? before === 'start' || before === 0 : p.askedBefore.trial === before));
}

/** A plot height (0-1) in the plot's unit, rounded for reading. */
export function heightToValue(height: number, spec: Pick<SketchPrediction['sketch'], 'yMin' | 'yMax'>): number {
  return spec.yMin + height * (spec.yMax - spec.yMin);
}
