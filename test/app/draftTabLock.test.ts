/**
 * DraftTabLock (src/app/editor/draftTabLock.ts) on a stand-in for navigator.locks that decides a
 * request a moment later and frees a released lock a moment after release, as the browser does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftTabLock } from '../../src/app/editor/draftTabLock';

function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    request(name: string, _options: { ifAvailable: boolean }, callback: (lock: object | null) => Promise<void> | undefined): Promise<void> {
      return Promise.resolve().then(async () => {
        if (held.has(name)) { await callback(null); return; }
        held.add(name);
        const holding = callback({ name });
        await holding;
        setTimeout(() => held.delete(name), 0);
      });
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

afterEach(() => { vi.unstubAllGlobals(); });

describe('the lock on a draft', () => {
  it('two claims of one draft at once (a double click) are both this tab\'s', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const lock = new DraftTabLock();
    const [first, second] = await Promise.all([lock.claim('d1'), lock.claim('d1')]);
    expect([first, second]).toEqual([true, true]);
    expect(lock.holds('d1')).toBe(true);
  });

  it('another tab cannot claim a held draft; once released it can (a moment later)', async () => {
    const locks = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const mine = new DraftTabLock();
    const theirs = new DraftTabLock();
    expect(await mine.claim('d1')).toBe(true);
    expect(await theirs.claim('d1')).toBe(false);
    expect(theirs.holds('d1')).toBe(false);
    mine.release('d1');
    expect(mine.holds('d1')).toBe(false);
    await settle();
    expect(await theirs.claim('d1')).toBe(true);
  });

  it('a claim still being decided does not count as held', () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const lock = new DraftTabLock();
    void lock.claim('d1');
    expect(lock.holds('d1')).toBe(false);
  });
});
