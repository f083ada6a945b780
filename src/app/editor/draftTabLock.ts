/**
 * Which tab edits a draft: a tab holds a Web Lock named after the draft while it has the draft open
 * for editing, so a second tab opening the same draft learns it is taken (and asks the designer what to
 * do) instead of silently writing over the first tab's edits. The browser frees a tab's locks when the
 * tab closes or crashes, so a draft is never left locked. Without Web Locks (an old browser) every
 * claim succeeds: as before, the later write wins.
 */

const LOCK_PREFIX = 'synaptica-draft:';

interface Claim {
  /** Resolves true once the lock is this tab's, false when another tab has it. */
  granted: Promise<boolean>;
  /** True while the lock is this tab's. */
  holding: boolean;
  released: boolean;
  /** Frees the lock (set once the browser granted it). */
  free: () => void;
}

export class DraftTabLock {
  /**
   * This tab's claims by draft id, recorded before the browser is asked: a second claim of the same
   * draft (a double click) shares the first request instead of racing it and losing to this very tab.
   */
  private readonly claims = new Map<string, Claim>();

  /** Takes the draft for this tab; false when another tab has it open. */
  claim(id: string): Promise<boolean> {
    const existing = this.claims.get(id);
    if (existing !== undefined) return existing.granted;
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    const claim: Claim = { granted: Promise.resolve(true), holding: locks === undefined, released: false, free: () => {} };
    if (locks !== undefined) {
      claim.granted = new Promise<boolean>((resolve) => {
        locks.request(`${LOCK_PREFIX}${id}`, { ifAvailable: true }, (lock) => {
          if (lock === null) { this.forget(id, claim); resolve(false); return undefined; }
          // Released while the browser was still deciding: give the lock straight back.
          if (claim.released) { resolve(false); return undefined; }
          claim.holding = true;
          resolve(true);
          // The lock is held until this promise settles.
          return new Promise<void>((free) => { claim.free = free; });
        }).catch(() => { claim.holding = true; resolve(true); });
      });
    }
    this.claims.set(id, claim);
    return claim.granted;
  }

  /** True while this tab holds the draft's lock (a claim still being decided does not count). */
  holds(id: string): boolean {
    return this.claims.get(id)?.holding ?? false;
  }

  /** Lets other tabs edit the draft (this tab closed it or opened another). The browser frees it a moment later. */
  release(id: string): void {
    const claim = this.claims.get(id);
    if (claim === undefined) return;
    claim.released = true;
    claim.holding = false;
    claim.free();
    this.claims.delete(id);
  }

  private forget(id: string, claim: Claim): void {
    if (this.claims.get(id) === claim) this.claims.delete(id);
  }
}
