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

function checkKey(key: string | number): void {
  if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) throw new DraftEditError(`the key "${key}" is not allowed`);
}

/** The value at a path, or undefined when any step is missing. */
export function valueAt(root: unknown, path: DraftPath): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (!isContainer(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
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
      if (!create || container !== undefined) throw new DraftEditError(`nothing to edit at ${path.slice(0, depth).join('.') || 'the root'}`);
      container = {};
    }
    const copy = copyOf(container);
    if (depth === path.length) { change(copy); return copy; }
    const key = path[depth];
    checkKey(key);
    if (Array.isArray(copy) && (typeof key !== 'number' || key < 0 || key >= copy.length)) {
      throw new DraftEditError(`no item ${String(key)} in the list at ${path.slice(0, depth).join('.') || 'the root'}`);
    }
    const child = Object.prototype.hasOwnProperty.call(copy, key) ? (copy as Record<string | number, unknown>)[key] : undefined;
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
  const key = path[path.length - 1];
  checkKey(key);
  const parent = valueAt(draft, parentPath);
  const existed = isContainer(parent) && Object.prototype.hasOwnProperty.call(parent, key);
  const before = existed ? (parent as Record<string | number, unknown>)[key] : undefined;
  const next = updateAt(draft, parentPath, true, (container) => {
    if (Array.isArray(container) && (typeof key !== 'number' || key < 0 || key >= container.length)) {
      throw new DraftEditError(`no item ${String(key)} to replace`);
    }
    (container as Record<string | number, unknown>)[key] = value;
  }) as Draft;
  return { draft: next, inverse: existed ? { kind: 'set', path, value: before } : { kind: 'remove', path: firstMissing(draft, path) } };
}

function applyRemove(draft: Draft, path: DraftPath): AppliedEdit {
  if (path.length === 0) throw new DraftEditError('the whole draft cannot be removed');
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = valueAt(draft, parentPath);
  if (!isContainer(parent) || !Object.prototype.hasOwnProperty.call(parent, key)) {
    throw new DraftEditError(`nothing to remove at ${path.join('.')}`);
  }
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
  const target = valueAt(draft, path);
  if (target === undefined) {
    // Inserting into a list the draft does not have yet creates it (a level may omit empty lists).
    if (index !== 0) throw new DraftEditError(`no list at ${path.join('.')}`);
    return applySet(draft, path, [value]);
  }
  if (!Array.isArray(target)) throw new DraftEditError(`${path.join('.')} is not a list`);
  if (!Number.isInteger(index) || index < 0 || index > target.length) throw new DraftEditError(`cannot insert at ${index}`);
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
  }
}
