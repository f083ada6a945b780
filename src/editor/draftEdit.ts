/**
 * The editor's contract: a draft is a level's JSON data (what a level file holds, possibly invalid
 * while the designer works), and every change to it is a DraftEdit. All views (generated forms,
 * the network canvas, the timeline) read the draft and change it only through `apply`, so that one
 * command log gives undo and redo for every edit, and live validation sees every change.
 * Pure types: no DOM, no storage.
 */

/** Where a value sits in the draft: object keys and array indices, from the root. */
export type DraftPath = readonly (string | number)[];

export type DraftEdit =
  /** Sets an object field or replaces an array element (creating missing parent objects). */
  | { readonly kind: 'set'; readonly path: DraftPath; readonly value: unknown }
  /** Removes an object field or an array element (later elements move down). */
  | { readonly kind: 'remove'; readonly path: DraftPath }
  /** Inserts into the array at `path` before `index` (index = length appends). */
  | { readonly kind: 'insert'; readonly path: DraftPath; readonly index: number; readonly value: unknown }
  /** Several edits as one undo step (e.g. renaming a population and every projection naming it). */
  | { readonly kind: 'batch'; readonly edits: readonly DraftEdit[] };

/** A live validation problem, at the draft path of the field concerned, in words. */
export interface DraftProblem {
  readonly path: DraftPath;
  readonly message: string;
}

/** What a view needs from the editor. */
export interface DraftEditor {
  /** The current draft (treat as read-only; change it only through apply). */
  readonly draft: Readonly<Record<string, unknown>>;
  /** Applies one edit as one undo step; `label` says it in words for the undo button ("Move tone"). */
  apply(edit: DraftEdit, label: string): void;
  /** Called after every change (an edit, undo, redo or a draft replaced); returns an unsubscribe. */
  onChange(listener: () => void): () => void;
  /** The live validation problems at this path or below it. */
  problemsAt(path: DraftPath): readonly DraftProblem[];
}
