/**
 * Hints unlock after failed attempts. A plain string hint at position i (0-based) unlocks after
 * i + 1 failures, so lists written before hints had unlock counts keep their order without migration.
 */
import type { Hint } from '../schema/lesson';
import type { Level } from '../schema/level';

export interface UnlockedHint { text: string; afterFailures: number }

/** Every hint with its unlock count, in the order written. */
export function hintSchedule(hints: readonly Hint[]): UnlockedHint[] {
  return hints.map((hint, i) => (typeof hint === 'string' ? { text: hint, afterFailures: i + 1 } : hint));
}

/** The hints a player who has failed `failures` times may see, in the order written. */
export function unlockedHints(level: Level, failures: number): UnlockedHint[] {
  const count = Number.isFinite(failures) ? Math.max(0, Math.floor(failures)) : 0;
  return hintSchedule(level.lesson?.hints ?? []).filter((hint) => hint.afterFailures <= count);
}
