/**
 * Which kind of part an id field refers to, read from the schema: an id field whose description
 * names a population ("Id of the presynaptic population") refers to one. Renaming follows these
 * references, and the forms offer the draft's ids of that kind as suggestions.
 */
import type { Draft } from './applyEdit';

export type NamedCollection = 'populations' | 'projections' | 'stimuli' | 'modulators' | 'neuronTypes';

const REFERENCE_WORDS: readonly (readonly [NamedCollection, RegExp])[] = [
  ['populations', /\bpopulations?\b/i],
  ['projections', /\bprojections?\b/i],
  ['stimuli', /\bstimul(?:us|i)\b/i],
  ['modulators', /\bmodulator\b|\bpool\b/i],
  ['neuronTypes', /\bneuron types?\b/i],
];

/** A description of a part's own id ("Id of this population, ..."), not a reference. */
const OWN_ID = /^Id of this\b/i;

/** Whether an id field with this description refers to parts of `collection`. */
export function refersTo(description: string | undefined, collection: NamedCollection): boolean {
  if (description === undefined || OWN_ID.test(description)) return false;
  return REFERENCE_WORDS.find(([name]) => name === collection)![1].test(description);
}

/** The kind of part an id field refers to (the first its description names), or undefined. */
export function referencedCollection(description: string | undefined): NamedCollection | undefined {
  if (description === undefined || OWN_ID.test(description)) return undefined;
  return REFERENCE_WORDS.find(([, words]) => words.test(description))?.[0];
}

/** Whether this description is of a part's own id. */
export function isOwnId(description: string | undefined): boolean {
  return description !== undefined && OWN_ID.test(description);
}

/** The ids the draft's parts of a kind have, in order (for suggestions). */
export function idsOf(draft: Draft, collection: NamedCollection): string[] {
  const list = draft[collection];
  if (!Array.isArray(list)) return [];
  return list.map((item) => (typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined))
    .filter((id): id is string => typeof id === 'string' && id.length > 0);
}
