/**
 * Applies a DraftEdit to a draft without changing it: every object and array on the edited path is
 * copied, everything else is shared (structural sharing), so an old draft stays valid for undo and
 * views can compare by identity. Returns the new draft and the edit that undoes this one.
 */
import type { DraftEdit, DraftPath } from './draftEdit';

export type Draft = Readonly<Record<string, unknown>>;

export interface AppliedEdit {
  readonly draft: Draft;
  /** The edit that, applied to `draft`, gives back the draft before this edit. */
  readonly inverse: DraftEdit;
}

/** Thrown when an edit does not fit the draft (a path through a number, an index out of range). */
export class DraftEditError extends Error {}

const isContainer = (value: unknown): value is Record<string | number, unknown> =>
  typeof value === 'object' && value !== null;

/** Keys that would reach an object's prototype: an edit may never name them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A list index written out: "0", "7", "12" (not "01", "-1", "1.5" or "length"). */
const CANONICAL_INDEX = /^(?:0|[1-9][0-9]*)$/;

const where = (path: DraftPath): string => path.join('.') || 'the root';

/**
 * The key `key` names in `container`: a list takes only whole-number indices from 0 (a canonical
 * numeral string is read as one), an object only text field names; a prototype key never. Whether the
 * index is in range depends on the edit and is checked there.
 */
function keyIn(container: unknown, key: string | number, at: DraftPath): string | number {
  if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) throw new DraftEditError(`the key "${key}" is not allowed`);
  if (Array.isArray(container)) {
    const index = typeof key === 'number' ? key : CANONICAL_INDEX.test(key) ? Number(key) : Number.NaN;
    if (!Number.isSafeInteger(index) || index < 0) {
      throw new DraftEditError(`"${String(key)}" is not a place in the list at ${where(at)}: use a whole number from 0`);
    }
    return index;
  }
  if (typeof key !== 'string') throw new DraftEditError(`${where(at)} is not a list, so it has no item ${key}`);
  return key;
}

/** The key `key` names in `container`, or undefined when the container has no such own entry. */
function ownKey(container: unknown, key: string | number): string | number | undefined {
  if (!isContainer(container)) return undefined;
  if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) return undefined;
  if (Array.isArray(container)) {
    const index = typeof key === 'number' ? key : CANONICAL_INDEX.test(key) ? Number(key) : Number.NaN;
    return Number.isSafeInteger(index) && index >= 0 && index < container.length ? index : undefined;
  }
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(container, key) ? key : undefined;
}

/** The value at a path, or undefined when any step is missing. */
export function valueAt(root: unknown, path: DraftPath): unknown {
  let current: unknown = root;
  for (const key of path) {
    const own = ownKey(current, key);
    if (own === undefined) return undefined;
    current = (current as Record<string | number, unknown>)[own];
  }
  return current;
}

function copyOf(container: unknown): Record<string | number, unknown> | unknown[] {
  if (Array.isArray(container)) return container.slice();
  return { ...(container as Record<string, unknown>) };
}

/**
 * Rebuilds the path from the root with `change` applied to the container at `path` (created as an
 * object when missing and `create` is set).
 */
function updateAt(root: unknown, path: DraftPath, create: boolean, change: (container: Record<string | number, unknown> | unknown[]) => void): unknown {
  const rebuild = (node: unknown, depth: number): unknown => {
    let container = node;
    if (!isContainer(container)) {
      if (!create || container !== undefined) throw new DraftEditError(`nothing to edit at ${where(path.slice(0, depth))}`);
      container = {};
    }
    const copy = copyOf(container);
    if (depth === path.length) { change(copy); return copy; }
    const key = keyIn(copy, path[depth], path.slice(0, depth));
    if (Array.isArray(copy) && (key as number) >= copy.length) {
      throw new DraftEditError(`no item ${String(key)} in the list at ${where(path.slice(0, depth))}`);
    }
    const child = ownKey(copy, key) === undefined ? undefined : (copy as Record<string | number, unknown>)[key];
    (copy as Record<string | number, unknown>)[key] = rebuild(child, depth + 1);
    return copy;
  };
  return rebuild(root, 0);
}

