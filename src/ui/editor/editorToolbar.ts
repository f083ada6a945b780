/**
 * The editor's header: its title, the toolbar (Undo, Redo, Play, Export, Back to the game) and the
 * status line. The header stays at the top of the screen while the page scrolls (a phone too), so
 * these are always one press away; Undo and Redo keep one width whatever they say (the edit's name
 * is cut with an ellipsis, or on a phone not shown, and spelled out in the tooltip), so the buttons
 * after them never jump.
 */
import { element } from './fieldControls';
import { t } from '../../i18n/messages';

export interface ToolbarHandlers {
  undo(): void;
  redo(): void;
  play(): void;
  close(): void;
}

export class EditorToolbar {
  readonly element = element('header', 'ed-header');
  readonly status = element('p', 'ed-status-line');
  private readonly undoButton = element('button', 'button ed-undo-redo', t('editor.toolbar.undo'));
  private readonly redoButton = element('button', 'button ed-undo-redo', t('editor.toolbar.redo'));
  private readonly playButton = element('button', 'button ed-play', t('editor.toolbar.play'));
  private readonly playReason = element('span', 'ed-help ed-play-reason');

  constructor(handlers: ToolbarHandlers) {
    const title = element('h1', undefined, t('editor.toolbar.title'));
    title.id = 'editor-title';
    const bar = element('div', 'ed-toolbar');
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', t('editor.toolbar.label'));
    const exportButton = element('button', 'button', t('editor.toolbar.export'));
    // On a phone only "Back" shows, so the toolbar keeps to one row under the title (the tooltip says it whole).
    const close = element('button', 'button', t('editor.toolbar.back'));
    close.append(element('span', 'ed-wide-only', t('editor.toolbar.backRest')));
    close.title = t('editor.toolbar.backTitle');
    for (const [b, id, keys, onClick] of [
      [this.undoButton, 'ed-undo', 'Control+Z', handlers.undo],
      [this.redoButton, 'ed-redo', 'Control+Shift+Z Control+Y', handlers.redo],
      [this.playButton, 'ed-play', '', handlers.play],
      [exportButton, 'ed-to-export', '', () => this.toExport()],
      [close, 'ed-close', '', handlers.close],
    ] as const) {
      b.type = 'button';
      b.id = id;
      if (keys !== '') b.setAttribute('aria-keyshortcuts', keys);
      b.addEventListener('click', onClick);
      bar.append(b);
    }
    exportButton.title = t('editor.toolbar.exportTitle');
    this.playReason.id = 'ed-play-reason';
    this.playButton.setAttribute('aria-describedby', this.playReason.id);
    bar.append(this.playReason);
    this.status.id = 'ed-status';
    this.status.setAttribute('role', 'status');
    this.element.append(title, bar, this.status);
  }

  /** What Undo and Redo would do (null: nothing), and why Play cannot run (null: it can). */
  update(undoLabel: string | null, redoLabel: string | null, playBlockedBy: string | null): void {
    for (const [button, action, label] of [[this.undoButton, 'undo', undoLabel], [this.redoButton, 'redo', redoLabel]] as const) {
      button.disabled = label === null;
      // The edit's name is its own part, so a phone can show the word alone (the full text stays the button's name).
      button.replaceChildren(t(`editor.toolbar.${action}`), ...(label === null ? [] : [element('span', 'ed-undo-what', t('editor.toolbar.editNamed', { edit: label }))]));
      button.title = label === null ? t(`editor.toolbar.${action}Nothing`) : t(`editor.toolbar.${action}Named`, { edit: label });
    }
    this.playButton.disabled = playBlockedBy !== null;
    this.playReason.textContent = playBlockedBy ?? '';
  }

  /** Takes the keyboard to the first export button (the section is at the end of a long page). */
  private toExport(): void {
    const section = document.getElementById('ed-export');
    if (section === null || section.hidden) { this.status.textContent = t('editor.toolbar.exportNeedsLevel'); return; }
    section.scrollIntoView({ block: 'start' });
    section.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus({ preventScroll: true });
  }
}
