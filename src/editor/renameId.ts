/**
 * Renaming a population, projection, stimulus, modulator pool or neuron type, with every reference
 * to it, as one edit (one undo step). References are found from the schema: an id field whose
 * description names that kind of part ("Id of the presynaptic population"), and player-parameter
 * paths through the part ("projections.ee.plasticity.aPlus"). Anything else that still holds the
 * old id is reported, so the designer sees what to check.
 */
import { levelSchema } from '../levels/schema/level';
import { ID_PATTERN } from '../levels/schema/common';
import { isIdString, isParameterPath } from './referenceScan';
import { valueAt, type Draft } from './applyEdit';
import type { DraftEdit, DraftPath } from './draftEdit';
import { unwrap } from './schemaWalk';
import { walkDraft } from './walkDraft';
import { isOwnId, refersTo, type NamedCollection } from './references';
import { t } from '../i18n/messages';

export type { NamedCollection } from './references';

export interface RenamePlan {
  /** One batch: the new id and every reference (empty edits when the rename is refused). */
  readonly edit: DraftEdit;
  /** Where references were updated. */
  readonly updated: readonly DraftPath[];
  /** Id fields that still hold the old id (not recognised as references): check them by hand. */
  readonly remaining: readonly DraftPath[];
  /** Why the rename cannot be done, or null. */
  readonly refusal: string | null;
}

/** Plans renaming item `index` of `collection` to `newId`. */
export function planRename(draft: Draft, collection: NamedCollection, index: number, newId: string): RenamePlan {
  const refuse = (refusal: string): RenamePlan => ({ edit: { kind: 'batch', edits: [] }, updated: [], remaining: [], refusal });
  const list = valueAt(draft, [collection]);
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const oldId = item?.id;
  if (typeof oldId !== 'string') return refuse(t('editor.rename.nothing'));
  if (!ID_PATTERN.test(newId)) return refuse(t('editor.rename.invalid', { id: newId }));
  if ((list as { id?: unknown }[]).some((other, i) => i !== index && other?.id === newId)) return refuse(t('editor.rename.taken', { id: newId }));

  const ownPath: DraftPath = [collection, index, 'id'];
  const edits: DraftEdit[] = [{ kind: 'set', path: ownPath, value: newId }];
  const updated: DraftPath[] = [];
  const remaining: DraftPath[] = [];
  const samePath = (a: DraftPath, b: DraftPath) => a.length === b.length && a.every((s, i) => s === b[i]);
  walkDraft(levelSchema, draft, (schema, value, path) => {
    if (typeof value !== 'string' || samePath(path, ownPath)) return;
    if (isParameterPath(draft, path)) {
      const segments = value.split('.');
      if (segments[0] === collection && segments[1] === oldId) {
        edits.push({ kind: 'set', path, value: [collection, newId, ...segments.slice(2)].join('.') });
        updated.push(path);
      }
      return;
    }
    if (value !== oldId || !isIdString(schema)) return;
    const description = unwrap(schema).description;
    if (refersTo(description, collection)) {
      edits.push({ kind: 'set', path, value: newId });
      updated.push(path);
    } else if (!isOwnId(description)) remaining.push(path);
  });
  return { edit: { kind: 'batch', edits }, updated, remaining, refusal: null };
}
