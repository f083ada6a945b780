/** Visits every value of a draft with the schema it sits under (unions resolved by the value). */
import type { z } from 'zod';
import type { DraftPath } from './draftEdit';
import { childSchema } from './schemaWalk';

export type DraftVisitor = (schema: z.ZodType, value: unknown, path: DraftPath) => void;

export function walkDraft(schema: z.ZodType, value: unknown, visit: DraftVisitor, path: DraftPath = []): void {
  visit(schema, value, path);
  if (typeof value !== 'object' || value === null) return;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  for (const [key, child] of entries) {
    const inner = childSchema(schema, value, key);
    if (inner !== undefined) walkDraft(inner, child, visit, [...path, key]);
  }
}
