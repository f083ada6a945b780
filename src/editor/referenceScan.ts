/**
 * Every id a draft's parts own and every place that names one, found by walking the level schema
 * next to the draft: an id field's description says which kind of part it names ("Id of the
 * presynaptic population", "Only count trials of this timeline phase"), and dotted parameter paths
 * ("projections.ee.plasticity.aPlus") name a part by their first two segments. Deleting a part uses
 * this to find what would be left dangling, so the editor knows no reference field by name.
 */
import { z } from 'zod';
import { levelSchema } from '../levels/schema/level';
import { ID_PATTERN } from '../levels/schema/common';
import { valueAt, type Draft } from './applyEdit';
import type { DraftPath } from './draftEdit';
import { isOwnId, referencedCollection } from './references';
import { resolveFor, unwrap } from './schemaWalk';
import { walkDraft } from './walkDraft';

/** A kind of part: the key of the list its items sit in ("populations", "phases", "events", ...). */
export type PartKind = string;

/** A part's own id: the item at `path` (in the list `kind`) is called `id`. */
export interface OwnedId {
  readonly kind: PartKind;
  readonly id: string;
  readonly path: DraftPath;
}

/** A field at `path` that names the part `id` of one of `kinds`. */
export interface Reference {
  readonly kinds: readonly PartKind[];
  readonly id: string;
  readonly path: DraftPath;
}

/** Kinds the population/projection/stimulus/modulator/neuron-type words do not cover, by description. */
const MORE_REFERENCE_WORDS: readonly (readonly [readonly PartKind[], RegExp])[] = [
  [['phases'], /\btimeline phase\b/i],
  [['trialTypes'], /^Id of (?:a|the) trial type\b/i],
  [['objectives', 'measures'], /\bobjective or a measures\b/i],
  [['objectives'], /\bobjectives?\b/i],
  [['rewardContingencies'], /\breward contingency\b/i],
  [['circuits'], /\bcircuit\b/i],
  [['events'], /\bthe id of an event\b/i],
];

/** The kinds of part a field with this description names (none for a part's own id or plain text). */
export function kindsNamedBy(description: string | undefined): readonly PartKind[] {
  if (description === undefined || isOwnId(description)) return [];
  const collection = referencedCollection(description);
  if (collection !== undefined) return [collection];
  return MORE_REFERENCE_WORDS.find(([, words]) => words.test(description))?.[0] ?? [];
}

/** Whether the schema is an id string (the level format's id pattern), as opposed to free text. */
export function isIdString(schema: z.ZodType): boolean {
  const inner = unwrap(schema).schema;
  if (!(inner instanceof z.ZodString)) return false;
  return (inner._zod.def.checks ?? []).some((c) => {
    const def = c._zod.def as { format?: string; pattern?: RegExp };
    return def.format === 'regex' && def.pattern?.source === ID_PATTERN.source;
  });
}

/**
 * A dotted parameter path ("stimuli.drive.rateHz"): a player parameter's, or a setParameter
 * command's (at the start, at the end, in a timeline event or offered to the player).
 */
export function isParameterPath(draft: Draft, path: DraftPath): boolean {
  if (path[path.length - 1] !== 'path') return false;
  if (path[0] === 'playerParameters' && path.length === 3) return true;
  const owner = valueAt(draft, path.slice(0, -1)) as { type?: unknown } | undefined;
  return owner?.type === 'setParameter';
}

/** Whether `path` is an event's `at.after` (its timing anchor, which deleting re-times instead). */
const isTimingAnchor = (path: DraftPath): boolean => path[path.length - 1] === 'after' && path[path.length - 2] === 'at';

/**
 * The parts a dotted parameter path goes through: after a list's key comes an item's id
 * ("timeline.sessions.main.phases.stimulation.trials" names session main and phase stimulation).
 * It stops where the path leaves the draft.
 */
function partsOnParameterPath(draft: Draft, dotted: string): { kinds: readonly PartKind[]; id: string }[] {
  const segments = dotted.split('.');
  const parts: { kinds: readonly PartKind[]; id: string }[] = [];
  let node: unknown = draft;
  for (let i = 0; i < segments.length && typeof node === 'object' && node !== null; i++) {
    const segment = segments[i];
    if (Array.isArray(node)) {
      parts.push({ kinds: [segments[i - 1] ?? ''], id: segment });
      node = node.find((item) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === segment);
    } else {
      node = Object.prototype.hasOwnProperty.call(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return parts;
}

export interface ReferenceScan {
  readonly owned: readonly OwnedId[];
  readonly references: readonly Reference[];
}

export function scanReferences(draft: Draft): ReferenceScan {
  const owned: OwnedId[] = [];
  const references: Reference[] = [];
  walkDraft(levelSchema, draft, (schema, value, path) => {
    if (typeof value !== 'string') return;
    if (isParameterPath(draft, path)) {
      for (const named of partsOnParameterPath(draft, value)) references.push({ ...named, path });
      return;
    }
    // A field that is one id or a list of them is a union: the branch the value is in says it best.
    const outer = unwrap(schema);
    const branch = resolveFor(schema, value);
    if (!isIdString(branch) || isTimingAnchor(path)) return;
    const kinds = kindsNamedBy(branch === outer.schema ? outer.description : unwrap(branch).description ?? outer.description);
    const listKey = path[path.length - 3];
    if (path[path.length - 1] === 'id' && typeof path[path.length - 2] === 'number' && typeof listKey === 'string') {
      // An item's id: its kind is its list's, unless the description says it names another kind
      // (a circuit's CS entry is the stimulus the circuit adds).
      owned.push({ kind: listKey, id: value, path: path.slice(0, -1) });
      if (kinds[0] !== undefined && kinds[0] !== listKey) owned.push({ kind: kinds[0], id: value, path: path.slice(0, -1) });
      return;
    }
    if (kinds.length > 0) references.push({ kinds, id: value, path });
  });
  return { owned, references };
}
