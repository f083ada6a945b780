/**
 * A native <dialog> opened modally: the browser makes the rest of the page inert and Esc closes it;
 * Tab wraps inside; focus returns to whatever had it before it opened, or to the play button when that
 * is gone (dialogFocus.ts); a held key or a Space pressed before it opened does not press its buttons
 * (freshKeysOnly.ts). Shared by the campaign's dialogs.
 */
import { focusToReturn, returnFocus } from '../dialogFocus';
import { trapTabFocus } from '../trapTabFocus';
import { acceptFreshKeysOnly } from '../freshKeysOnly';

export class ModalDialog {
  readonly element: HTMLDialogElement;
  private returnFocus: HTMLElement | null = null;
  private onClose: (() => void) | null = null;
  /** Forgets keys pressed before the dialog opened (freshKeysOnly.ts). */
  private readonly freshKeys: () => void;

  constructor(id: string, labelledBy: string) {
    const dialog = document.createElement('dialog');
    dialog.id = id;
    dialog.className = 'campaign-dialog';
    dialog.setAttribute('aria-labelledby', labelledBy);
    document.body.append(dialog);
    this.element = dialog;
    dialog.addEventListener('close', () => {
      // The close event comes a task later: a dialog reopened meanwhile is still in use.
      if (dialog.open) return;
      const after = this.onClose;
      this.onClose = null;
      const previous = this.returnFocus;
      this.returnFocus = null;
      returnFocus(previous);
      after?.();
    });
    trapTabFocus(dialog);
    this.freshKeys = acceptFreshKeysOnly(dialog);
  }

  get open(): boolean {
    return this.element.open;
  }

  /** Opens with `focus` focused (default: the first button); `onClose` runs once when it closes. */
  show(focus?: HTMLElement | null, onClose?: () => void): void {
    // Reopened while open (a new question replaces the old): focus still goes back to where it was first.
    const reopened = this.element.open;
    if (reopened) this.element.close();
    if (!reopened) this.returnFocus = focusToReturn();
    this.onClose = onClose ?? null;
    this.freshKeys();
    this.element.showModal();
    (focus ?? this.element.querySelector<HTMLElement>('button'))?.focus();
  }

  close(): void {
    if (this.element.open) this.element.close();
  }
}

/** A button element with text and a click handler. */
export function button(text: string, onClick: () => void, className = 'button'): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}
