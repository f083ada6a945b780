import { describe, expect, it, vi } from 'vitest';
import { applyEdit, DraftEditError } from '../../src/editor/applyEdit';
import { DraftStore } from '../../src/editor/draftStore';
import type { DraftEdit } from '../../src/editor/draftEdit';

const start = () => ({ title: 'A', populations: [{ id: 'a', count: 3 }, { id: 'b', count: 4 }], lesson: { intro: 'hi' } });

/** Applies an edit, checks the result, undoes, checks the original is back, redoes, checks again. */
function roundTrip(edit: DraftEdit, expected: unknown): void {
  const store = new DraftStore(start());
  store.apply(edit, 'Edit');
  expect(store.draft).toEqual(expected);
  expect(store.undo()).toBe(true);
  expect(store.draft).toEqual(start());
  expect(store.redo()).toBe(true);
  expect(store.draft).toEqual(expected);
}

describe('every kind of edit, undone and redone', () => {
  it('set replaces a field', () => roundTrip({ kind: 'set', path: ['title'], value: 'B' }, { ...start(), title: 'B' }));
  it('set adds a missing field', () => roundTrip({ kind: 'set', path: ['seed'], value: 7 }, { ...start(), seed: 7 }));
  it('set creates missing parents and undo removes them again', () =>
    roundTrip({ kind: 'set', path: ['timeline', 'sessions'], value: [] }, { ...start(), timeline: { sessions: [] } }));
  it('set replaces an array element', () =>
    roundTrip({ kind: 'set', path: ['populations', 1, 'count'], value: 9 }, { ...start(), populations: [{ id: 'a', count: 3 }, { id: 'b', count: 9 }] }));
  it('remove deletes a field', () => roundTrip({ kind: 'remove', path: ['lesson', 'intro'] }, { ...start(), lesson: {} }));
  it('remove deletes an array element and undo puts it back in place', () =>
    roundTrip({ kind: 'remove', path: ['populations', 0] }, { ...start(), populations: [{ id: 'b', count: 4 }] }));
  it('insert adds into a list', () =>
    roundTrip({ kind: 'insert', path: ['populations'], index: 1, value: { id: 'c' } }, { ...start(), populations: [{ id: 'a', count: 3 }, { id: 'c' }, { id: 'b', count: 4 }] }));
  it('insert creates a missing list', () =>
    roundTrip({ kind: 'insert', path: ['stimuli'], index: 0, value: { id: 's' } }, { ...start(), stimuli: [{ id: 's' }] }));
  it('a batch is one step, undone in reverse order', () => roundTrip({
    kind: 'batch', edits: [
      { kind: 'insert', path: ['populations'], index: 2, value: { id: 'c' } },
      { kind: 'set', path: ['populations', 2, 'count'], value: 1 },
      { kind: 'remove', path: ['populations', 0] },
    ],
  }, { ...start(), populations: [{ id: 'b', count: 4 }, { id: 'c', count: 1 }] }));
  it('set at the root replaces the draft', () => roundTrip({ kind: 'set', path: [], value: { title: 'Z' } }, { title: 'Z' }));
});

describe('applyEdit', () => {
  it('shares what the edit does not touch', () => {
    const draft = start();
    const next = applyEdit(draft, { kind: 'set', path: ['populations', 0, 'count'], value: 5 }).draft as ReturnType<typeof start>;
    expect(next.lesson).toBe(draft.lesson);
    expect(next.populations[1]).toBe(draft.populations[1]);
    expect(draft.populations[0].count).toBe(3);
  });
  it('refuses edits that do not fit, leaving the draft as it was', () => {
    const store = new DraftStore(start());
    const before = store.draft;
    expect(() => store.apply({ kind: 'set', path: ['title', 'x'], value: 1 }, 'Bad')).toThrow(DraftEditError);
    expect(() => store.apply({ kind: 'remove', path: ['nothing'] }, 'Bad')).toThrow(DraftEditError);
    expect(() => store.apply({ kind: 'insert', path: ['populations'], index: 9, value: 1 }, 'Bad')).toThrow(DraftEditError);
    expect(() => store.apply({ kind: 'set', path: ['populations', 5], value: 1 }, 'Bad')).toThrow(DraftEditError);
    expect(() => store.apply({ kind: 'set', path: ['__proto__', 'polluted'], value: 1 }, 'Bad')).toThrow(DraftEditError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(store.draft).toBe(before);
    expect(store.undoLabel).toBeNull();
  });
});

describe('DraftStore', () => {
  it('labels undo and redo in words and clears redo on a new edit', () => {
    const store = new DraftStore(start());
    expect(store.undoLabel).toBeNull();
    store.apply({ kind: 'set', path: ['title'], value: 'B' }, 'Change title');
    store.apply({ kind: 'set', path: ['seed'], value: 2 }, 'Change seed');
    expect(store.undoLabel).toBe('Change seed');
    store.undo();
    expect(store.undoLabel).toBe('Change title');
    expect(store.redoLabel).toBe('Change seed');
    store.apply({ kind: 'set', path: ['title'], value: 'C' }, 'Change title again');
    expect(store.redoLabel).toBeNull();
    expect(store.redo()).toBe(false);
    store.undo(); store.undo();
    expect(store.undo()).toBe(false);
    expect(store.draft).toEqual(start());
  });
  it('tells listeners after every change until they unsubscribe', () => {
    const store = new DraftStore(start());
    const listener = vi.fn();
    const stop = store.onChange(listener);
    store.apply({ kind: 'set', path: ['title'], value: 'B' }, 'x');
    store.undo();
    store.redo();
    store.replaceDraft({ title: 'new' });
    expect(listener).toHaveBeenCalledTimes(4);
    stop();
    store.apply({ kind: 'set', path: ['title'], value: 'C' }, 'x');
    expect(listener).toHaveBeenCalledTimes(4);
  });
  it('replacing the draft starts a new history', () => {
    const store = new DraftStore(start());
    store.apply({ kind: 'set', path: ['title'], value: 'B' }, 'x');
    store.replaceDraft({ title: 'other' });
    expect(store.undoLabel).toBeNull();
    expect(store.undo()).toBe(false);
  });
  it('validates on request and finds problems at and below a field', () => {
    const store = new DraftStore({ title: 'x' });
    expect(store.validationIsCurrent).toBe(false);
    const problems = store.validate();
    expect(store.validationIsCurrent).toBe(true);
    expect(problems.length).toBeGreaterThan(0);
    expect(store.problemsAt(['schemaVersion']).map((p) => p.message)).toEqual(['is required (this build reads format 3)']);
    expect(store.problemsAt([]).length).toBe(problems.length);
    store.apply({ kind: 'set', path: ['title'], value: 'y' }, 'x');
    expect(store.validationIsCurrent).toBe(false);
  });
});
