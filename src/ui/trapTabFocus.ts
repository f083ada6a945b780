/**
 * Keeps Tab inside a modal dialog: Tab and Shift+Tab move through the dialog's tab stops in document
 * order and wrap at either end, so focus never reaches the page body or the browser's own chrome.
 * The browser's own Tab order is not used: with a radio group where nothing is checked yet Chromium
 * gives the group several stops or none, and from the last radio before a disabled button it leaves
 * the dialog for the body. Here a radio group is one stop (its checked radio, else the focused one,
 * else its first), as the keyboard convention for radio groups has it; arrows move inside it.
 */
/** What Tab can reach (a visually hidden file input with tabindex −1 is left out by the filter below). */
const TABBABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';

/** The dialog's tab stops in document order, one per radio group. Exported for the unit test. */
export function tabStops(dialog: HTMLElement, focused: Element | null = document.activeElement): HTMLElement[] {
  const all = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
  const stops: HTMLElement[] = [];
  const groupsSeen = new Set<string>();
  for (const el of all) {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || el.name === '') { stops.push(el); continue; }
    const key = `${el.form ? 'form' : 'dialog'}:${el.name}`;
    if (groupsSeen.has(key)) continue;
    groupsSeen.add(key);
    const group = all.filter((o): o is HTMLInputElement => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name);
    stops.push(group.find((r) => r.checked) ?? group.find((r) => r === focused) ?? el);
  }
  return stops;
}

/** Index of the stop that holds `focused` (a radio stands for its whole group); -1 when none does. */
function stopIndex(stops: readonly HTMLElement[], focused: Element | null): number {
  const exact = stops.indexOf(focused as HTMLElement);
  if (exact >= 0 || !(focused instanceof HTMLInputElement) || focused.type !== 'radio') return exact;
  return stops.findIndex((s) => s instanceof HTMLInputElement && s.type === 'radio' && s.name === focused.name);
}

export function trapTabFocus(dialog: HTMLElement): void {
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    const stops = tabStops(dialog);
    if (stops.length === 0) return;
    e.preventDefault();
    const at = stopIndex(stops, document.activeElement);
    const next = at < 0 ? (e.shiftKey ? stops.length - 1 : 0) : (at + (e.shiftKey ? -1 : 1) + stops.length) % stops.length;
    stops[next].focus();
  });
}
