/**
 * Sketch predictions: the format (loading, cross-checks with paths) and the scoring of a sketch
 * against per-trial records. Pure: the per-trial records are written here (no simulation, so no
 * integration scheme, dt or seed is involved); the curves are the shapes the campaign's sketch
 * levels produce (a rise to a plateau, a rise-fall-rise) and shapes that must not match them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import type { TrialRecord } from '../../../src/levels/metrics/levelRecorder';
import type { Level } from '../../../src/levels/schema/level';
import type { SketchPrediction } from '../../../src/levels/schema/lesson';
import {
  checkSketchPrediction, resampleCurve, scoreSketch, sketchAt, sketchPredictionsDue, validateSketch,
} from '../../../src/levels/campaign/sketch';

const raw = () => JSON.parse(readFileSync(new URL('../../../levels/stdp-pairing.json', import.meta.url), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (data: unknown): Level => {
  const loaded = loadLevel(data);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
};

const sketchEntry = (over: Record<string, unknown> = {}) => ({
  id: 'curve', question: 'Draw the weight, trial by trial.', askedBefore: 'start', reveal: 'It grows.',
  sketch: { objective: 'potentiate', yLabel: 'Weight', yMin: 0, yMax: 100, ...over },
});

/** Per-trial records whose metric `id` takes the values `ys` (null: no value that trial). */
function trials(ys: ReadonlyArray<number | null>, id = 'm'): TrialRecord[] {
  return ys.map((v, i) => ({ index: i, session: 's', phase: 'p', trialInPhase: i, trialType: 't', startTick: i, endTick: i + 1, metrics: { [id]: v } }));
}

const spec = (over: Partial<SketchPrediction['sketch']> = {}): SketchPrediction => ({
  id: 'q', question: 'q', askedBefore: 'start', reveal: 'r',
  sketch: { objective: 'm', xLabel: 'Trial', yLabel: 'y', yMin: 0, yMax: 100, points: 10, closeEnough: 0.5, ...over },
});

/** A rise from 5 to 30 between trials 10 and 30, then a plateau (dopamine-acquisition's cue burst, 100 trials). */
const riseToPlateau = Array.from({ length: 100 }, (_, i) => (i < 10 ? 5 : i < 30 ? 5 + (25 * (i - 10)) / 20 : 30));
const points = (f: (x: number) => number, n = 10): number[] => Array.from({ length: n }, (_, k) => f(k / (n - 1)));

describe('sketch prediction format', () => {
  it('loads a level with a sketch prediction, filling the defaults', () => {
    const d = raw();
    d.lesson.sketchPredictions = [sketchEntry()];
    const p = load(d).lesson!.sketchPredictions![0];
    expect(p.sketch).toEqual({ objective: 'potentiate', xLabel: 'Trial', yLabel: 'Weight', yMin: 0, yMax: 100, points: 10, closeEnough: 0.5 });
  });
  it('still loads a level without sketch predictions unchanged', () => {
    expect(load(raw()).lesson!.sketchPredictions).toBeUndefined();
  });
  it('rejects an unknown objective, an empty y range, a clashing id and too many points, each with its path', () => {
    const d = raw();
    d.lesson.predictions = [{ id: 'order', question: 'q', choices: ['a', 'b'], answer: 0, askedBefore: 'start', reveal: 'r' }];
    d.lesson.sketchPredictions = [sketchEntry({ objective: 'nope' }), { ...sketchEntry({ yMin: 5, yMax: 5 }), id: 'order' }, { ...sketchEntry({ points: 64 }), id: 'many' }];
    const loaded = loadLevel(d);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const messages = loaded.errors.map((e) => `${e.path}: ${e.message}`);
    expect(messages).toContain('lesson.sketchPredictions[0].sketch.objective: unknown objective "nope" (known: "potentiate")');
    expect(messages).toContain('lesson.sketchPredictions[1].sketch.yMax: must be above yMin (5), got 5');
    expect(messages).toContain('lesson.sketchPredictions[1].id: "order" is already the id of a prediction in lesson.predictions');
    expect(messages).toContain('lesson.sketchPredictions[2].sketch.points: must be ≤ the 60 trials on the x axis, got 64');
  });
  it('takes a part of the run as the x axis, and rejects a range outside the level', () => {
    const d = raw();
    d.lesson.sketchPredictions = [sketchEntry({ fromTrial: 41, toTrial: 60 })];
    expect(load(d).lesson!.sketchPredictions![0].sketch).toMatchObject({ fromTrial: 41, toTrial: 60 });
    d.lesson.sketchPredictions = [sketchEntry({ toTrial: 61 }), { ...sketchEntry({ fromTrial: 50, toTrial: 50 }), id: 'b' }, { ...sketchEntry({ fromTrial: 55, points: 10 }), id: 'c' }];
    const loaded = loadLevel(d);
    const messages = loaded.ok ? [] : loaded.errors.map((e) => `${e.path}: ${e.message}`);
    expect(messages).toEqual([
      'lesson.sketchPredictions[0].sketch.toTrial: must be ≤ the level\'s 60 trials, got 61',
      'lesson.sketchPredictions[1].sketch.fromTrial: must be below the last trial on the axis (50), got 50',
      'lesson.sketchPredictions[2].sketch.points: must be ≤ the 6 trials on the x axis, got 10',
    ]);
  });
  it('rejects a sketch prediction in a level without trials', () => {
    const d = raw();
    delete d.timeline;
    d.lesson.sketchPredictions = [sketchEntry()];
    const loaded = loadLevel(d);
    expect(loaded.ok ? [] : loaded.errors.map((e) => e.path)).toContain('lesson.sketchPredictions[0].sketch.objective');
  });
  it('rejects more than 64 points and unknown keys in the schema, with paths', () => {
    const d = raw();
    d.lesson.sketchPredictions = [sketchEntry({ points: 65, colour: 'red' })];
    const loaded = loadLevel(d);
    const paths = loaded.ok ? [] : loaded.errors.map((e) => e.path);
    expect(paths.some((p) => p.startsWith('lesson.sketchPredictions[0].sketch'))).toBe(true);
  });
  it('lists the sketch predictions due before the start or a trial', () => {
    const d = raw();
    d.lesson.sketchPredictions = [sketchEntry(), { ...sketchEntry(), id: 'later', askedBefore: { trial: 30 } }];
    const level = load(d);
    expect(sketchPredictionsDue(level, 'start').map((p) => p.id)).toEqual(['curve']);
    expect(sketchPredictionsDue(level, 30).map((p) => p.id)).toEqual(['later']);
    expect(sketchPredictionsDue(level, 29)).toEqual([]);
  });
});

