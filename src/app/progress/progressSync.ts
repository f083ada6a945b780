/**
 * Keeping tabs and page lifecycle in step with the stored progress: after a write commits, the other
 * tabs of this site are told through a BroadcastChannel and re-read the record (so their menus show
 * the stars at once); when the page is hidden or closed, changes not yet committed go to the journal.
 */
import type { ProgressStore } from './progressStore';

export const PROGRESS_CHANNEL = 'synaptica-progress';

export function syncProgressAcrossTabs(store: ProgressStore): void {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(PROGRESS_CHANNEL);
    store.onCommitted = () => channel.postMessage({ type: 'progress-committed' });
    channel.onmessage = () => void store.refresh();
  }
  // pagehide also fires when the page goes into the back/forward cache; visibilitychange covers a
  // tab switched away from and then killed by the system (mobile), where pagehide never comes.
  window.addEventListener('pagehide', () => store.saveBeforeHide());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') store.saveBeforeHide();
  });
}
