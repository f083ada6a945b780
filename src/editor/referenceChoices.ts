/**
 * The choices of a reference field (a population's neuron type, a projection's source, a stimulus's
 * target): the draft's parts of the kind it names, each with words from the schema (its label, or
 * what its kind is: "cell: Leaky integrate-and-fire"). A new list item gets the first valid part
 * for each reference it needs, so "Add population" never starts with an empty or foreign type.
 */
import { levelSchema } from '../levels/schema/level';
import { valueAt, type Draft } from './applyEdit';
import type { DraftPath } from './draftEdit';
import { formAt } from './formAt';
import type { FormNode } from './formFields';
import { idsOf, type NamedCollection } from './references';
import { discriminatorOf, resolveFor, schemaAtPath, unwrap } from './schemaWalk';

export interface ReferenceChoice { readonly id: string; readonly label: string }

/** "Leaky integrate-and-fire" from "Leaky integrate-and-fire, integrated with ...": a kind's description up to its first pause. */
const firstClause = (text: string | undefined): string | undefined => text?.split(/[:,;.(]/)[0].trim() || undefined;

/** What a part is, in words: its label, else the description of its kind in the schema. */
function partWords(draft: Draft, collection: NamedCollection, index: number): string | undefined {
  const value = valueAt(draft, [collection, index]) as Record<string, unknown> | undefined;
  if (typeof value?.label === 'string' && value.label !== '') return value.label;
  const schema = schemaAtPath(levelSchema, draft, [collection, index]);
  if (schema === undefined) return undefined;
  const key = discriminatorOf(unwrap(schema).schema);
  const member = resolveFor(schema, value);
  if (key === undefined || !('shape' in member)) return undefined;
  return firstClause(unwrap((member.shape as Record<string, Parameters<typeof unwrap>[0]>)[key]).description);
}

/** The draft's parts a reference to `collection` may name, with words for each. */
export function referenceChoices(draft: Draft, collection: NamedCollection): ReferenceChoice[] {
  return idsOf(draft, collection).map((id, index) => {
    const words = partWords(draft, collection, index);
    return { id, label: words === undefined || words === id ? id : `${id}: ${words}` };
  });
}

/** `item` (about to be added at `[...listPath, index]`) with every empty reference set to the first part of its kind. */
export function withReferencesFilled(draft: Draft, listPath: DraftPath, index: number, item: unknown): unknown {
  const list = valueAt(draft, listPath);
  const trial = structuredClone(draft);
  const items = [...(Array.isArray(list) ? list : []), structuredClone(item)];
  let parent: Record<string | number, unknown> = trial;
  for (const key of listPath.slice(0, -1)) parent = (parent[key] ??= {}) as Record<string | number, unknown>;
  parent[listPath[listPath.length - 1]] = items;
  const form = formAt(trial, [...listPath, index]);
  const filled = structuredClone(item) as Record<string, unknown>;
  const visit = (node: FormNode): void => {
    if (node.kind === 'text' && node.references !== undefined && node.value === '' && node.path.length === listPath.length + 2) {
      const first = idsOf(draft, node.references)[0];
      if (first !== undefined) filled[node.path[node.path.length - 1] as string] = first;
    }
    if (node.kind === 'group' || node.kind === 'variant') node.fields.forEach(visit);
  };
  if (form !== undefined && typeof item === 'object' && item !== null && !Array.isArray(item)) visit(form);
  return filled;
}
