/**
 * Forms generated from the level schema: a zod schema and the draft's value there become a tree of
 * fields (numbers with unit, range and default; texts; switches; choices; groups; lists; a choice of
 * kind that swaps the fields below it) that the page renders. Units, ranges, defaults and help come
 * from the schema's metadata (src/circuits/plugin/param.ts), so a new parameter or circuit kind
 * appears in the editor without editor code.
 */
import { z } from 'zod';
import { parameterInfo, parameterRange } from '../circuits/plugin/param';
import { ID_PATTERN } from '../levels/schema/common';
import type { DraftPath } from './draftEdit';
import { fieldLabel, helpInWords, keyToWords, valueToWords } from './fieldLabels';
import { branchFor, discriminatorOf, literalValues, memberFor, ROOT_PLACE, unionOptions, unwrap } from './schemaWalk';
import { starterValue } from './starterValues';
import { referencedCollection, type NamedCollection } from './references';
import { childPlace, fieldText } from './fieldTexts';
import { t } from '../i18n/messages';

interface FieldBase {
  readonly path: DraftPath;
  /** The field's place in the schema, which names its words in the string files (fieldTexts.ts). */
  readonly place: string;
  /** In words, for the field's <label>. */
  readonly label: string;
  readonly help: string | undefined;
  /** The field may be left out (the schema's default or "none" then applies). */
  readonly optional: boolean;
  readonly defaultValue: unknown;
  readonly hasDefault: boolean;
  /** The draft's value here (undefined: left out). */
  readonly value: unknown;
}

export interface NumberField extends FieldBase {
  readonly kind: 'number';
  readonly unit: string | undefined;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly minExclusive: boolean;
  readonly citation: string | undefined;
}
export interface TextField extends FieldBase {
  readonly kind: 'text';
  readonly maxLength: number | undefined;
  readonly isId: boolean;
  /** The kind of part this id field names (its ids are offered as suggestions), if it is a reference. */
  readonly references: NamedCollection | undefined;
}
export interface BooleanField extends FieldBase { readonly kind: 'boolean' }
export interface ChoiceOption { readonly value: string | number | boolean; readonly label: string; readonly help: string | undefined }
export interface ChoiceField extends FieldBase { readonly kind: 'choice'; readonly options: readonly ChoiceOption[] }
export interface GroupNode extends FieldBase { readonly kind: 'group'; readonly fields: readonly FormNode[] }
export interface ListNode extends FieldBase {
  readonly kind: 'list';
  /** One item in words, for "Add …" ("Populations" → "population"). */
  readonly itemNoun: string;
  readonly items: readonly FormNode[];
  readonly maxItems: number;
  readonly minItems: number;
  /** What "Add" inserts. */
  newItem(): unknown;
}
/** A discriminated union: choosing another kind replaces the value with that kind's starter. */
export interface VariantNode extends FieldBase {
  readonly kind: 'variant';
  readonly discriminator: string;
  readonly options: readonly ChoiceOption[];
  readonly fields: readonly FormNode[];
  starterFor(choice: ChoiceOption['value']): unknown;
  /** Every field the chosen kind may have (what a kind switch may carry over). */
  keysFor(choice: ChoiceOption['value']): readonly string[];
}
/** A plain union (a number or a distribution): pick a form, then fill it. */
export interface AlternativesNode extends FieldBase {
  readonly kind: 'alternatives';
  readonly options: readonly { readonly label: string; starter(): unknown }[];
  readonly selected: number;
  readonly inner: FormNode;
}
/** Something no form control fits (pairs of indices): edited as JSON text. */
export interface JsonField extends FieldBase { readonly kind: 'json' }

export type FormNode = NumberField | TextField | BooleanField | ChoiceField | GroupNode | ListNode | VariantNode | AlternativesNode | JsonField;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An option of a choice: the schema's title for it if it has one, else its value in words. */
function choiceOption(place: string, value: unknown, help?: string, title?: string): ChoiceOption {
  const shown = title ?? (typeof value === 'string' ? valueToWords(value) : String(value));
  const optionPlace = `${place}=${String(value)}`;
  return {
    value: value as ChoiceOption['value'],
    label: fieldText(optionPlace, 'title', shown),
    help: help === undefined ? undefined : fieldText(optionPlace, 'help', help),
  };
}

