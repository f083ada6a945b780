/**
 * What a level's outcome does to the progress: pure functions the page calls when a level is
 * completed or an attempt fails, so the rules are unit-tested apart from the page and storage.
 */
import {
  emptyLevelProgress, MAX_PREDICTIONS, MAX_SKETCH_VALUES, MAX_STARS, SPEED_CHOICES, type LevelProgress, type PredictionRecord, type Progress, type Settings, settingsRecord,
} from './progressRecord';

function withLevel(progress: Progress, levelId: string, update: (entry: LevelProgress) => LevelProgress): Progress {
  return { ...progress, levels: { ...progress.levels, [levelId]: update(progress.levels[levelId] ?? emptyLevelProgress()) } };
}

/** An attempt ended without the objectives met (the player reset, or the timeline ran out). */
export function recordFailure(progress: Progress, levelId: string): Progress {
  return withLevel(progress, levelId, (e) => ({ ...e, attempts: e.attempts + 1, failures: e.failures + 1 }));
}

/** An attempt met every objective with `stars` after `trialsUsed` trials; keeps the best. */
export function recordCompletion(progress: Progress, levelId: string, stars: number, trialsUsed: number): Progress {
  const s = Math.max(0, Math.min(MAX_STARS, Math.round(stars)));
  const t = Math.max(0, Math.round(trialsUsed));
  return withLevel(progress, levelId, (e) => {
    const better = !e.completed || s > e.bestStars || (s === e.bestStars && t < e.trialsUsed);
    return { ...e, attempts: e.attempts + 1, completed: true, bestStars: Math.max(e.bestStars, s), trialsUsed: better ? t : e.trialsUsed };
  });
}

/** Failed attempts since the level was last completed, for unlocking hints (all failures for now). */
export function failuresOf(progress: Progress, levelId: string): number {
  return progress.levels[levelId]?.failures ?? 0;
}

export function recordPrediction(progress: Progress, prediction: PredictionRecord): Progress {
  return { ...progress, predictions: [...progress.predictions, prediction].slice(-MAX_PREDICTIONS) };
}

/** Fills in the outcome of the latest open prediction for this level and question (`score` for a sketch, 0-1). */
export function recordPredictionOutcome(progress: Progress, levelId: string, questionId: string, outcome: string, correct: boolean | undefined, score?: number): Progress {
  const predictions = [...progress.predictions];
  for (let i = predictions.length - 1; i >= 0; i--) {
    const p = predictions[i];
    if (p.levelId === levelId && p.questionId === questionId && p.outcome === undefined) {
      const next: PredictionRecord = { ...p, outcome: outcome.slice(0, 500) };
      if (correct !== undefined) next.correct = correct;
      if (score !== undefined && Number.isFinite(score)) next.score = Math.min(1, Math.max(0, score));
      predictions[i] = next;
      break;
    }
  }
  return { ...progress, predictions };
}

/**
 * A sketched prediction: the control points' heights (0-1, at most 64; anything else is clamped or
 * cut so the record stays valid), with `answer` the sketch in words. The outcome and score follow
 * with recordPredictionOutcome after the run.
 */
export function recordSketchPrediction(progress: Progress, levelId: string, questionId: string, sketch: readonly number[], answer: string, madeAt: string): Progress {
  const heights = sketch.slice(0, MAX_SKETCH_VALUES).map((v) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0));
  return recordPrediction(progress, { levelId, questionId, answer: answer.slice(0, 500), sketch: heights, madeAt });
}

/** Merges the settings the player changed; values out of range or of the wrong type are ignored. */
export function recordSettings(progress: Progress, change: Settings): Progress {
  const settings = { ...progress.settings };
  if (typeof change.volume === 'number' && Number.isFinite(change.volume)) settings.volume = Math.min(1, Math.max(0, change.volume));
  if (typeof change.muted === 'boolean') settings.muted = change.muted;
  if (typeof change.speed === 'string' && (SPEED_CHOICES as readonly string[]).includes(change.speed)) settings.speed = change.speed;
  if (typeof change.locale === 'string' && settingsRecord.shape.locale.safeParse(change.locale).success) settings.locale = change.locale;
  return { ...progress, settings };
}
