/**
 * The editor's field entries of the string files, from the schema: every field text the forms can
 * show (walkFieldTexts.ts), each under the shortest end of its place that no other text shares
 * (fieldTexts.ts explains the keys), so a help written once in the schema is translated once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Draft } from '../../../src/editor/applyEdit';
import { fieldTextKey, placeEnds } from '../../../src/editor/fieldTexts';
import { LEVEL_TEMPLATES } from '../../../src/editor/templates';
import { walkFieldTexts, type FieldText, type FieldTexts } from './walkFieldTexts';

/** The built-in level files (their drafts reach the same places as the templates, with more data in them). */
export function builtInLevelDrafts(): { name: string; draft: Draft }[] {
  const folder = new URL('../../../levels/', import.meta.url);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'campaign.json')
    .map((f) => ({ name: f, draft: JSON.parse(readFileSync(new URL(f, folder), 'utf8')) as Draft }));
}

/** Every field text of the forms of every template (every circuit kind of the registry has one) and every built-in level. */
export function allFieldTexts(): FieldTexts {
  const texts: FieldTexts = new Map();
  const seen = new Set<string>();
  for (const template of LEVEL_TEMPLATES) walkFieldTexts(template.create(), texts, seen);
  for (const { draft } of builtInLevelDrafts()) walkFieldTexts(draft, texts, seen);
  return texts;
}

/** The end of a place that names its text: the shortest one whose every place (of this part) reads the same. */
export function englishFieldEntries(texts: FieldTexts): Map<string, string> {
  const byEnd = new Map<string, Set<string>>();
  for (const { place, part, english } of texts.values()) {
    for (const end of placeEnds(place)) {
      const id = `${part} ${end}`;
      if (!byEnd.has(id)) byEnd.set(id, new Set());
      byEnd.get(id)!.add(english);
    }
  }
  const entries = new Map<string, string>();
  for (const { place, part, english } of texts.values()) {
    const end = [...placeEnds(place)].reverse().find((candidate) => byEnd.get(`${part} ${candidate}`)!.size === 1);
    if (end === undefined) throw new Error(`no key tells the ${part} of ${place} apart`);
    entries.set(fieldTextKey(end, part), english);
  }
  return entries;
}

/** The key the page would read for a field text, given the English entries (the longest end they have). */
export function keyReadFor(text: FieldText, english: ReadonlyMap<string, string>): string | undefined {
  return placeEnds(text.place).map((end) => fieldTextKey(end, text.part)).find((key) => english.has(key));
}