describe('validateSketch', () => {
  it('accepts the right number of heights in [0, 1]', () => {
    expect(validateSketch([0, 0.5, 1, 0.2], 4)).toEqual([]);
  });
  it('names the wrong length, NaN, out-of-range and non-numbers by index, never throwing', () => {
    expect(validateSketch([0, 1, 0.5], 4)).toEqual(['sketch: must have 4 values (one per control point), got 3']);
    expect(validateSketch([0, Number.NaN, 1.5, 'x'], 4)).toEqual([
      'sketch[1]: must be a number from 0 to 1, got NaN', 'sketch[2]: must be a number from 0 to 1, got 1.5', 'sketch[3]: must be a number from 0 to 1, got "x"',
    ]);
    expect(validateSketch(null, 4)).toEqual(['sketch: must be a list of 4 numbers from 0 to 1']);
    expect(validateSketch({ length: 4 }, 4)).toEqual(['sketch: must be a list of 4 numbers from 0 to 1']);
  });
  it('makes scoring refuse a bad sketch with the error instead of a score', () => {
    expect(scoreSketch(spec(), [Number.NaN, ...Array(9).fill(0.5)], trials(riseToPlateau), 100)).toEqual({ ok: false, error: 'sketch[0]: must be a number from 0 to 1, got NaN' });
  });
});

describe('resampling', () => {
  it('interpolates the sketch between evenly spaced control points', () => {
    const r = { first: 1, last: 101 };
    expect(sketchAt([0, 1], r, 1)).toBe(0);
    expect(sketchAt([0, 1], r, 51)).toBeCloseTo(0.5, 12);
    expect(sketchAt([0, 1, 0], r, 76)).toBeCloseTo(0.5, 12);
    expect(sketchAt([0, 1, 0], r, 500)).toBe(0);
    expect(sketchAt([0, 1], { first: 301, last: 370 }, 335.5)).toBeCloseTo(0.5, 12);
  });
  it('averages a 0/100 per-trial value into a rate and fills gaps by interpolation', () => {
    // Trials 1-10 alternate 0/100: a grid of spacing 3 averages 4 trials (within 1.5) at each point.
    const xs = Array.from({ length: 10 }, (_, i) => i + 1);
    const ys = xs.map((x) => (x % 2 === 0 ? 100 : 0));
    expect(resampleCurve(xs, ys, [2.5, 5.5])).toEqual([50, 50]);
    expect(resampleCurve([1, 10], [0, 90], [1, 5.5, 10])).toEqual([0, 45, 90]);
  });
});

