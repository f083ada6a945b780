/**
 * Which tab edits a draft: a tab holds a Web Lock named after the draft while it has the draft open
 * for editing, so a second tab opening the same draft learns it is taken (and asks the designer what to
 * do) instead of silently writing over the first tab's edits. The browser frees a tab's locks when the
 * tab closes or crashes, so a draft is never left locked. Without Web Locks (an old browser) every
 * claim succeeds: as before, the later write wins.
 */

const LOCK_PREFIX = 'synaptica-draft:';

export class DraftTabLock {
  /** Releases of the locks this tab holds, by draft id. */
  private readonly held = new Map<string, () => void>();

  /** Takes the draft for this tab; false when another tab has it open. */
  claim(id: string): Promise<boolean> {
    if (this.held.has(id)) return Promise.resolve(true);
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (locks === undefined) return Promise.resolve(true);
    return new Promise((resolve) => {
      locks.request(`${LOCK_PREFIX}${id}`, { ifAvailable: true }, (lock) => {
        if (lock === null) { resolve(false); return undefined; }
        resolve(true);
        // The lock is held until this promise settles.
        return new Promise<void>((release) => this.held.set(id, release));
      }).catch(() => resolve(true));
    });
  }

  /** Lets other tabs edit the draft (this tab closed it or opened another). */
  release(id: string): void {
    this.held.get(id)?.();
    this.held.delete(id);
  }
}
