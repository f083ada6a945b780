// Every field the editor's forms can generate has its words in English and Spanish: the walk tries
// every template (one per circuit kind of the registry, so every circuit's parameters), every built-in
// level, every kind a choice of kind offers, every form a union offers and every list's new item. For
// each field text it looks up the key the page would read (no fallback: a missing key fails) and
// checks that the English entry still says what the schema says.
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/i18n/messages';
import { fieldKeyFor, placeEnds } from '../../../src/editor/fieldTexts';
import { formAt } from '../../../src/editor/formAt';
import { templateTexts, templateTextKey } from '../../../src/editor/templateTexts';
import { LEVEL_TEMPLATES } from '../../../src/editor/templates';
import { CIRCUIT_DEFINITIONS } from '../../../src/circuits/registry';
import { setLocale } from '../../../src/i18n/messages';
import { allFieldTexts, englishFieldEntries } from './fieldStringKeys';

describe('the editor\'s field strings', () => {
  it('names a field by the end of its place: the longest one the strings have wins', () => {
    expect(placeEnds('level.projections[].weight|1=normal.sd')).toEqual(['level.projections[].weight|1=normal.sd', 'projections[].weight|1=normal.sd', 'weight|1=normal.sd', 'sd']);
    expect(placeEnds('level.objectives[].comparison=<=')).toEqual(['level.objectives[].comparison=<=', 'objectives[].comparison=<=', 'comparison=<=']);
  });

  it('every field of every template and built-in level (every kind, union form and new item) has its key in en and es, en says what the schema says, and no entry is left over', () => {
    expect(LEVEL_TEMPLATES.map((t) => t.key)).toEqual(expect.arrayContaining(CIRCUIT_DEFINITIONS.map((d) => d.kind)));
    const texts = allFieldTexts();
    expect(texts.size).toBeGreaterThan(1000);
    const problems: string[] = [];
    for (const text of texts.values()) {
      const key = fieldKeyFor(text.place, text.part);
      if (key === undefined) { problems.push(`no key for the ${text.part} of ${text.place}`); continue; }
      if (CATALOGS.en[key] !== text.english) problems.push(`${key} reads "${String(CATALOGS.en[key])}", the schema says "${text.english}"`);
      if (typeof CATALOGS.es[key] !== 'string') problems.push(`${key} has no Spanish`);
    }
    // An entry for a field the schema lost (or a longer key it no longer needs) is left over.
    const generated = englishFieldEntries(texts);
    problems.push(...Object.keys(CATALOGS.en).filter((key) => key.startsWith('editor.field.') && !generated.has(key)).map((key) => `${key} is no field's key`));
    expect(problems, 'run `npm run strings:editor -- --write` and translate what it lists').toEqual([]);
  });

  it('a form in Spanish reads Spanish, and in English exactly the schema\'s words', () => {
    const draft = LEVEL_TEMPLATES.find((t) => t.key === 'free-network')!.create();
    try {
      setLocale('es');
      const populations = formAt(draft, ['populations']);
      expect(populations?.label).toBe('Poblaciones');
      expect(populations?.kind === 'list' && populations.itemNoun).toBe('población');
      expect(formAt(draft, ['populations', 0, 'count'])?.help).toBe('Número de neuronas.');
      setLocale('en');
      expect(formAt(draft, ['populations'])?.label).toBe('Populations');
      expect(formAt(draft, ['populations', 0, 'count'])?.help).toBe('Number of neurons.');
    } finally {
      setLocale('en');
    }
  });
});

describe('template texts', () => {
  it('every text a template starts with has its key: English is the template\'s own text, Spanish exists; a Spanish page starts from Spanish texts', () => {
    const problems: string[] = [];
    let texts = 0;
    for (const template of LEVEL_TEMPLATES) {
      for (const { path, text } of templateTexts(template.create())) {
        texts++;
        const key = templateTextKey(template.key, path);
        if (CATALOGS.en[key] !== text) problems.push(`${key}: English reads "${String(CATALOGS.en[key])}", the template "${text}"`);
        if (typeof CATALOGS.es[key] !== 'string') problems.push(`${key} has no Spanish`);
      }
      for (const part of ['title', 'summary']) if (typeof CATALOGS.es[`editor.template.${template.key}.${part}`] !== 'string') problems.push(`${template.key} has no Spanish ${part}`);
    }
    expect(texts).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    try {
      setLocale('es');
      const draft = LEVEL_TEMPLATES.find((t) => t.key === 'free-network')!;
      expect(draft.title).toBe('Red libre');
      const created = draft.create() as { title: string; lesson: { goal: string } };
      expect(created.title).toBe('Mi red');
      expect(created.lesson.goal).toBe('Haz que las células de salida disparen al menos 2 espigas por segundo en promedio.');
    } finally {
      setLocale('en');
    }
  });
});
