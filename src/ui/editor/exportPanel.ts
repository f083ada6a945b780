/** Export buttons: the draft as a level file, as a zip with its recordings, as a link. The page gives what each does. */
import { element } from './fieldControls';
import { t } from '../../i18n/messages';

export interface ExportAction {
  readonly label: string;
  readonly help: string;
  run(): Promise<string> | string;
}

export class ExportPanel {
  readonly element = element('section', 'ed-panel ed-export');
  private readonly buttons: HTMLButtonElement[] = [];
  private readonly status = element('p', 'ed-status-line');

  constructor(actions: readonly ExportAction[]) {
    this.element.id = 'ed-export';
    this.element.setAttribute('aria-labelledby', 'ed-export-title');
    const title = element('h2', undefined, t('editor.export.title'));
    title.id = 'ed-export-title';
    const row = element('div', 'ed-button-row');
    this.status.setAttribute('role', 'status');
    for (const action of actions) {
      const b = element('button', 'button', action.label);
      b.type = 'button';
      b.title = action.help;
      b.addEventListener('click', () => {
        void Promise.resolve().then(() => action.run()).then((text) => { this.status.textContent = text; }, (error: unknown) => {
          this.status.textContent = t('editor.export.failed', { reason: error instanceof Error ? error.message : String(error) });
        });
      });
      this.buttons.push(b);
      row.append(b);
    }
    this.element.append(title, row, this.status);
  }

  setEnabled(reason: string | null): void {
    for (const b of this.buttons) b.disabled = reason !== null;
    if (reason !== null) this.status.textContent = reason;
    else if (this.status.textContent === this.shownReason) this.status.textContent = '';
    this.shownReason = reason;
  }

  /** The reason last shown in the status line (cleared there once it no longer holds). */
  private shownReason: string | null = null;
}