function objectFields(schema: z.ZodObject, value: unknown, path: DraftPath, place: string, skip?: string): FormNode[] {
  const record = isObject(value) ? value : {};
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([key]) => key !== skip)
    .map(([key, field]) => formFor(field, record[key], [...path, key], key, childPlace(place, key)));
}

/** A list's item as a noun, from the list's English label ("Stimuli" → "stimulus"). */
function singular(label: string): string {
  if (label === label.toUpperCase()) return label; // an abbreviation ("CS") stays as it is
  const lower = label.toLowerCase();
  if (lower.endsWith('stimuli')) return `${lower.slice(0, -1)}us`;
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('s')) return lower.slice(0, -1);
  return lower;
}

/** The place a path names when no parent gave one: its field names, "[]" for each index (no kinds). */
function plainPlace(path: DraftPath): string {
  return path.reduce<string>((place, segment) => (typeof segment === 'number' ? `${place}[]` : childPlace(place, segment)), ROOT_PLACE);
}

function minMaxItems(schema: z.ZodArray): { minItems: number; maxItems: number } {
  let minItems = 0;
  let maxItems = Infinity;
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; minimum?: number; maximum?: number };
    if (def.check === 'min_length') minItems = def.minimum ?? 0;
    if (def.check === 'max_length') maxItems = def.maximum ?? Infinity;
  }
  return { minItems, maxItems };
}

/** The schema's own name for a field (`title` metadata, through optional and default), if it has one. */
function titleOf(schema: z.ZodType): string | undefined {
  for (let inner: z.ZodType | undefined = schema; inner !== undefined;) {
    const title = (inner.meta() as { title?: unknown } | undefined)?.title;
    if (typeof title === 'string' && title.length > 0) return title;
    inner = inner instanceof z.ZodDefault || inner instanceof z.ZodOptional ? inner.unwrap() as z.ZodType : undefined;
  }
  return undefined;
}

/** What a list item is called in its heading: its label or title, else its id in words, else its kind, else "Item n". */
export function itemTitle(value: unknown, index: number, kindWords?: (kind: string) => string): string {
  if (isObject(value)) {
    for (const key of ['label', 'title'] as const) {
      const named = value[key];
      if (typeof named === 'string' && named.length > 0) return named;
    }
    // An id names the item for the program; its heading reads it as words ("inputToOutput" → "Input to output").
    if (typeof value.id === 'string' && value.id.length > 0) return keyToWords(value.id);
    // An item named by its kind alone (a circuit with its default id, an event): the kind in words.
    if (typeof value.kind === 'string' && value.kind.length > 0) return kindWords?.(value.kind) ?? keyToWords(value.kind);
  }
  return t('editor.form.item', { number: index + 1 });
}

/** The label of a list item's kind: its option's words in the item's choice of kind (a translated "Tone"). */
function kindWordsOf(element: z.ZodType, place: string): (kind: string) => string {
  return (kind) => {
    const inner = unwrap(element).schema;
    const english = keyToWords(kind);
    if (discriminatorOf(inner) !== 'kind') return english;
    const member = unionOptions(inner).find((m) => m instanceof z.ZodObject && literalValues(m.shape.kind as z.ZodType).includes(kind)) as z.ZodObject | undefined;
    if (member === undefined) return english;
    return fieldText(`${place}=${kind}`, 'title', titleOf(member.shape.kind as z.ZodType) ?? valueToWords(kind));
  };
}

/**
 * The form of `value` under `schema` at `path`; `key` names the field (its label and unit). `place`
 * is the field's place in the schema (fieldTexts.ts); formAt gives it, with the kinds on the way.
 * `itemKindWords` names a list item by its kind (given by the list).
 */
