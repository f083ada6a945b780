/**
 * A level translation is keyed by position (JSON Pointer), so an English text edited or moved under
 * it would keep translating what used to be there. Each translated entry has the hash of the English
 * it translates recorded beside it (levels/locales/<locale>/source-hashes/<id>.json, written by
 * `npm run strings:levels`); this fails, naming the level and field, when the English text's hash
 * differs from the recorded one, and when a translation sits where the level has no English text
 * (an orphan: the English was removed or moved, and the translation would show nowhere or wrongly).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../../src/levels/text/sourceHash';
import { englishAt, englishTexts, readHashes, translatedFiles } from './writeSourceHashes';

/** The problems of one translated file against the English texts given (pointer → English). */
export function staleEntries(file: string, translated: readonly string[], english: ReadonlyMap<string, string>, recorded: Readonly<Record<string, string>>): string[] {
  return translated.flatMap((pointer) => {
    const text = english.get(pointer);
    if (text === undefined) return [`${file} ${pointer}: translates no English text (the level has none there: it was moved or removed); delete or move the translation`];
    if (recorded[pointer] === undefined) return [`${file} ${pointer}: no hash of its English source is recorded; run npm run strings:levels`];
    return recorded[pointer] === sourceHash(text)
      ? []
      : [`${file} ${pointer}: the English text changed since it was translated; re-translate it, then run npm run strings:levels -- --accept ${file.replace(/^.*\/|\.json$/g, '')}`];
  });
}

describe('level translations are of the English they sit beside', () => {
  it('a translation whose English was removed (an orphan) is reported with its level and key', () => {
    const id = 'spike-threshold';
    const english = englishTexts(id);
    const pointer = '/objectives/0/description';
    const removed = new Map(english);
    removed.delete(pointer);
    expect(staleEntries(`levels/locales/es/${id}.json`, [pointer], removed, readHashes('es', id))).toEqual([
      `levels/locales/es/${id}.json ${pointer}: translates no English text (the level has none there: it was moved or removed); delete or move the translation`,
    ]);
  });

  it('the hash is short, stable and changes with the text', () => {
    expect(sourceHash('Spike threshold')).toMatch(/^[0-9a-f]{8}$/);
    expect(sourceHash('Spike threshold')).toBe(sourceHash('Spike threshold'));
    expect(sourceHash('Spike threshold')).not.toBe(sourceHash('Spike threshold.'));
  });

  for (const { locale, id } of translatedFiles()) {
    it(`${locale}/${id}: every translated text records the hash of its English, and it still matches`, () => {
      const translations = JSON.parse(readFileSync(new URL(`../../../levels/locales/${locale}/${id}.json`, import.meta.url), 'utf8')) as Record<string, string>;
      expect(staleEntries(`levels/locales/${locale}/${id}.json`, Object.keys(translations), englishTexts(id), readHashes(locale, id))).toEqual([]);
    });
  }

  it('an edited or reordered English objective is reported with its level and field', () => {
    const id = 'spike-threshold';
    const english = englishTexts(id);
    const recorded = readHashes('es', id);
    const data = JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8')) as { objectives: Array<{ description?: string }> };
    const pointer = '/objectives/0/description';
    expect(englishAt(data, pointer)).toBe(english.get(pointer));
    const edited = new Map(english).set(pointer, `${english.get(pointer)} (edited)`);
    expect(staleEntries(`levels/locales/es/${id}.json`, [pointer], edited, recorded)).toEqual([
      `levels/locales/es/${id}.json ${pointer}: the English text changed since it was translated; re-translate it, then run npm run strings:levels -- --accept ${id}`,
    ]);
  });
});
