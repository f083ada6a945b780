/**
 * The keyboard-shortcut help: a native <dialog> opened modally (the browser makes the rest of the
 * page inert, so focus stays inside; Esc or ? closes it), its table filled from SHORTCUTS. Focus returns
 * to whatever had it before, or to the play button when that is gone (dialogFocus.ts).
 */
import { SHORTCUTS } from './keyboardShortcuts';
import { focusToReturn, returnFocus } from './dialogFocus';
import { trapTabFocus } from './trapTabFocus';
import { t } from '../i18n/messages';

/** The name printed on the key in the page's language (Space is "Espacio" on a Spanish keyboard); others as typed. */
function keyName(key: string): string {
  if (key === 'Space') return t('game.help.keyName.space');
  if (key === 'Enter') return t('game.help.keyName.enter');
  if (key === 'Backspace') return t('game.help.keyName.backspace');
  return key;
}

export class HelpDialog {
  private readonly dialog: HTMLDialogElement;
  private returnFocus: HTMLElement | null = null;
  private afterClose: (() => void) | null = null;

  constructor() {
    const dialog = document.getElementById('help-dialog');
    const body = document.getElementById('help-keys');
    if (!(dialog instanceof HTMLDialogElement) || !body) throw new Error('index.html is missing #help-dialog or #help-keys');
    this.dialog = dialog;
    body.replaceChildren(...SHORTCUTS.map((shortcut) => {
      const row = document.createElement('tr');
      const keys = document.createElement('td');
      shortcut.keys.forEach((key, i) => {
        if (i > 0) keys.append(t('game.help.or'));
        const kbd = document.createElement('kbd');
        kbd.textContent = keyName(key);
        keys.append(kbd);
      });
      const does = document.createElement('td');
      does.textContent = shortcut.does;
      row.append(keys, does);
      return row;
    }));
    dialog.addEventListener('close', () => {
      const previous = this.returnFocus;
      this.returnFocus = null;
      returnFocus(previous);
      const after = this.afterClose;
      this.afterClose = null;
      after?.();
    });
    trapTabFocus(dialog);
    // Keys in a dialog are not page shortcuts, but the key that opened the help also closes it.
    dialog.addEventListener('keydown', (e) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      dialog.close();
    });
  }

  get open(): boolean {
    return this.dialog.open;
  }

  /** Opens (or closes) the help; `onClose` runs once when an opened help closes (Close, Esc, ?). */
  toggle(onClose?: () => void): void {
    if (this.dialog.open) {
      this.dialog.close();
      return;
    }
    this.afterClose = onClose ?? null;
    this.returnFocus = focusToReturn();
    this.dialog.showModal();
    // Close (autofocus, at the bottom) scrolled a tall help on a phone to its end: show its title first.
    this.dialog.scrollTop = 0;
  }
}
