/**
 * Progress files: export as JSON text, import with validation. An import never touches the saved
 * progress unless the whole file is valid; the error names the first problems by path.
 */
import { migrateToVersion } from './migrations';
import { PROGRESS_VERSION, progressV2, type LevelProgress, type Progress } from './progressRecord';

/** Files larger than this are refused before parsing (a real one is a few KB). */
export const MAX_PROGRESS_FILE_BYTES = 2_000_000;
export const PROGRESS_FILE_KIND = 'synaptica-progress';

export function exportProgress(progress: Progress): string {
  return JSON.stringify({ kind: PROGRESS_FILE_KIND, ...progress }, null, 2);
}

export type ParseResult = { ok: true; progress: Progress } | { ok: false; error: string };

/** Validates and migrates a stored or imported record (without the file's `kind` tag). */
export function parseProgressRecord(raw: unknown): ParseResult {
  const migrated = migrateToVersion(raw, PROGRESS_VERSION);
  if (!migrated.ok) return migrated;
  const parsed = progressV2.safeParse(migrated.record);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(top)'}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    return { ok: false, error: problems.join('; ') + more };
  }
  return { ok: true, progress: parsed.data };
}

/** Parses an imported file's text. */
export function parseProgressFile(text: string): ParseResult {
  if (text.length > MAX_PROGRESS_FILE_BYTES) return { ok: false, error: `the file is larger than ${MAX_PROGRESS_FILE_BYTES / 1_000_000} MB; it is not a progress file` };
  let raw: unknown;
  let hostileKey: string | null = null;
  try {
    // JSON.parse makes "__proto__" an own key, which some object copies turn into a prototype: refuse it.
    raw = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') hostileKey ??= key;
      return value;
    });
  } catch (error) {
    return { ok: false, error: `the file is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (hostileKey !== null) return { ok: false, error: `the key "${hostileKey}" is not allowed anywhere in a progress file` };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'the file must hold a JSON object' };
  const { kind, ...rest } = raw as Record<string, unknown>;
  if (kind !== undefined && kind !== PROGRESS_FILE_KIND) return { ok: false, error: `kind: expected "${PROGRESS_FILE_KIND}", got ${JSON.stringify(kind)?.slice(0, 60)}` };
  return parseProgressRecord(rest);
}

function mergeLevel(a: LevelProgress | undefined, b: LevelProgress): LevelProgress {
  if (!a) return { ...b };
  const best = b.bestStars > a.bestStars || (b.bestStars === a.bestStars && b.completed && (!a.completed || b.trialsUsed < a.trialsUsed)) ? b : a;
  return {
    bestStars: Math.max(a.bestStars, b.bestStars),
    attempts: Math.max(a.attempts, b.attempts),
    failures: Math.max(a.failures, b.failures),
    trialsUsed: best.trialsUsed,
    completed: a.completed || b.completed,
  };
}

/**
 * Merges an imported record into the saved one: nothing earned is lost (best stars, completion,
 * the larger counts), predictions are united (same level, question and time count once), and
 * settings already chosen in this browser are kept.
 */
export function mergeProgress(saved: Progress, imported: Progress): Progress {
  const levels: Record<string, LevelProgress> = { ...saved.levels };
  for (const [id, entry] of Object.entries(imported.levels)) levels[id] = mergeLevel(levels[id], entry);
  const key = (p: Progress['predictions'][number]): string => `${p.levelId}\u0000${p.questionId}\u0000${p.madeAt}`;
  const seen = new Set(saved.predictions.map(key));
  const predictions = [...saved.predictions, ...imported.predictions.filter((p) => !seen.has(key(p)))].slice(-5000);
  // The settings of this browser win; the file only fills what was never chosen here.
  return { version: saved.version, levels, predictions, settings: { ...imported.settings, ...saved.settings } };
}
