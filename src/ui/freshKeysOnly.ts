/**
 * A modal dialog's buttons act only on key presses that began while it was open. A held key repeats:
 * each repeated Enter clicks the focused button, so Enter held a moment on the result card's Next
 * opened the next level, pressed its card's Start and went on into its question; and Space clicks a
 * button when it comes up, so a Space pressed (as play / pause) just before a card opened could come
 * up on the card's Next. Repeats of Enter and Space, and a Space coming up that did not go down in
 * the dialog, are not let through to the focused button (text fields keep them: typing is not pressing).
 */

function pressable(target: EventTarget | null): boolean {
  if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return true;
  if (target instanceof HTMLElement && target.tagName === 'SUMMARY') return true;
  return target instanceof HTMLInputElement && ['button', 'submit', 'reset', 'checkbox', 'radio'].includes(target.type);
}

/** Installs the guard on `dialog`; call the returned function when the dialog opens (no Space has gone down in it yet). */
export function acceptFreshKeysOnly(dialog: HTMLElement): () => void {
  let spaceWentDownHere = false;
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    if (e.key === ' ' && !e.repeat) spaceWentDownHere = true;
    if (e.repeat && pressable(e.target)) e.preventDefault();
  }, true);
  dialog.addEventListener('keyup', (e) => {
    if (e.key !== ' ') return;
    if (!spaceWentDownHere && pressable(e.target)) e.preventDefault();
    spaceWentDownHere = false;
  }, true);
  return () => { spaceWentDownHere = false; };
}
