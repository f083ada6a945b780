/**
 * Walking the level's zod schema next to a draft value: the schema of a child (an object field, a
 * list item, the branch of a union the value is in), what wraps a schema (optional, default) and its
 * description. Forms, renames and the problems list read the schema through these few functions, so
 * the editor knows no field by name.
 */
import { z } from 'zod';

export interface Unwrapped {
  readonly schema: z.ZodType;
  readonly optional: boolean;
  /** The default the schema fills in when the field is absent, if any. */
  readonly defaultValue: unknown;
  readonly hasDefault: boolean;
  /** The first description found on the way in (outer wrappers describe the field best). */
  readonly description: string | undefined;
}

/** Strips .optional() and .default() wrappers, keeping what they say. */
export function unwrap(schema: z.ZodType): Unwrapped {
  let inner = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  let description = schema.description;
  for (;;) {
    if (inner instanceof z.ZodOptional) optional = true;
    else if (inner instanceof z.ZodDefault) {
      if (!hasDefault) { hasDefault = true; defaultValue = (inner._zod.def as { defaultValue: unknown }).defaultValue; }
    } else break;
    inner = inner.unwrap() as z.ZodType;
    description ??= inner.description;
  }
  return { schema: inner, optional, defaultValue, hasDefault, description: description ?? inner.description };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The discriminator key of a discriminated union, or undefined. */
export function discriminatorOf(schema: z.ZodType): string | undefined {
  return schema instanceof z.ZodDiscriminatedUnion ? (schema._zod.def as { discriminator: string }).discriminator : undefined;
}

/** The literal values of a member's discriminator field. */
export function literalValues(schema: z.ZodType): readonly unknown[] {
  const inner = unwrap(schema).schema;
  if (inner instanceof z.ZodLiteral) return [...inner.values];
  if (inner instanceof z.ZodEnum) return inner.options;
  return [];
}

/** The members of a union (discriminated or not). */
export function unionOptions(schema: z.ZodType): readonly z.ZodType[] {
  return schema instanceof z.ZodUnion ? (schema.options as readonly z.ZodType[]) : [];
}

/** The member of a discriminated union that a value's discriminator picks, or undefined. */
export function memberFor(schema: z.ZodType, value: unknown): z.ZodObject | undefined {
  const key = discriminatorOf(schema);
  if (key === undefined || !isPlainObject(value)) return undefined;
  return unionOptions(schema).find((option) =>
    option instanceof z.ZodObject && literalValues(option.shape[key] as z.ZodType).includes(value[key])) as z.ZodObject | undefined;
}

/** How well a value fits a schema's outer shape (for picking a plain union's branch): 2 exact, 1 type only, 0 no. */
function fit(schema: z.ZodType, value: unknown): number {
  const inner = unwrap(schema).schema;
  if (inner instanceof z.ZodNumber) return typeof value === 'number' ? 2 : 0;
  if (inner instanceof z.ZodString) return typeof value === 'string' ? 2 : 0;
  if (inner instanceof z.ZodBoolean) return typeof value === 'boolean' ? 2 : 0;
  if (inner instanceof z.ZodLiteral || inner instanceof z.ZodEnum) return literalValues(inner).includes(value) ? 2 : 0;
  if (inner instanceof z.ZodArray || inner instanceof z.ZodTuple) return Array.isArray(value) ? 2 : 0;
  if (inner instanceof z.ZodDiscriminatedUnion) return memberFor(inner, value) !== undefined ? 2 : (isPlainObject(value) ? 1 : 0);
  if (inner instanceof z.ZodObject) {
    if (!isPlainObject(value)) return 0;
    const keys = Object.keys(inner.shape);
    return Object.keys(value).every((k) => keys.includes(k)) ? 2 : 1;
  }
  return 0;
}

/** The branch of a plain union that a value belongs to (the best fit; the first member when nothing fits). */
export function branchFor(schema: z.ZodType, value: unknown): z.ZodType {
  const options = unionOptions(schema);
  let best = options[0];
  let bestFit = -1;
  for (const option of options) {
    const score = fit(option, value);
    if (score > bestFit) { best = option; bestFit = score; }
  }
  return best;
}

/** Resolves unions for a value: the object member or branch the value is in (the schema itself otherwise). */
export function resolveFor(schema: z.ZodType, value: unknown): z.ZodType {
  let current = unwrap(schema).schema;
  for (let guard = 0; guard < 8; guard++) {
    if (current instanceof z.ZodDiscriminatedUnion) {
      const member = memberFor(current, value);
      if (member === undefined) return current;
      current = member;
    } else if (current instanceof z.ZodUnion) current = unwrap(branchFor(current, value)).schema;
    else return current;
  }
  return current;
}

/** The schema of `value[key]` under `schema` (value is the parent), or undefined when the schema has no such child. */
export function childSchema(schema: z.ZodType, parentValue: unknown, key: string | number): z.ZodType | undefined {
  const resolved = resolveFor(schema, parentValue);
  if (resolved instanceof z.ZodObject) return typeof key === 'string' ? (resolved.shape as Record<string, z.ZodType | undefined>)[key] : undefined;
  if (resolved instanceof z.ZodArray) return typeof key === 'number' ? resolved.element as z.ZodType : undefined;
  if (resolved instanceof z.ZodTuple) return typeof key === 'number' ? (resolved._zod.def.items[key] as z.ZodType | undefined) : undefined;
  return undefined;
}

/** The schema at a path of the draft, following the values for unions; undefined when the path leaves the schema. */
export function schemaAtPath(root: z.ZodType, draft: unknown, path: readonly (string | number)[]): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  let value: unknown = draft;
  for (const key of path) {
    if (schema === undefined) return undefined;
    schema = childSchema(schema, value, key);
    value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  return schema;
}

/**
 * The place of a path in the schema (src/editor/fieldTexts.ts names a field's words by it): "level",
 * then the field names, "[]" for an index, "=<value>" after a kind the value picks, "|<n>" after a plain
 * union's branch. Mirrors formFor's recursion, so a field has one place however its form was reached.
 */
/** The level's own place: every field's place starts here, so a top-level "id" has a key of its own. */
export const ROOT_PLACE = 'level';

export function placeAtPath(root: z.ZodType, draft: unknown, path: readonly (string | number)[]): string {
  let schema: z.ZodType | undefined = root;
  let value: unknown = draft;
  let place = ROOT_PLACE;
  for (const key of path) {
    if (schema === undefined) break;
    let current = unwrap(schema).schema;
    for (let guard = 0; guard < 8; guard++) {
      if (current instanceof z.ZodDiscriminatedUnion) {
        const member = memberFor(current, value);
        if (member === undefined) break;
        place += `=${String((value as Record<string, unknown>)[discriminatorOf(current)!])}`;
        current = member;
      } else if (current instanceof z.ZodUnion) {
        const branch = branchFor(current, value);
        place += `|${unionOptions(current).indexOf(branch)}`;
        current = unwrap(branch).schema;
      } else break;
    }
    place = typeof key === 'number' ? `${place}[]` : `${place}.${key}`;
    schema = childSchema(schema, value, key);
    value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  return place;
}
