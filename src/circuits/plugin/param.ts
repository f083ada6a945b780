/**
 * Model parameters in the level schema: a bounded number with its default, unit, citation and help
 * text, carried as zod metadata so that the JSON Schema (npm run schema) holds them as
 * `description`, `unit` and `citation` next to `minimum`, `maximum` and `default`, and a form (the
 * editor) can be generated from the schema alone. Circuit configs declare their internals with it.
 */
import { z } from 'zod';

/** What a parameter means: shown as help, unit and source wherever the parameter is edited. */
export interface ParamInfo {
  /** Unit of the value, e.g. "ms", "Hz", "neurons"; "1" for a dimensionless number. */
  unit: string;
  /** Where the value or the mechanism comes from: a paper, or "model choice" with the reason in docs/model.md. */
  citation: string;
  /** One or two sentences for a level designer: what changes when the value changes. */
  help: string;
  /** The field's name in words for forms (without the unit), when its key would read as a cipher ("pfLtdPerClimbingSpike"). */
  title?: string;
}

export interface ParamRange {
  min: number;
  max: number;
  /** Whole numbers only (counts). */
  integer?: boolean;
  /** The value must be strictly above min (time constants). */
  minExclusive?: boolean;
}

/** The metadata a parameter schema carries (read back by parameterInfo). */
export interface ParamMeta {
  description: string;
  unit: string;
  citation: string;
}

function bounded(spec: ParamRange & ParamInfo): z.ZodNumber {
  const base = spec.integer === true ? z.int() : z.number();
  const low = spec.minExclusive === true ? base.gt(spec.min) : base.min(spec.min);
  const meta: Record<string, string> = { description: spec.help, unit: spec.unit, citation: spec.citation };
  if (spec.title !== undefined) meta.title = spec.title;
  return low.max(spec.max).meta(meta satisfies Record<keyof ParamMeta, string>);
}

/** A parameter with a default (the value every built-in level was made with). */
export function param(spec: ParamRange & ParamInfo & { default: number }) {
  return bounded(spec).default(spec.default);
}

/** A parameter whose absence means something the help text says (e.g. "as the timeline says"). */
export function optionalParam(spec: ParamRange & ParamInfo) {
  return bounded(spec).optional();
}

/** A parameter every config must give (its right value depends on other parts of the level). */
export function requiredParam(spec: ParamRange & ParamInfo) {
  return bounded(spec);
}

/** The unit, citation and help of a parameter schema (through .default / .optional), or undefined. */
export function parameterInfo(schema: z.ZodType): ParamMeta | undefined {
  let inner: z.ZodType = schema;
  for (;;) {
    const meta = inner.meta() as Partial<ParamMeta> | undefined;
    if (meta?.unit !== undefined && meta.citation !== undefined && meta.description !== undefined) {
      return { description: meta.description, unit: meta.unit, citation: meta.citation };
    }
    if (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
    else return undefined;
  }
}

/** The bounds of a number schema (through .default / .optional), or undefined when it is not a number. */
export function parameterRange(schema: z.ZodType): Required<ParamRange> | undefined {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodNumber)) return undefined;
  const checks = (inner._zod.def.checks ?? []).map((c) => c._zod.def as { check: string; inclusive?: boolean });
  return {
    min: inner.minValue ?? -Infinity,
    max: inner.maxValue ?? Infinity,
    integer: inner.isInt,
    minExclusive: checks.some((c) => c.check === 'greater_than' && c.inclusive === false),
  };
}

/** The schema of a field under an object schema, by path segments (array items by id), or undefined. */
export function fieldSchema(schema: z.ZodType, segments: readonly string[]): z.ZodType | undefined {
  const unwrap = (s: z.ZodType): z.ZodType => (s instanceof z.ZodDefault || s instanceof z.ZodOptional ? unwrap(s.unwrap() as z.ZodType) : s);
  let current: z.ZodType = schema;
  for (const segment of segments) {
    current = unwrap(current);
    if (current instanceof z.ZodArray) { current = current.element as z.ZodType; continue; } // the segment names an item by id
    if (!(current instanceof z.ZodObject)) return undefined;
    const next = (current.shape as Record<string, z.ZodType | undefined>)[segment];
    if (next === undefined) return undefined;
    current = next;
  }
  return current;
}
