/**
 * Keeps Tab inside a modal dialog: from its last focusable element Tab wraps to the first, and
 * Shift+Tab from the first wraps to the last. showModal() makes the page inert; this also keeps focus
 * off the browser's own chrome.
 */
export function trapTabFocus(dialog: HTMLElement): void {
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled]), [href], input, select, [tabindex]:not([tabindex="-1"])')];
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  });
}
