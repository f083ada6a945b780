/**
 * What the campaign UI reads from a level's lesson. Read defensively: the lesson format is growing
 * (hints that unlock after a number of failures, a "what happened" text, predictions), and the page
 * shows whatever of it the level has.
 */
export interface HintView {
  text: string;
  /** Failed attempts before the hint shows. */
  afterFailures: number;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The level's hints; a plain string hint n (0-based) unlocks after n + 1 failures. */
export function hintsOf(lesson: unknown): HintView[] {
  const hints = record(lesson).hints;
  if (!Array.isArray(hints)) return [];
  return hints.flatMap((hint: unknown, i): HintView[] => {
    if (typeof hint === 'string') return hint ? [{ text: hint, afterFailures: i + 1 }] : [];
    const h = record(hint);
    const text = str(h.text);
    const after = typeof h.afterFailures === 'number' && h.afterFailures >= 0 ? h.afterFailures : i + 1;
    return text ? [{ text, afterFailures: after }] : [];
  });
}

/** The hints a player who has failed `failures` times may see. */
export function unlockedHints(lesson: unknown, failures: number): HintView[] {
  return hintsOf(lesson).filter((h) => h.afterFailures <= failures);
}

export function introOf(lesson: unknown): string {
  return str(record(lesson).intro);
}

export function goalOf(lesson: unknown): string {
  return str(record(lesson).goal);
}

/** The "what just happened" text: `whatHappened` when the level has it, else its explanation. */
export function whatHappenedOf(lesson: unknown): string {
  const l = record(lesson);
  return str(l.whatHappened) || str(l.explanation);
}
