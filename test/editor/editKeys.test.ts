/** Edit paths name list items by whole numbers in range and object fields by name; prototype keys never. */
import { describe, expect, it } from 'vitest';
import { applyEdit, DraftEditError, valueAt } from '../../src/editor/applyEdit';
import type { DraftEdit } from '../../src/editor/draftEdit';
import { DraftStore } from '../../src/editor/draftStore';

const start = () => ({ title: 'A', populations: [{ id: 'a', count: 3 }, { id: 'b', count: 4 }], lesson: { intro: 'hi' } });
const BAD_INDICES: readonly (string | number)[] = ['1.5', '-1', '01', 'length', '__proto__', 'constructor', ' 1', '1e0', 1.5, -1, Number.NaN, 2 ** 60];

function refused(edit: DraftEdit, message: RegExp): void {
  const store = new DraftStore(start());
  const before = store.draft;
  expect(() => store.apply(edit, 'Bad')).toThrow(DraftEditError);
  expect(() => store.apply(edit, 'Bad')).toThrow(message);
  expect(store.draft).toBe(before);
  expect(store.draft).toEqual(start());
  expect(store.undoLabel).toBeNull();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('count');
}

describe('list keys', () => {
  for (const key of BAD_INDICES) {
    it(`remove, set and a path through a list refuse the ${typeof key} key ${JSON.stringify(String(key))}`, () => {
      const notAllowed = /not allowed|not a place in the list|no item/;
      refused({ kind: 'remove', path: ['populations', key] }, notAllowed);
      refused({ kind: 'set', path: ['populations', key], value: { id: 'x' } }, notAllowed);
      refused({ kind: 'set', path: ['populations', key, 'count'], value: 9 }, notAllowed);
      refused({ kind: 'insert', path: ['populations', key, 'tags'], index: 0, value: 'x' }, notAllowed);
    });
  }
  it('an insert index must be a whole number from 0 to the length', () => {
    for (const index of [1.5, -1, 3, Number.NaN]) refused({ kind: 'insert', path: ['populations'], index, value: { id: 'c' } }, /cannot insert/);
  });
  it('out-of-range indices are refused with the list named', () => {
    refused({ kind: 'remove', path: ['populations', 2] }, /nothing to remove at populations\.2/);
    refused({ kind: 'set', path: ['populations', 2], value: {} }, /no item 2 to replace in the list at populations/);
  });
  it('a canonical numeral reads as the index it writes', () => {
    const next = applyEdit(start(), { kind: 'set', path: ['populations', '1', 'count'], value: 9 }).draft;
    expect(valueAt(next, ['populations', 1, 'count'])).toBe(9);
    expect(valueAt(next, ['populations', 'length'])).toBeUndefined();
    expect(valueAt(next, ['populations', '01'])).toBeUndefined();
  });
  it('a number is not a field name: a missing parent is never created as {0: ...}', () => {
    refused({ kind: 'set', path: ['circuits', 0, 'kind'], value: 'x' }, /not a list/);
    refused({ kind: 'set', path: ['lesson', 0], value: 'x' }, /not a list/);
  });
});

describe('prototype keys', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`no edit may name "${key}" at any depth`, () => {
      refused({ kind: 'set', path: [key, 'polluted'], value: 1 }, /not allowed/);
      refused({ kind: 'set', path: ['lesson', key], value: { polluted: 1 } }, /not allowed/);
      refused({ kind: 'remove', path: ['lesson', key] }, /not allowed/);
      refused({ kind: 'insert', path: ['lesson', key], index: 0, value: 1 }, /not allowed/);
      expect(valueAt(start(), ['lesson', key])).toBeUndefined();
    });
  }
  it('an unknown kind of edit is refused in words', () => {
    refused({ kind: 'explode', path: [] } as unknown as DraftEdit, /not a kind of edit/);
  });
});