/** The shortest prefix of `path` that the draft lacks (what undoing a set that created parents removes). */
function firstMissing(draft: Draft, path: DraftPath): DraftPath {
  for (let length = 1; length <= path.length; length++) {
    if (valueAt(draft, path.slice(0, length)) === undefined) return path.slice(0, length);
  }
  return path;
}

function applySet(draft: Draft, path: DraftPath, value: unknown): AppliedEdit {
  if (path.length === 0) {
    if (!isContainer(value) || Array.isArray(value)) throw new DraftEditError('a draft must be an object');
    return { draft: value as Draft, inverse: { kind: 'set', path, value: draft } };
  }
  const parentPath = path.slice(0, -1);
  const parent = valueAt(draft, parentPath);
  // A missing parent is created as an object, so the key must then be a field name.
  const key = keyIn(isContainer(parent) ? parent : {}, path[path.length - 1], parentPath);
  const existed = ownKey(parent, key) !== undefined;
  const before = existed ? (parent as Record<string | number, unknown>)[key] : undefined;
  const next = updateAt(draft, parentPath, true, (container) => {
    if (Array.isArray(container) && (key as number) >= container.length) {
      throw new DraftEditError(`no item ${String(key)} to replace in the list at ${where(parentPath)}`);
    }
    (container as Record<string | number, unknown>)[key] = value;
  }) as Draft;
  return { draft: next, inverse: existed ? { kind: 'set', path, value: before } : { kind: 'remove', path: firstMissing(draft, path) } };
}

function applyRemove(draft: Draft, path: DraftPath): AppliedEdit {
  if (path.length === 0) throw new DraftEditError('the whole draft cannot be removed');
  const parentPath = path.slice(0, -1);
  const parent = valueAt(draft, parentPath);
  if (!isContainer(parent)) throw new DraftEditError(`nothing to remove at ${where(path)}`);
  const key = keyIn(parent, path[path.length - 1], parentPath);
  if (ownKey(parent, key) === undefined) throw new DraftEditError(`nothing to remove at ${where(path)}`);
  const before = (parent as Record<string | number, unknown>)[key];
  const next = updateAt(draft, parentPath, false, (container) => {
    if (Array.isArray(container)) container.splice(key as number, 1);
    else delete (container as Record<string, unknown>)[key as string];
  }) as Draft;
  const inverse: DraftEdit = Array.isArray(parent)
    ? { kind: 'insert', path: parentPath, index: key as number, value: before }
    : { kind: 'set', path, value: before };
  return { draft: next, inverse };
}

function applyInsert(draft: Draft, path: DraftPath, index: number, value: unknown): AppliedEdit {
  if (!Number.isSafeInteger(index) || index < 0) throw new DraftEditError(`cannot insert at ${String(index)}: use a whole number from 0`);
  const target = valueAt(draft, path);
  if (target === undefined) {
    // Inserting into a list the draft does not have yet creates it (a level may omit empty lists).
    if (index !== 0) throw new DraftEditError(`no list at ${where(path)}`);
    return applySet(draft, path, [value]);
  }
  if (!Array.isArray(target)) throw new DraftEditError(`${where(path)} is not a list`);
  if (index > target.length) throw new DraftEditError(`cannot insert at ${index}: the list at ${where(path)} has ${target.length} items`);
  const next = updateAt(draft, path, false, (container) => { (container as unknown[]).splice(index, 0, value); }) as Draft;
  return { draft: next, inverse: { kind: 'remove', path: [...path, index] } };
}

/** Applies an edit (a batch in order; its inverse undoes in reverse order). Throws DraftEditError when it does not fit. */
export function applyEdit(draft: Draft, edit: DraftEdit): AppliedEdit {
  switch (edit.kind) {
    case 'set': return applySet(draft, edit.path, edit.value);
    case 'remove': return applyRemove(draft, edit.path);
    case 'insert': return applyInsert(draft, edit.path, edit.index, edit.value);
    case 'batch': {
      let current = draft;
      const inverses: DraftEdit[] = [];
      for (const inner of edit.edits) {
        const applied = applyEdit(current, inner);
        current = applied.draft;
        inverses.unshift(applied.inverse);
      }
      return { draft: current, inverse: { kind: 'batch', edits: inverses } };
    }
    default: throw new DraftEditError(`"${String((edit as { kind?: unknown }).kind)}" is not a kind of edit`);
  }
}
