/**
 * Where focus goes when one of the page's modal dialogs closes (help, campaign menu, the intro,
 * prediction and result cards): back to where the player was, the element that had focus before the
 * dialog opened; or the play button (Reset when a finished level has disabled play) when that element is gone (removed with the old level's panel,
 * hidden, disabled, or inside a dialog that has closed since), so the keyboard never lands on the
 * page body or a control the player did not choose.
 */

/**
 * Where focus falls back to: index.html's play / pause button; while play is disabled (a finished
 * level) the level's first setting (the "What you can do" panel), else Reset.
 */
export const FALLBACK_FOCUS_IDS = ['play-pause', 'player-actions-body', 'reset'];

/** Whether `el` can take focus back: still in the page, shown, enabled, not in a closed dialog or inert part. */
function canTakeFocus(el: HTMLElement): boolean {
  if (!el.isConnected || el.closest('dialog:not([open]), [inert], [hidden]')) return false;
  if ((el as HTMLButtonElement).disabled === true) return false;
  return el.getClientRects().length > 0;
}

/** The control for a fallback id: the element itself, or the first control inside a panel. */
function fallbackControl(id: string): HTMLElement | null {
  const el = document.getElementById(id);
  if (!el || el instanceof HTMLButtonElement) return el;
  return el.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), button:not([disabled])');
}

/** The control the last fallback chose (no player choice behind it), to tell it from one the player chose. */
let fallbackTaken: HTMLElement | null = null;

/** Focus to a real control (never the page body): the first fallback that can take it. */
export function focusFallback(): void {
  for (const id of FALLBACK_FOCUS_IDS) {
    const fallback = fallbackControl(id);
    if (fallback && canTakeFocus(fallback)) {
      fallback.focus({ preventScroll: true });
      fallbackTaken = fallback;
      return;
    }
  }
}

/** The element that has focus now, to give it back later (null when nothing but the page has it). */
export function focusToReturn(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}


/**
 * Gives focus back after a dialog closed. While another modal dialog is open (one card led to the
 * next) nothing moves: that dialog gives focus back when it closes. `previous` null (the page body
 * had focus, e.g. a page opened from a link): focus goes to the fallback, a real control, so the
 * keyboard (Tab, Enter) has somewhere to start and the focus ring shows where.
 */
export function returnFocus(previous: HTMLElement | null): void {
  if (document.querySelector('dialog:modal') !== null) return;
  // A previous that was itself a fallback (one card led to the next) is still no choice of the player's.
  const previousWasFallback = previous !== null && previous === fallbackTaken;
  fallbackTaken = null;
  if (previous !== null && canTakeFocus(previous)) {
    previous.focus({ preventScroll: true });
    if (document.activeElement === previous) {
      if (previousWasFallback) fallbackTaken = previous;
      return;
    }
  }
  focusFallback();
}

/**
 * A level that waits for its setup, after its last card: when focus had nowhere of the player's to
 * go back to (it fell back, or is on the body), it goes to the level's first setting ("What you can
 * do"), where the setup begins; a control the player had chosen keeps it.
 */
export function focusFirstSettingIfFallenBack(): void {
  const active = document.activeElement;
  if (active !== document.body && active !== null && active !== fallbackTaken) return;
  const setting = fallbackControl('player-actions-body');
  if (setting && canTakeFocus(setting)) {
    setting.focus({ preventScroll: true });
    fallbackTaken = setting;
  } else focusFallback();
}
