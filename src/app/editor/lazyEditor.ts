/**
 * The level editor, made the first time it is wanted (its button, `?editor`, a played draft's "Back
 * to editor"): most visits never open it, so the page's boot neither waits for its draft database
 * nor builds its views, and its code is a chunk of its own, fetched on first use.
 */
import type { EditorMode, EditorModeDeps } from './editorMode';
import { t } from '../../i18n/messages';


export class LazyEditor {
  private made: Promise<EditorMode> | null = null;
  private mode: EditorMode | null = null;

  /** `warn` says on the page's warning line that the editor could not be made (its code did not load). */
  constructor(private readonly deps: EditorModeDeps, private readonly warn: (text: string) => void) {}

  /** Whether the editor covers the page (false until it has been made). */
  get shown(): boolean {
    return this.mode?.shown ?? false;
  }

  /**
   * Makes the editor (once) and shows it. Its code is fetched on first use: offline, or after the site
   * was updated (the old chunk's name is gone), that fails; the page says so and a later try fetches again.
   */
  async show(): Promise<void> {
    let mode: EditorMode;
    try {
      mode = await this.editor();
    } catch (error) {
      this.made = null;
      this.warn(t('editor.loadFailed', { reason: error instanceof Error ? error.message : String(error) }));
      return;
    }
    mode.show();
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
