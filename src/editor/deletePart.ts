/**
 * Deleting any part of a draft (a population, projection, modulator pool, stimulus, trial type,
 * phase, event, objective, ...) as one edit, one undo step, that leaves nothing naming what is gone.
 * The canvas, the timeline and the forms all delete through planDelete.
 *
 * What names a deleted part is found from the schema (referenceScan). Each such reference takes with
 * it the smallest thing that no longer makes sense without it: the list item it sits in (a projection
 * from a deleted population, a recording of it, an objective measured on it, a player setting through
 * it), or the optional clause it sits in when that is nearer (a projection's plasticity gated by a
 * deleted modulator pool: the projection stays, without learning), which may in turn be named
 * elsewhere, and so on until nothing dangles. The timeline's skeleton (sessions, phases, trial types)
 * and circuits are never deleted for a reference inside them: only an optional clause inside them
 * goes (a phase's `until` criterion); a required circuit field stays and validation names it.
 * Events timed after a deleted
 * event keep their onsets, now from trial start. A reference a name is still given to elsewhere (a
 * trial type id another phase also uses) is left alone.
 */
import { z } from 'zod';
import { levelSchema } from '../levels/schema/level';
import { valueAt, type Draft } from './applyEdit';
import type { DraftEdit, DraftPath } from './draftEdit';
import { scanReferences, type PartKind } from './referenceScan';
import { schemaAtPath, unwrap } from './schemaWalk';
import { isRecord } from './views/draftReaders';
import { timedEvents } from './views/timelineEvents';
import { describeRemoved } from './deletedWords';
import { t } from '../i18n/messages';

export interface DeletePlan {
  /** One batch: re-timings first, then every removal, deepest and latest first. */
  readonly edit: DraftEdit;
  /** The undo button's words: "Delete Granule cells and its 2 projections and 1 recording". */
  readonly label: string;
  /** What goes with the part (not the part itself). */
  readonly alsoRemoved: readonly DraftPath[];
  /** Events re-timed from trial start because the event they were timed after is gone. */
  readonly retimed: readonly DraftPath[];
  /** References that still name a deleted part because nothing around them may go (validation shows them). */
  readonly remaining: readonly DraftPath[];
}

/** Lists whose items are never deleted for a reference inside them. */
const SKELETON_LISTS: ReadonlySet<string> = new Set(['circuits', 'sessions', 'phases', 'trialTypes']);

const isPrefix = (prefix: DraftPath, path: DraftPath): boolean =>
  prefix.length <= path.length && prefix.every((key, i) => key === path[i]);

const isListAt = (draft: Draft, path: DraftPath): boolean => {
  const schema = schemaAtPath(levelSchema, draft, path);
  return schema !== undefined && unwrap(schema).schema instanceof z.ZodArray;
};

/**
 * What goes when the reference at `path` dangles: the list item it sits in, or that item's optional
 * clause it sits in (an object field the part may go without: a projection's plasticity, a phase's
 * until), or undefined when nothing may go (see the file comment).
 */
function unitFor(draft: Draft, path: DraftPath): DraftPath | undefined {
  for (let depth = path.length - 1; depth >= 1; depth--) {
    if (typeof path[depth] !== 'number' || !isListAt(draft, path.slice(0, depth))) continue;
    const clause = path.slice(0, depth + 2);
    if (clause.length < path.length && isOptionalClause(draft, clause)) return clause;
    return SKELETON_LISTS.has(String(path[depth - 1])) ? undefined : path.slice(0, depth + 1);
  }
  return undefined;
}

/** Whether the field at `path` is an object the schema lets its part go without (optional, or with a default). */
function isOptionalClause(draft: Draft, path: DraftPath): boolean {
  const schema = schemaAtPath(levelSchema, draft, path);
  if (schema === undefined || !isRecord(valueAt(draft, path))) return false;
  const { optional, hasDefault } = unwrap(schema);
  return optional || hasDefault;
}

/** Orders paths so that removing them one by one never moves a later one: latest index first. */
function comparePathsDescending(a: DraftPath, b: DraftPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (b[i] as number) - (a[i] as number);
    return String(b[i]).localeCompare(String(a[i]));
  }
  return b.length - a.length;
}

