/**
 * Merging two progress records that each hold things the player did: an imported file into the saved
 * record, or the record a closing tab left in its journal (progressJournal.ts) into IndexedDB.
 * The merge never loses anything earned, and merging the same record twice changes nothing
 * (idempotent), so a journal that was already written is harmless to merge again:
 * - stars: the best of either; completed if either completed;
 * - attempts and failures: the larger count (the two records may share attempts, so a sum would
 *   count them twice);
 * - trialsUsed: of the better completion (more stars, or as many with fewer trials);
 * - predictions: united by id (level, question, when made), a copy with its outcome preferred,
 *   in the order they were made;
 * - settings: field by field, the side named `settingsWinner` wins where it has chosen a value.
 */
import { MAX_PREDICTIONS, type LevelProgress, type PredictionRecord, type Progress } from './progressRecord';

export function mergeLevel(a: LevelProgress | undefined, b: LevelProgress): LevelProgress {
  if (!a) return { ...b };
  const bBetter = b.completed && (!a.completed || b.bestStars > a.bestStars || (b.bestStars === a.bestStars && b.trialsUsed < a.trialsUsed));
  return {
    bestStars: Math.max(a.bestStars, b.bestStars),
    attempts: Math.max(a.attempts, b.attempts),
    failures: Math.max(a.failures, b.failures),
    trialsUsed: bBetter ? b.trialsUsed : a.trialsUsed,
    completed: a.completed || b.completed,
  };
}

/** A prediction's identity: the same level, question and moment is the same prediction. */
export function predictionId(p: PredictionRecord): string {
  return `${p.levelId}\u0000${p.questionId}\u0000${p.madeAt}`;
}

function mergePredictions(a: readonly PredictionRecord[], b: readonly PredictionRecord[]): PredictionRecord[] {
  const byId = new Map<string, PredictionRecord>();
  for (const p of [...a, ...b]) {
    const id = predictionId(p);
    const known = byId.get(id);
    // The copy that knows what happened wins (one tab may have recorded the outcome after the other saved).
    if (!known || (known.outcome === undefined && p.outcome !== undefined)) byId.set(id, p);
  }
  // ISO 8601 times sort as text; a stable sort keeps the recorded order among equal times.
  return [...byId.values()].sort((x, y) => (x.madeAt < y.madeAt ? -1 : x.madeAt > y.madeAt ? 1 : 0)).slice(-MAX_PREDICTIONS);
}

export function mergeProgress(base: Progress, incoming: Progress, settingsWinner: 'base' | 'incoming' = 'base'): Progress {
  const levels: Record<string, LevelProgress> = { ...base.levels };
  for (const [id, entry] of Object.entries(incoming.levels)) levels[id] = mergeLevel(levels[id], entry);
  const settings = settingsWinner === 'base' ? { ...incoming.settings, ...base.settings } : { ...base.settings, ...incoming.settings };
  return { version: base.version, levels, predictions: mergePredictions(base.predictions, incoming.predictions), settings };
}
