/**
 * Keeps the run in progress when the page goes away (a reload for a language switch or an update, a
 * closed tab): `pagehide` is the last event a browser reliably fires, also when the page goes into
 * the back-forward cache, and localStorage writes in it are kept.
 */
export function keepOnPageHide(target: Pick<EventTarget, 'addEventListener'>, keep: () => void): void {
  target.addEventListener('pagehide', () => keep());
}
