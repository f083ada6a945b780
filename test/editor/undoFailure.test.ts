/**
 * Undo and redo apply the logged edit before the step leaves its log: when applying throws, the
 * draft and both logs stay exactly as they were (the step can be tried again). applyEdit is wrapped
 * so a test can make the next application fail, as a damaged inverse would.
 */
import { describe, expect, it, vi } from 'vitest';
import { DraftEditError } from '../../src/editor/applyEdit';

const failNext = vi.hoisted(() => ({ armed: false }));
vi.mock('../../src/editor/applyEdit', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/editor/applyEdit')>();
  return {
    ...original,
    applyEdit: (...args: Parameters<typeof original.applyEdit>) => {
      if (failNext.armed) { failNext.armed = false; throw new original.DraftEditError('the inverse does not fit'); }
      return original.applyEdit(...args);
    },
  };
});

const { DraftStore } = await import('../../src/editor/draftStore');

describe('a failing undo or redo changes nothing', () => {
  it('undo keeps the step, the draft and redo as they were, and works when tried again', () => {
    const store = new DraftStore({ title: 'A' });
    store.apply({ kind: 'set', path: ['title'], value: 'B' }, 'Retitle');
    const listener = vi.fn();
    store.onChange(listener);
    const before = store.draft;
    failNext.armed = true;
    expect(() => store.undo()).toThrow(DraftEditError);
    expect(store.draft).toBe(before);
    expect(store.undoLabel).toBe('Retitle');
    expect(store.redoLabel).toBeNull();
    expect(listener).not.toHaveBeenCalled();
    expect(store.undo()).toBe(true);
    expect(store.draft).toEqual({ title: 'A' });
  });

  it('redo keeps the step, the draft and undo as they were, and works when tried again', () => {
    const store = new DraftStore({ title: 'A' });
    store.apply({ kind: 'set', path: ['title'], value: 'B' }, 'Retitle');
    store.undo();
    const before = store.draft;
    failNext.armed = true;
    expect(() => store.redo()).toThrow(DraftEditError);
    expect(store.draft).toBe(before);
    expect(store.redoLabel).toBe('Retitle');
    expect(store.undoLabel).toBeNull();
    expect(store.redo()).toBe(true);
    expect(store.draft).toEqual({ title: 'B' });
  });

  it('a step that keeps failing can be dropped: the draft is unchanged and the steps below it still undo', () => {
    const store = new DraftStore({ title: 'A', seed: 1 });
    store.apply({ kind: 'set', path: ['seed'], value: 2 }, 'Change seed');
    store.apply({ kind: 'set', path: ['title'], value: 'B' }, 'Retitle');
    const before = store.draft;
    failNext.armed = true;
    expect(() => store.undo()).toThrow(DraftEditError);
    store.dropFailedStep('undo');
    expect(store.draft).toBe(before);
    expect(store.undoLabel).toBe('Change seed');
    expect(store.undo()).toBe(true);
    expect(store.draft).toEqual({ title: 'B', seed: 1 });
  });
});
