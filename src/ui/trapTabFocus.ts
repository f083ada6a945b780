/**
 * Keeps Tab inside a modal dialog: from its last focusable element Tab wraps to the first, and
 * Shift+Tab from the first wraps to the last. showModal() makes the page inert; this also keeps focus
 * off the browser's own chrome.
 */
/** What Tab can reach (a visually hidden file input with tabindex −1 is left out by the filter below). */
const TABBABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';

export function trapTabFocus(dialog: HTMLElement): void {
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  });
}
