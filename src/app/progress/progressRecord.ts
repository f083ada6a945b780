/**
 * The player's saved progress, version 1: per level stars, attempts, failures, trials used and
 * completion; the predictions the player committed and what happened. Pure (no DOM, no storage).
 * Level ids and prediction ids are restricted to plain slugs so an imported file cannot smuggle
 * keys like `__proto__` into the record.
 */
import { z } from 'zod';

export const PROGRESS_VERSION = 1;
export const MAX_STARS = 3;

const slug = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must be an id of letters, digits, ".", "_" or "-" (at most 100, starting with a letter or digit)');
const count = z.number().int().min(0).max(1_000_000);

export const levelProgress = z.strictObject({
  bestStars: z.number().int().min(0).max(MAX_STARS),
  attempts: count,
  failures: count,
  /** Trials the best completion used (0 until completed). */
  trialsUsed: count,
  completed: z.boolean(),
});
export type LevelProgress = z.infer<typeof levelProgress>;

export const predictionRecord = z.strictObject({
  levelId: slug,
  questionId: slug,
  answer: z.string().max(500),
  /** What the run showed, once it has run. */
  outcome: z.string().max(500).optional(),
  correct: z.boolean().optional(),
  /** When it was made (ISO 8601), only for ordering. */
  madeAt: z.string().max(40),
});
export type PredictionRecord = z.infer<typeof predictionRecord>;

export const progressV1 = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  levels: z.record(slug, levelProgress).refine((r) => Object.keys(r).length <= 1000, 'at most 1000 levels'),
  predictions: z.array(predictionRecord).max(5000),
});
export type Progress = z.infer<typeof progressV1>;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, levels: {}, predictions: [] };
}

export function emptyLevelProgress(): LevelProgress {
  return { bestStars: 0, attempts: 0, failures: 0, trialsUsed: 0, completed: false };
}
