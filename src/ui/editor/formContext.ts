/** What the form renderer needs from the editor page: the draft, its edits and problems, and a few page actions. */
import type { DraftEdit, DraftEditor, DraftPath } from '../../editor/draftEdit';
import type { NamedCollection } from '../../editor/renameId';

export interface FormContext {
  readonly editor: DraftEditor;
  /** Applies an edit; a refused edit is said in the status line rather than thrown. */
  apply(edit: DraftEdit, label: string): void;
  /** Renames a part with its references (the id field of a population, projection, ...). */
  rename(collection: NamedCollection, index: number, newId: string): void;
  /** Copies list items to the clipboard (populations, projections). */
  copy(collection: 'populations' | 'projections', index: number): void;
  /** Pastes what was copied at the end of its lists. */
  paste(): void;
  /** Says something in the editor's status line (and to screen readers). */
  say(text: string): void;
  /** After the next render, takes the keyboard to the first field of the item at `path` (a list item just added). */
  focusAfterRender(path: DraftPath): void;
  /** Paths of list items shown open (kept across re-renders). */
  readonly openItems: Set<string>;
}

export const NAMED_COLLECTIONS: readonly NamedCollection[] = ['populations', 'projections', 'stimuli', 'modulators', 'neuronTypes'];

/** The collection and index when `path` is the id field of a named part at the level's top. */
export function renamedPart(path: DraftPath): { collection: NamedCollection; index: number } | null {
  if (path.length !== 3 || path[2] !== 'id' || typeof path[1] !== 'number') return null;
  const collection = NAMED_COLLECTIONS.find((c) => c === path[0]);
  return collection === undefined ? null : { collection, index: path[1] };
}
