/**
 * The texts of a level (and of the campaign) a player or teacher reads, named by JSON Pointer (RFC
 * 6901): the fields a translation may replace. Everything else (ids, numbers, units, paths) is what
 * the simulation and the rules read, and stays as written (format: docs/architecture.md, "Level
 * texts in other languages"). Each pattern carries the schema's length limit for its field, so a
 * transformed text (a pseudo-locale's long version) can be kept within what the schema accepts.
 */

/** One translatable field: its path with "#" for any array index, and the schema's maximum length. */
export interface TextPattern {
  readonly segments: readonly string[];
  readonly maxChars: number;
}

function pattern(pointer: string, maxChars: number): TextPattern {
  return { segments: pointer.split('/').slice(1), maxChars };
}

export const LEVEL_TEXT_PATTERNS: readonly TextPattern[] = [
  pattern('/title', 200),
  pattern('/description', 2_000),
  pattern('/lesson/intro', 20_000),
  pattern('/lesson/goal', 2_000),
  pattern('/lesson/explanation', 20_000),
  pattern('/lesson/whatHappened', 20_000),
  pattern('/lesson/teacherNotes', 20_000),
  pattern('/lesson/hints/#', 2_000),
  pattern('/lesson/hints/#/text', 2_000),
  pattern('/lesson/predictions/#/question', 1_000),
  pattern('/lesson/predictions/#/choices/#', 500),
  pattern('/lesson/predictions/#/reveal', 2_000),
  pattern('/lesson/sketchPredictions/#/question', 1_000),
  pattern('/lesson/sketchPredictions/#/reveal', 2_000),
  pattern('/lesson/sketchPredictions/#/sketch/xLabel', 100),
  pattern('/lesson/sketchPredictions/#/sketch/yLabel', 100),
  pattern('/lesson/stars/#/objectiveThresholds/#/label', 80),
  pattern('/objectives/#/label', 60),
  pattern('/objectives/#/description', 500),
  // Not in the first list, but shown to the player as well (the schema says so):
  pattern('/measures/#/label', 60),
  pattern('/measures/#/description', 500),
  pattern('/playerCommands/#/label', 100),
  pattern('/playerParameters/#/label', 100),
  pattern('/playerParameters/#/help', 2_000),
  pattern('/populations/#/label', 60),
  pattern('/populations/#/groups/#/label', 40),
  pattern('/timeline/sessions/#/phases/#/label', 200),
];

export const CAMPAIGN_TEXT_PATTERNS: readonly TextPattern[] = [
  pattern('/title', 200),
  pattern('/chapters/#/title', 200),
  pattern('/chapters/#/summary', 2_000),
];

/** A JSON Pointer from its segments ("~" → "~0", "/" → "~1"). */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export interface TextAt {
  readonly pointer: string;
  readonly text: string;
  readonly maxChars: number;
}

/** The pattern a path matches ("#" matches an array index only), or undefined. */
function matchingPattern(path: readonly (string | number)[], patterns: readonly TextPattern[]): TextPattern | undefined {
  return patterns.find((p) => p.segments.length === path.length
    && p.segments.every((segment, i) => (segment === '#' ? typeof path[i] === 'number' : segment === path[i])));
}

/** The translatable texts present in a document, in document order. */
export function textsOf(data: unknown, patterns: readonly TextPattern[]): TextAt[] {
  const found: TextAt[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      const match = matchingPattern(path, patterns);
      if (match) found.push({ pointer: toPointer(path), text: value, maxChars: match.maxChars });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  return found;
}

/** The translatable JSON Pointers of a level file's data, in document order. */
export function levelTextPaths(level: unknown): string[] {
  return textsOf(level, LEVEL_TEXT_PATTERNS).map((t) => t.pointer);
}

/** The translatable JSON Pointers of the campaign manifest, in document order. */
export function campaignTextPaths(campaign: unknown): string[] {
  return textsOf(campaign, CAMPAIGN_TEXT_PATTERNS).map((t) => t.pointer);
}
