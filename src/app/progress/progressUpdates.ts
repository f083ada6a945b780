/**
 * What a level's outcome does to the progress: pure functions the page calls when a level is
 * completed or an attempt fails, so the rules are unit-tested apart from the page and storage.
 */
import { emptyLevelProgress, MAX_STARS, type LevelProgress, type PredictionRecord, type Progress } from './progressRecord';

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
  return { ...progress, predictions: [...progress.predictions, prediction].slice(-5000) };
}

/** Fills in the outcome of the latest open prediction for this level and question. */
export function recordPredictionOutcome(progress: Progress, levelId: string, questionId: string, outcome: string, correct: boolean | undefined): Progress {
  const predictions = [...progress.predictions];
  for (let i = predictions.length - 1; i >= 0; i--) {
    const p = predictions[i];
    if (p.levelId === levelId && p.questionId === questionId && p.outcome === undefined) {
      predictions[i] = correct === undefined ? { ...p, outcome } : { ...p, outcome, correct };
      break;
    }
  }
  return { ...progress, predictions };
}
