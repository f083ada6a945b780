/**
 * The dialog that says why a level could not be opened: where it came from (a file's name, a paste, a
 * link), then each problem on its own line by field path, in words, and that nothing saved changed.
 * Every text goes in as textContent: a hostile file's messages quote its values, never as markup.
 */
import type { LevelError } from '../../levels/errors';
import { button, el, ModalDialog } from '../campaign/modalDialog';
import { problemInWords } from './problemWords';
import './open.css';

/** Most problems listed; the rest are counted (loadLevel already caps the list at 100). */
const MAX_LISTED = 30;

export class OpenProblemsDialog {
  private readonly dialog = new ModalDialog('open-problems-dialog', 'open-problems-title');

  constructor() {
    this.dialog.element.classList.add('open-dialog');
  }

  get open(): boolean {
    return this.dialog.open;
  }

  /**
   * `source` in words ("the file “x.json”", "the pasted text", "the link"); `levelOpen`: a level is
   * being played (and stays); `onClose` runs once it closes.
   */
  show(source: string, errors: readonly LevelError[], levelOpen: boolean, onClose?: () => void): void {
    const title = el('h2', 'This level could not be opened');
    title.id = 'open-problems-title';
    const noun = errors.length === 1 ? 'problem' : 'problems';
    const intro = el('p', `Synaptica found ${errors.length} ${noun} in ${source}:`);
    const list = el('ul', undefined, 'open-problems-list');
    list.id = 'open-problems-list';
    for (const error of errors.slice(0, MAX_LISTED)) list.append(el('li', problemInWords(error)));
    if (errors.length > MAX_LISTED) list.append(el('li', `and ${errors.length - MAX_LISTED} more`));
    const safe = el('p', levelOpen ? 'Nothing you had saved has changed, and the level you were playing is still open.' : 'Nothing you had saved has changed.', 'muted');
    const close = button('Close', () => this.dialog.close());
    close.id = 'open-problems-close';
    const row = el('div', undefined, 'open-dialog-buttons');
    row.append(close);
    this.dialog.element.replaceChildren(title, intro, list, safe, row);
    this.dialog.show(close, onClose);
  }

  close(): void {
    this.dialog.close();
  }
}