describe('scoreSketch', () => {
  const plateau = trials(riseToPlateau);
  const rise = (x: number): number => (x < 0.1 ? 0.05 : x < 0.3 ? 0.05 + ((x - 0.1) / 0.2) * 0.25 : 0.3);

  it('gives 1 to the exact curve', () => {
    const check = scoreSketch(spec({ points: 64 }), points(rise, 64), plateau, 100);
    expect(check.ok && check.result.score).toBeGreaterThan(0.95);
  });
  it('counts a rough rise to a plateau as right', () => {
    // Drawn by hand: flat, a rise over the first third, flat at 35 (a little too high).
    const check = scoreSketch(spec(), [0.05, 0.08, 0.2, 0.33, 0.35, 0.35, 0.35, 0.35, 0.35, 0.35], plateau, 100);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.result.correct).toBe(true);
    expect(check.result.score).toBeGreaterThan(0.8);
  });
  it('forgives the height more than the shape: the right timing drawn 30% of the plot too low is still right', () => {
    const lowered = points((x) => Math.max(0, rise(x) * 3 - 0.3 + 0.05)).map((v) => Math.min(1, v));
    const check = scoreSketch(spec({ yMax: 40 }), lowered, plateau, 100);
    expect(check.ok && check.result.correct).toBe(true);
  });
  it('does not count a flat line, a fall or a late rise as right', () => {
    const yRange = spec({ yMax: 40 });
    for (const wrong of [points(() => 0.45), points((x) => 0.75 - 0.7 * x), points((x) => (x < 0.8 ? 0.1 : 0.75))]) {
      const check = scoreSketch(yRange, wrong, plateau, 100);
      expect(check.ok).toBe(true);
      if (check.ok) expect(check.result.correct, JSON.stringify(wrong)).toBe(false);
    }
  });
  it('tells a rise-fall-rise (savings) from a rise that stays', () => {
    // Eyeblink: CRs 0→100% in acquisition (trials 1-100), back to ~5% in extinction (101-350), up in 20 trials.
    const crs = Array.from({ length: 370 }, (_, i) => (i < 30 ? 0 : i < 70 ? ((i - 30) / 40) * 100 : i < 110 ? 100 : i < 175 ? 100 - ((i - 110) / 65) * 95 : i < 350 ? 5 : 5 + ((i - 350) / 19) * 75));
    const spec370 = spec({ points: 12 });
    const good = scoreSketch(spec370, [0, 0.6, 1, 0.9, 0.3, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.7], trials(crs), 370);
    const stays = scoreSketch(spec370, [0, 0.6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], trials(crs), 370);
    expect(good.ok && good.result.correct).toBe(true);
    expect(stays.ok && stays.result.correct).toBe(false);
  });
  it('clamps the actual curve to the plot and compares only the trials that ran', () => {
    const check = scoreSketch(spec({ yMax: 20 }), points(() => 1), trials(riseToPlateau.slice(0, 50)), 100);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.result.trialsCompared).toBe(50);
    expect(Math.max(...check.result.actualOnGrid)).toBe(1);
    expect(check.result.actualValues.at(-1)).toBeCloseTo(30, 6);
  });
  it('compares only the trials on the axis when it covers a part of the run', () => {
    // Flat at 5% until trial 350, then a rise to 80% in 20 trials (savings); axis 301-370.
    const crs = Array.from({ length: 370 }, (_, i) => (i < 350 ? 5 : 5 + ((i - 350) / 19) * 75));
    const part = spec({ fromTrial: 301, toTrial: 370, points: 8 });
    const rise = scoreSketch(part, [0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.4, 0.8], trials(crs), 370);
    const flat = scoreSketch(part, [0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.1], trials(crs), 370);
    expect(rise.ok && rise.result.gridTrials[0]).toBe(301);
    expect(rise.ok && rise.result.trialsCompared).toBe(370);
    expect(rise.ok && rise.result.correct).toBe(true);
    expect(flat.ok && flat.result.correct).toBe(false);
  });
  it('skips trials without a value and refuses a run with fewer than 2', () => {
    const sparse = trials([null, 10, null, null, 20]);
    expect(scoreSketch(spec({ points: 4 }), [0.1, 0.13, 0.16, 0.2], sparse, 5).ok).toBe(true);
    expect(scoreSketch(spec({ points: 4 }), [0, 0, 0, 0], trials([null, 10]), 5)).toEqual({ ok: false, error: 'the run recorded 1 trial(s) from trial 1 to 5 with a value of objective "m"; a curve needs at least 2' });
  });
  it('checks a level\'s prediction by id', () => {
    const d = raw();
    d.lesson.sketchPredictions = [sketchEntry({ points: 4 })];
    const level = load(d);
    const run = trials(Array.from({ length: 60 }, (_, i) => i), 'potentiate');
    const check = checkSketchPrediction(level, 'curve', [0, 0.2, 0.4, 0.59], run);
    expect(check.ok && check.result.correct).toBe(true);
    expect(checkSketchPrediction(level, 'nope', [0, 0, 0, 0], run)).toEqual({ ok: false, error: 'level "stdp-pairing" has no sketch prediction "nope"' });
  });
});
