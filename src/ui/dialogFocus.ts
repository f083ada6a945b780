/**
 * Where focus goes when one of the page's modal dialogs closes (help, campaign menu, the intro,
 * prediction and result cards): back to where the player was, the element that had focus before the
 * dialog opened; or the play button (Reset when a finished level has disabled play) when that element is gone (removed with the old level's panel,
 * hidden, disabled, or inside a dialog that has closed since), so the keyboard never lands on the
 * page body or a control the player did not choose.
 */

/** Where focus falls back to: index.html's play / pause button, or Reset while play is disabled (a finished level). */
export const FALLBACK_FOCUS_IDS = ['play-pause', 'reset'];

/** The element that has focus now, to give it back later (null when nothing but the page has it). */
export function focusToReturn(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** Whether `el` can take focus back: still in the page, shown, enabled, not in a closed dialog or inert part. */
function canTakeFocus(el: HTMLElement): boolean {
  if (!el.isConnected || el.closest('dialog:not([open]), [inert], [hidden]')) return false;
  if ((el as HTMLButtonElement).disabled === true) return false;
  return el.getClientRects().length > 0;
}

/**
 * Gives focus back after a dialog closed. While another modal dialog is open (one card led to the
 * next) nothing moves: that dialog gives focus back when it closes. `previous` null (the page body
 * had focus): focus leaves the closed dialog and the body keeps it.
 */
export function returnFocus(previous: HTMLElement | null): void {
  if (document.querySelector('dialog:modal') !== null) return;
  if (previous === null) {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest('dialog:not([open])')) active.blur();
    return;
  }
  if (canTakeFocus(previous)) {
    previous.focus({ preventScroll: true });
    if (document.activeElement === previous) return;
  }
  for (const id of FALLBACK_FOCUS_IDS) {
    const fallback = document.getElementById(id);
    if (fallback && canTakeFocus(fallback)) {
      fallback.focus({ preventScroll: true });
      return;
    }
  }
}
