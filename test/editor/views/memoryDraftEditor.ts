/**
 * A small, real DraftEditor for the views' browser test page (test/browser/editorViews/, which lists
 * every undo label): it applies set, remove, insert and batch edits to a copy of the draft, keeps an
 * undo and redo stack of whole drafts, and validates nothing unless given a problem finder. The
 * product and the views' unit tests use the editor's DraftStore (src/editor/draftStore.ts).
 */
import type { DraftEdit, DraftEditor, DraftPath, DraftProblem } from '../../../src/editor/draftEdit';

type Json = Record<string, unknown> | unknown[];

function parentOf(root: Json, path: DraftPath, create: boolean): Json {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    const container = node as Record<string | number, unknown>;
    if (container[key] === undefined || container[key] === null) {
      if (!create) throw new Error(`no value at ${path.join('.')}`);
      container[key] = {};
    }
    node = container[key];
  }
  return node as Json;
}

/** Applies one edit to `root` in place. */
export function applyDraftEdit(root: Json, edit: DraftEdit): void {
  if (edit.kind === 'batch') {
    for (const inner of edit.edits) applyDraftEdit(root, inner);
    return;
  }
  if (edit.kind === 'insert') {
    let list: unknown = root;
    if (edit.path.length > 0) {
      const parent = parentOf(root, edit.path, true) as Record<string | number, unknown>;
      const key = edit.path[edit.path.length - 1];
      if (!Array.isArray(parent[key])) parent[key] = [];
      list = parent[key];
    }
    (list as unknown[]).splice(edit.index, 0, structuredClone(edit.value));
    return;
  }
  const parent = parentOf(root, edit.path, edit.kind === 'set');
  const key = edit.path[edit.path.length - 1];
  if (edit.kind === 'set') {
    (parent as Record<string | number, unknown>)[key] = structuredClone(edit.value);
  } else if (Array.isArray(parent) && typeof key === 'number') {
    parent.splice(key, 1);
  } else {
    delete (parent as Record<string | number, unknown>)[key];
  }
}

export interface MemoryDraftEditor extends DraftEditor {
  undo(): boolean;
  redo(): boolean;
  /** Labels of the undo stack, oldest first. */
  readonly history: readonly string[];
}

/** `findProblems` maps the draft to its problems (tests pass a small rule set). */
export function createMemoryDraftEditor(
  initial: Record<string, unknown>,
  findProblems: (draft: Record<string, unknown>) => DraftProblem[] = () => [],
): MemoryDraftEditor {
  let draft = structuredClone(initial);
  let problems = findProblems(draft);
  const undoStack: { draft: Record<string, unknown>; label: string }[] = [];
  const redoStack: { draft: Record<string, unknown>; label: string }[] = [];
  const listeners = new Set<() => void>();
  const changed = (): void => {
    problems = findProblems(draft);
    for (const listener of [...listeners]) listener();
  };
  const startsWith = (path: DraftPath, prefix: DraftPath): boolean => prefix.every((key, i) => path[i] === key);
  return {
    get draft() { return draft; },
    get history() { return undoStack.map((entry) => entry.label); },
    apply(edit, label) {
      const next = structuredClone(draft);
      applyDraftEdit(next, edit);
      undoStack.push({ draft, label });
      redoStack.length = 0;
      draft = next;
      changed();
    },
    undo() {
      const entry = undoStack.pop();
      if (!entry) return false;
      redoStack.push({ draft, label: entry.label });
      draft = entry.draft;
      changed();
      return true;
    },
    redo() {
      const entry = redoStack.pop();
      if (!entry) return false;
      undoStack.push({ draft, label: entry.label });
      draft = entry.draft;
      changed();
      return true;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    problemsAt(path) {
      return problems.filter((p) => startsWith(p.path, path));
    },
  };
}
