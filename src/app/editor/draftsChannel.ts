/**
 * Tells the page's other tabs that the saved drafts changed (one was written, copied or deleted), so
 * each tab's draft list shows the others' work without a reload. A BroadcastChannel; none outside a
 * browser page (tests) or in a browser without one.
 */
export interface DraftsChannel {
  /** Says the saved drafts changed. */
  post(): void;
  /** `onChange` runs when another tab says so. */
  listen(onChange: () => void): void;
}

export function browserDraftsChannel(): DraftsChannel | null {
  if (typeof window === 'undefined' || typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel('synaptica-drafts');
  return {
    post: () => channel.postMessage('changed'),
    listen: (onChange) => { channel.onmessage = () => onChange(); },
  };
}
