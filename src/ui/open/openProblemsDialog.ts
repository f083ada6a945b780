/**
 * The dialog that says why a level could not be opened: where it came from (a file's name, a paste, a
 * link), then each problem on its own line by field path, in words, and that nothing saved changed.
 * Every text goes in as textContent: a hostile file's messages quote its values, never as markup.
 */
import type { LevelError } from '../../levels/errors';
import { button, el, ModalDialog } from '../campaign/modalDialog';
import { problemInWords } from './problemWords';
import './open.css';
import { t } from '../../i18n/messages';

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
    const title = el('h2', t('game.open.problemsTitle'));
    title.id = 'open-problems-title';
    const intro = el('p', t('game.open.problemsFound', { count: errors.length, source }));
    const list = el('ul', undefined, 'open-problems-list');
    list.id = 'open-problems-list';
    for (const error of errors.slice(0, MAX_LISTED)) list.append(el('li', problemInWords(error)));
    if (errors.length > MAX_LISTED) list.append(el('li', t('game.open.andMore', { count: errors.length - MAX_LISTED })));
    const safe = el('p', levelOpen ? t('game.open.nothingChangedLevelOpen') : t('game.open.nothingChanged'), 'muted');
    const close = button(t('game.campaign.close'), () => this.dialog.close());
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
