/**
 * The value a new item of a schema starts with: what "Add" puts in a list and what choosing another
 * kind of a union puts in its place. Required fields get their defaults or the smallest value the
 * schema allows, optional fields are left out, so a new item is as small as the schema permits.
 */
import { z } from 'zod';
import { parameterRange } from '../circuits/plugin/param';
import { unwrap, discriminatorOf, literalValues, unionOptions } from './schemaWalk';

/** A number inside the schema's range: its default, else 1 when allowed, else the bound. */
function starterNumber(schema: z.ZodType): number {
  const range = parameterRange(schema);
  if (range === undefined) return 0;
  const low = range.minExclusive ? range.min + 1 : range.min;
  if (Number.isFinite(low) && low > 1) return low;
  if (range.max < 1) return Number.isFinite(low) ? low : range.max;
  return 1;
}

/** The starter value of a schema (with its default when it has one). */
export function starterValue(schema: z.ZodType): unknown {
  const { schema: inner, hasDefault, defaultValue } = unwrap(schema);
  if (hasDefault) return structuredClone(defaultValue);
  if (inner instanceof z.ZodNumber) return starterNumber(inner);
  if (inner instanceof z.ZodString) return '';
  if (inner instanceof z.ZodBoolean) return false;
  if (inner instanceof z.ZodLiteral || inner instanceof z.ZodEnum) return literalValues(inner)[0];
  if (inner instanceof z.ZodTuple) return inner._zod.def.items.map((item) => starterValue(item as z.ZodType));
  if (inner instanceof z.ZodArray) {
    const minimum = (inner._zod.def.checks ?? []).map((c) => c._zod.def as { check: string; minimum?: number })
      .find((c) => c.check === 'min_length')?.minimum ?? 0;
    return Array.from({ length: minimum }, () => starterValue(inner.element as z.ZodType));
  }
  if (inner instanceof z.ZodObject) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      const part = unwrap(field);
      if (part.optional || part.hasDefault) continue;
      out[key] = starterValue(field);
    }
    return out;
  }
  if (inner instanceof z.ZodUnion) {
    const first = unionOptions(inner)[0];
    return first === undefined ? null : starterValue(first);
  }
  return null;
}

/** The starter of the union member whose discriminator is `choice` (a new kind of stimulus, a new connect rule). */
export function starterForChoice(schema: z.ZodType, choice: unknown): unknown {
  const inner = unwrap(schema).schema;
  const key = discriminatorOf(inner);
  if (key === undefined) return undefined;
  const member = unionOptions(inner).find((option) => option instanceof z.ZodObject && literalValues(option.shape[key] as z.ZodType).includes(choice));
  return member === undefined ? undefined : starterValue(member);
}
