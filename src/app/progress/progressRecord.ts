/**
 * The player's saved progress, version 2: per level stars, attempts, failures, trials used and
 * completion; the predictions the player committed and what happened (a choice, or a sketched curve
 * and its score); the page's settings. Pure (no DOM, no storage).
 * Level ids and prediction ids are restricted to plain slugs so an imported file cannot smuggle
 * keys like `__proto__` into the record.
 */
import { z } from 'zod';

export const PROGRESS_VERSION = 2;
/** Most numbers a sketched prediction keeps (src/levels MAX_SKETCH_POINTS). */
export const MAX_SKETCH_VALUES = 64;
export const MAX_STARS = 3;
/** Most predictions kept (the oldest go first). */
export const MAX_PREDICTIONS = 5000;

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
  /** The answer as shown when it was made (in that language): a choice's text, or a sketch in words. */
  answer: z.string().max(500),
  /**
   * A multiple-choice answer: the chosen choice's index, the same in every language, so a switched
   * language keeps the answer. Older records have only the text: results/choiceIndex.ts maps it back.
   */
  choice: z.number().int().min(0).max(99).optional(),
  /** What the run showed, once it has run. */
  outcome: z.string().max(500).optional(),
  correct: z.boolean().optional(),
  /** A sketched prediction: the control points' heights, 0 (bottom of the plot) to 1 (top). */
  sketch: z.array(z.number().min(0).max(1)).min(2).max(MAX_SKETCH_VALUES).optional(),
  /** How well the sketch matched the run (0-1), once it has run. */
  score: z.number().min(0).max(1).optional(),
  /** When it was made (ISO 8601), only for ordering. */
  madeAt: z.string().max(40),
});
export type PredictionRecord = z.infer<typeof predictionRecord>;

export const SPEED_CHOICES = ['slow', 'normal', 'fast'] as const;

/**
 * What the page remembers between visits. A field is absent until the player chooses it, so the
 * page can tell "never chosen" (use the page default, or a value an older page kept elsewhere,
 * like the sound settings it kept in localStorage) from a choice.
 */
export const settingsRecord = z.strictObject({
  /** Sound volume, 0 (silent) to 1. */
  volume: z.number().min(0).max(1).optional(),
  muted: z.boolean().optional(),
  /** The last chosen simulation speed. */
  speed: z.enum(SPEED_CHOICES).optional(),
  /** The language chosen in the page's language menu (a locale code such as "es"); a `locale=` link wins for its visit. */
  locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/, 'must be a language code such as "en" or "es"').optional(),
});
export type Settings = z.infer<typeof settingsRecord>;
/** The settings with a value always (the language is not here: the page picks it at boot, pageLocale.ts). */
export type ResolvedSettings = Required<Omit<Settings, 'locale'>>;
export const DEFAULT_SETTINGS: ResolvedSettings = { volume: 0.7, muted: false, speed: 'normal' };

/** The settings to apply: the saved choices, else `fallback` (e.g. an older page's localStorage), else the defaults. */
export function resolveSettings(saved: Settings, fallback: Settings = {}): ResolvedSettings {
  return {
    volume: saved.volume ?? fallback.volume ?? DEFAULT_SETTINGS.volume,
    muted: saved.muted ?? fallback.muted ?? DEFAULT_SETTINGS.muted,
    speed: saved.speed ?? fallback.speed ?? DEFAULT_SETTINGS.speed,
  };
}

export const progressV2 = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  levels: z.record(slug, levelProgress).refine((r) => Object.keys(r).length <= 1000, 'at most 1000 levels'),
  predictions: z.array(predictionRecord).max(MAX_PREDICTIONS),
  settings: settingsRecord,
});
export type Progress = z.infer<typeof progressV2>;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, levels: {}, predictions: [], settings: {} };
}

export function emptyLevelProgress(): LevelProgress {
  return { bestStars: 0, attempts: 0, failures: 0, trialsUsed: 0, completed: false };
}
