/** What the campaign cards read from a level's lesson (read defensively: every field may be missing). */
function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
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

/** Whether the lesson's questions count for stars (a star tier asks for correct predictions). */
export function predictionsCountForStars(lesson: unknown): boolean {
  const tiers = record(lesson).stars;
  return Array.isArray(tiers) && tiers.some((tier) => record(tier).predictionsCorrect === true);
}
