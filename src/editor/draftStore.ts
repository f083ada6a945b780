/**
 * The draft store: the editor's one source of truth. It holds the draft, applies every change as a
 * DraftEdit through applyEdit, keeps a command log of (edit, inverse, label) for undo and redo, and
 * tells listeners after every change. Validation runs when the caller asks (the page debounces it),
 * so typing stays fast on a large level.
 */
import { applyEdit, type Draft } from './applyEdit';
import type { DraftEdit, DraftEditor, DraftPath, DraftProblem } from './draftEdit';
import { problemsUnder, validateDraft } from './draftProblems';

interface LoggedEdit {
  readonly edit: DraftEdit;
  readonly inverse: DraftEdit;
  readonly label: string;
}

/** How many steps undo reaches back (older ones are dropped). */
export const UNDO_DEPTH = 500;

export class DraftStore implements DraftEditor {
  private current: Draft;
  private readonly undoLog: LoggedEdit[] = [];
  private readonly redoLog: LoggedEdit[] = [];
  private readonly listeners = new Set<() => void>();
  private problems: readonly DraftProblem[] = [];
  private validatedDraft: Draft | undefined;

  constructor(initial: Draft) {
    this.current = initial;
  }

  get draft(): Draft { return this.current; }

  apply(edit: DraftEdit, label: string): void {
    const applied = applyEdit(this.current, edit);
    this.current = applied.draft;
    this.undoLog.push({ edit, inverse: applied.inverse, label });
    if (this.undoLog.length > UNDO_DEPTH) this.undoLog.shift();
    this.redoLog.length = 0;
    this.changed();
  }

  /**
   * Undoes the latest edit; false when there is nothing to undo. The inverse is applied before the
   * step leaves the log, so an inverse that does not fit (DraftEditError) leaves draft and history
   * exactly as they were.
   */
  undo(): boolean {
    const step = this.undoLog.at(-1);
    if (step === undefined) return false;
    const applied = applyEdit(this.current, step.inverse);
    this.undoLog.pop();
    this.current = applied.draft;
    this.redoLog.push(step);
    this.changed();
    return true;
  }

  /** Redoes the latest undone edit; false when there is nothing to redo. Like undo, a failure changes nothing. */
  redo(): boolean {
    const step = this.redoLog.at(-1);
    if (step === undefined) return false;
    const applied = applyEdit(this.current, step.edit);
    this.redoLog.pop();
    this.current = applied.draft;
    this.undoLog.push({ ...step, inverse: applied.inverse });
    if (this.undoLog.length > UNDO_DEPTH) this.undoLog.shift();
    this.changed();
    return true;
  }

  /**
   * Drops the step undo (or redo) would take next, after it failed: the history below it stays
   * usable instead of failing on the same step for the rest of the session.
   */
  dropFailedStep(action: 'undo' | 'redo'): void {
    (action === 'undo' ? this.undoLog : this.redoLog).pop();
    this.changed();
  }

  /** What undo would undo, in words ("Change Count"), or null. */
  get undoLabel(): string | null { return this.undoLog.at(-1)?.label ?? null; }
  get redoLabel(): string | null { return this.redoLog.at(-1)?.label ?? null; }

  /** Replaces the whole draft (new, open): the history starts over. */
  replaceDraft(draft: Draft): void {
    this.current = draft;
    this.undoLog.length = 0;
    this.redoLog.length = 0;
    this.changed();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  /** Validates the current draft now (a no-op when it has not changed since the last run). */
  validate(): readonly DraftProblem[] {
    if (this.validatedDraft !== this.current) {
      this.problems = validateDraft(this.current);
      this.validatedDraft = this.current;
    }
    return this.problems;
  }

  /** Whether the problems shown belong to the current draft (false while a debounced check waits). */
  get validationIsCurrent(): boolean { return this.validatedDraft === this.current; }

  /** Every problem of the last validation. */
  get allProblems(): readonly DraftProblem[] { return this.problems; }

  problemsAt(path: DraftPath): readonly DraftProblem[] {
    return problemsUnder(this.problems, path);
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