export function formFor(schema: z.ZodType, value: unknown, path: DraftPath, key: string | number, place = plainPlace(path), itemKindWords?: (kind: string) => string): FormNode {
  const { schema: inner, optional, hasDefault, defaultValue, description } = unwrap(schema);
  const named = typeof key === 'string' ? fieldLabel(key) : { label: itemTitle(value, key, itemKindWords), unit: undefined };
  // An item's heading is its own data (a name the designer typed); a field's label is the schema's.
  const label = typeof key === 'string' ? fieldText(place, 'title', titleOf(schema) ?? named.label) : named.label;
  const info = inner instanceof z.ZodNumber ? parameterInfo(schema) : undefined;
  const englishHelp = info !== undefined ? info.description : description;
  const help = englishHelp === undefined ? undefined : fieldText(place, 'help', helpInWords(englishHelp));
  const base = { path, place, label, help, optional, hasDefault, defaultValue, value };

  if (inner instanceof z.ZodNumber) {
    const range = parameterRange(inner)!;
    const unit = info?.unit ?? named.unit;
    return { ...base, kind: 'number', unit: unit === '1' ? undefined : unit, min: range.min, max: range.max, integer: range.integer, minExclusive: range.minExclusive, citation: info?.citation };
  }
  if (inner instanceof z.ZodString) {
    const formats = (inner._zod.def.checks ?? []).map((c) => c._zod.def as { format?: string; pattern?: RegExp });
    const isId = formats.some((f) => f.format === 'regex' && f.pattern?.source === ID_PATTERN.source);
    return { ...base, kind: 'text', maxLength: inner.maxLength ?? undefined, isId, references: isId ? referencedCollection(description) : undefined };
  }
  if (inner instanceof z.ZodBoolean) return { ...base, kind: 'boolean' };
  if (inner instanceof z.ZodEnum || inner instanceof z.ZodLiteral) {
    return { ...base, kind: 'choice', options: literalValues(inner).map((v) => choiceOption(place, v)) };
  }
  if (inner instanceof z.ZodObject) return { ...base, kind: 'group', fields: objectFields(inner, value, path, place) };
  if (inner instanceof z.ZodArray) {
    const element = inner.element as z.ZodType;
    const list = Array.isArray(value) ? value : [];
    const itemPlace = `${place}[]`;
    const kindWords = kindWordsOf(element, itemPlace);
    const englishLabel = typeof key === 'string' ? titleOf(schema) ?? named.label : 'items';
    return {
      ...base, kind: 'list', ...minMaxItems(inner),
      itemNoun: fieldText(place, 'item', singular(englishLabel)),
      items: list.map((item, index) => formFor(element, item, [...path, index], index, itemPlace, kindWords)),
      newItem: () => starterValue(element),
    };
  }
  if (inner instanceof z.ZodDiscriminatedUnion) {
    const discriminator = discriminatorOf(inner)!;
    const members = unionOptions(inner) as z.ZodObject[];
    const options = members.map((member) => {
      const literal = member.shape[discriminator] as z.ZodType;
      const optionHelp = unwrap(literal).description ?? member.description;
      return choiceOption(place, literalValues(literal)[0], optionHelp === undefined ? undefined : helpInWords(optionHelp), titleOf(literal));
    });
    const member = memberFor(inner, value);
    const memberPlace = member === undefined ? place : `${place}=${String((value as Record<string, unknown>)[discriminator])}`;
    return {
      ...base, kind: 'variant', discriminator, options,
      fields: member === undefined ? [] : objectFields(member, value, path, memberPlace, discriminator),
      starterFor: (choice) => {
        const picked = members.find((m) => literalValues(m.shape[discriminator] as z.ZodType).includes(choice));
        return picked === undefined ? undefined : starterValue(picked);
      },
      keysFor: (choice) => Object.keys(members.find((m) => literalValues(m.shape[discriminator] as z.ZodType).includes(choice))?.shape ?? {}),
    };
  }
  if (inner instanceof z.ZodUnion) {
    const branches = unionOptions(inner);
    const chosen = branchFor(inner, value);
    const selected = Math.max(0, branches.indexOf(chosen));
    return {
      ...base, kind: 'alternatives', selected,
      options: branches.map((branch, i) => ({ label: fieldText(`${place}|${i}`, 'option', alternativeLabel(branch)), starter: () => starterValue(branch) })),
      inner: formFor(chosen, value, path, key, `${place}|${selected}`, itemKindWords),
    };
  }
  return { ...base, kind: 'json' };
}

/** How a union's branch is offered: its schema title ("Last N trials"), else its form ("A number", "A list"), else its description's first words. */
function alternativeLabel(branch: z.ZodType): string {
  const title = titleOf(branch);
  if (title !== undefined) return title;
  const inner = unwrap(branch).schema;
  if (inner instanceof z.ZodNumber) return 'A number';
  if (inner instanceof z.ZodString) return 'A name';
  if (inner instanceof z.ZodTuple) return 'A range [low, high]';
  if (inner instanceof z.ZodArray) return 'A list';
  if (inner instanceof z.ZodDiscriminatedUnion) return 'A distribution';
  const description = unwrap(branch).description;
  return description === undefined ? 'An object' : description.replace(/[.:].*$/, '');
}