/** Every path that goes when `target` is deleted (the outermost of each), and the references left alone. */
function closure(draft: Draft, target: DraftPath): { removed: DraftPath[]; remaining: DraftPath[] } {
  const { owned, references } = scanReferences(draft);
  const removed: DraftPath[] = [target];
  const remaining = new Map<string, DraftPath>();
  const isRemoved = (path: DraftPath) => removed.some((root) => isPrefix(root, path));
  for (let grew = true; grew;) {
    grew = false;
    const gone = new Map<PartKind, Set<string>>();
    const kept = new Map<PartKind, Set<string>>();
    for (const part of owned) {
      const into = isRemoved(part.path) ? gone : kept;
      if (!into.has(part.kind)) into.set(part.kind, new Set());
      into.get(part.kind)!.add(part.id);
    }
    for (const reference of references) {
      if (remaining.has(JSON.stringify(reference.path)) || isRemoved(reference.path)) continue;
      if (!reference.kinds.some((kind) => gone.get(kind)?.has(reference.id))) continue;
      if (reference.kinds.some((kind) => kept.get(kind)?.has(reference.id))) continue;
      const unit = unitFor(draft, reference.path);
      if (unit === undefined) { remaining.set(JSON.stringify(reference.path), reference.path); continue; }
      removed.push(unit);
      grew = true;
    }
  }
  // A unit may hold an earlier one (or the target): keep only the outermost of each.
  const outermost = removed.filter((path, i) => !removed.some((other, j) => isPrefix(other, path) && (other.length < path.length || j < i)));
  return { removed: outermost, remaining: [...remaining.values()] };
}

/** Re-times events whose `at.after` names a removed event of the same trial type (trial types that stay). */
function retimings(draft: Draft, removed: readonly DraftPath[]): DraftEdit[] {
  const removedByType = new Map<string, { typePath: DraftPath; indices: Set<number> }>();
  for (const path of removed) {
    if (path.length < 2 || path[path.length - 2] !== 'events' || typeof path[path.length - 1] !== 'number') continue;
    const typePath = path.slice(0, -2);
    if (removed.some((other) => isPrefix(other, typePath))) continue;
    const key = JSON.stringify(typePath);
    if (!removedByType.has(key)) removedByType.set(key, { typePath, indices: new Set() });
    removedByType.get(key)!.indices.add(path[path.length - 1] as number);
  }
  const edits: DraftEdit[] = [];
  for (const { typePath, indices } of removedByType.values()) {
    for (const event of timedEvents(valueAt(draft, typePath))) {
      if (indices.has(event.index) || event.afterIndex === undefined || !indices.has(event.afterIndex)) continue;
      const atPath = [...typePath, 'events', event.index, 'at'];
      const at = valueAt(draft, atPath);
      const anchorMs = event.onsetMs - event.offsetMs;
      const value = event.drawnFromList && isRecord(at) && Array.isArray(at.choicesMs)
        ? { choicesMs: at.choicesMs.map((ms) => (typeof ms === 'number' ? ms + anchorMs : ms)) }
        : { ms: event.onsetMs };
      edits.push({ kind: 'set', path: atPath, value });
    }
  }
  return edits;
}

/**
 * Plans deleting the part at `path` (`name` says it in words: "Granule cells"; `verb` is the undo
 * button's: "Delete", "Remove") with everything that names it.
 */
export function planDelete(draft: Draft, path: DraftPath, name: string, verb: 'delete' | 'remove' = 'delete'): DeletePlan {
  const { removed, remaining } = closure(draft, path);
  const retimed = retimings(draft, removed);
  const removals: DraftEdit[] = [...removed].sort(comparePathsDescending).map((p) => ({ kind: 'remove', path: p }));
  const edits = [...retimed, ...removals];
  const alsoRemoved = removed.filter((p) => p !== path);
  const extra = describeRemoved(alsoRemoved);
  return {
    edit: edits.length === 1 ? edits[0] : { kind: 'batch', edits },
    label: extra === '' ? t(`editor.undo.${verb}`, { name }) : t(`editor.undo.${verb}WithParts`, { name, parts: extra }),
    alsoRemoved,
    retimed: retimed.map((edit) => (edit as { path: DraftPath }).path),
    remaining,
  };
}
