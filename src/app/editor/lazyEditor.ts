/**
 * The level editor, made the first time it is wanted (its button, `?editor`, a played draft's "Back
 * to editor"): most visits never open it, so the page's boot neither waits for its draft database
 * nor builds its views, and its code is a chunk of its own, fetched on first use.
 */
import type { EditorMode, EditorModeDeps } from './editorMode';

/** The session id a played draft runs under (never a built-in level's id, so no progress mixes in). */
export const DRAFT_SESSION_ID = 'editor-draft';

export class LazyEditor {
  private made: Promise<EditorMode> | null = null;
  private mode: EditorMode | null = null;

  constructor(private readonly deps: EditorModeDeps) {}

  /** Whether the editor covers the page (false until it has been made). */
  get shown(): boolean {
    return this.mode?.shown ?? false;
  }

  /** Makes the editor (once) and shows it. */
  async show(): Promise<void> {
    (await this.editor()).show();
  }

  /** The page started a level: the play bar stays only while the draft plays. */
  levelStarted(id: string): void {
    this.mode?.levelStarted(id);
  }

  private editor(): Promise<EditorMode> {
    this.made ??= import('./editorMode')
      .then(({ EditorMode }) => EditorMode.create(this.deps))
      .then((mode) => (this.mode = mode));
    return this.made;
  }
}
