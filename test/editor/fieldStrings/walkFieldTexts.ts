/**
 * Every field the editor's forms can generate, with the English the schema gives each one: the forms
 * of a draft walked from the level's root, trying every kind a choice of kind offers, every form a
 * plain union offers and every list's new item, once per place in the schema. Used by
 * `npm run strings:editor` (writes the English entries) and by the tests (every key in en and es).
 */
import type { Draft } from '../../../src/editor/applyEdit';
import { formAt } from '../../../src/editor/formAt';
import type { FormNode } from '../../../src/editor/formFields';
import { withFieldTextSource, type FieldTextPart } from '../../../src/editor/fieldTexts';

export interface FieldText { readonly place: string; readonly part: FieldTextPart; readonly english: string }

/** `${part} ${place}` → the field text the schema implies there. */
export type FieldTexts = Map<string, FieldText>;

function setAt(draft: Draft, path: readonly (string | number)[], value: unknown): Draft {
  const copy = structuredClone(draft);
  let parent: Record<string | number, unknown> = copy;
  path.slice(0, -1).forEach((key, i) => {
    // An absent optional group on the way gets an empty value (a list when the next key is an index).
    parent[key] ??= typeof path[i + 1] === 'number' ? [] : {};
    parent = parent[key] as Record<string | number, unknown>;
  });
  parent[path[path.length - 1]] = value;
  return copy;
}

/**
 * Walks the forms of `draft` (from its root, or from `roots`), recording every field text asked for.
 * `seen` (places already tried) is shared across drafts so each place's alternatives are tried once.
 */
export function walkFieldTexts(draft: Draft, texts: FieldTexts, seen = new Set<string>(), roots: readonly (readonly (string | number)[])[] = [[]]): void {
  const record = (place: string, part: FieldTextPart, english: string) => {
    const id = `${part} ${place}`;
    const before = texts.get(id)?.english;
    if (before !== undefined && before !== english) throw new Error(`the ${part} of ${place} reads both "${before}" and "${english}"`);
    texts.set(id, { place, part, english });
    return english;
  };
  const formOf = (current: Draft, path: readonly (string | number)[]) => withFieldTextSource(record, () => formAt(current, path));
  const walk = (current: Draft, node: FormNode): void => {
    if (node.kind === 'group' || node.kind === 'variant') node.fields.forEach((field) => walk(current, field));
    if (node.kind === 'list') {
      node.items.forEach((item) => walk(current, item));
      if (!seen.has(`${node.place}[new]`)) {
        seen.add(`${node.place}[new]`);
        const list = Array.isArray(node.value) ? node.value : [];
        const grown = setAt(current, node.path, [...list, node.newItem()]);
        const added = formOf(grown, [...node.path, list.length]);
        if (added !== undefined) walk(grown, added);
      }
    }
    if (node.kind === 'alternatives') {
      walk(current, node.inner);
      node.options.forEach((option, i) => {
        if (i === node.selected || seen.has(`${node.place}|${i}`)) return;
        seen.add(`${node.place}|${i}`);
        const switched = setAt(current, node.path, option.starter());
        const form = formOf(switched, node.path);
        if (form !== undefined) walk(switched, form);
      });
    }
    if (node.kind === 'variant') {
      for (const option of node.options) {
        const place = `${node.place}=${String(option.value)}`;
        if (seen.has(place) || option.value === (node.value as Record<string, unknown> | undefined)?.[node.discriminator]) continue;
        seen.add(place);
        const switched = setAt(current, node.path, node.starterFor(option.value));
        const form = formOf(switched, node.path);
        if (form !== undefined) walk(switched, form);
      }
    }
  };
  for (const root of roots) {
    const node = formOf(draft, root);
    if (node !== undefined) walk(draft, node);
  }
}
