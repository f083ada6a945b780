/**
 * Live validation: a draft goes through loadLevel, the same path a level file takes, and each
 * LevelError's path string (`projections[0].connect.p`) becomes a DraftPath, so a view can ask
 * which problems sit at or below one of its fields.
 */
import { loadLevel } from '../levels/loadLevel';
import { levelErrorReason, speaksLoaderEnglish } from './levelErrorWords';
import type { DraftPath, DraftProblem } from './draftEdit';

const SEGMENT = /^(?:\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** Parses a level error path (`a.b[2]["x-y"]`, '' for the root) into segments; unparsable tails stay one string segment. */
export function parseErrorPath(text: string): DraftPath {
  const segments: (string | number)[] = [];
  let rest = text;
  while (rest.length > 0) {
    const match = SEGMENT.exec(rest);
    if (match === null) { segments.push(rest); break; }
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]) as string);
    rest = rest.slice(match[0].length);
  }
  return segments;
}

/** Whether `path` is `prefix` or lies below it. */
export function pathStartsWith(path: DraftPath, prefix: DraftPath): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((segment, i) => segment === path[i]);
}

/** Validates a draft as a level; no problems means it loads (and can be played). */
export function validateDraft(draft: unknown): DraftProblem[] {
  const result = loadLevel(draft);
  if (result.ok) return [];
  // The message in the page's language (the loader's own English, as it is, on an English page).
  const english = speaksLoaderEnglish();
  return result.errors.map((error) => ({ path: parseErrorPath(error.path), message: english ? error.message : levelErrorReason(error) }));
}

/** Problems at a path or below it. */
export function problemsUnder(problems: readonly DraftProblem[], path: DraftPath): DraftProblem[] {
  return problems.filter((problem) => pathStartsWith(problem.path, path));
}
