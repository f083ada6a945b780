// The progress store over an in-memory database that behaves as IndexedDB does (orderedMemoryDb.ts):
// opening with a journal a closed page left, the journal a hidden page writes, a write that fails,
// two pages racing on the journal, a journal older than a later settings choice, a record saved by a
// newer build, and an import whose write fails. Each case is what a player with two tabs (or a tab
// open across a deploy) would otherwise lose or see counted twice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NEWER_RECORD_WARNING } from '../../../src/app/progress/progressDb';
import { exportProgress } from '../../../src/app/progress/progressFile';
import { emptyProgress } from '../../../src/app/progress/progressRecord';
import { ProgressStore } from '../../../src/app/progress/progressStore';
import { recordCompletion, recordFailure, recordSettings } from '../../../src/app/progress/progressUpdates';
import { MemoryStorage, OrderedMemoryDb } from './orderedMemoryDb';

const JOURNAL_KEY = 'synaptica-progress-journal';
let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A page opening on the database (merging any journal), told of the other pages' commits. */
async function openPage(db: OrderedMemoryDb): Promise<ProgressStore> {
  return ProgressStore.open(() => Promise.resolve(db));
}

const journal = (): { effects: ReturnType<typeof emptyProgress>; settingsStamp: number | null } | null => {
  const text = storage.getItem(JOURNAL_KEY);
  return text === null ? null : (JSON.parse(text) as { effects: ReturnType<typeof emptyProgress>; settingsStamp: number | null });
};

describe('progress store: the journal', () => {
  it('a hidden page journals only what its uncommitted changes did, and a page opening merges it and removes it', async () => {
    const db = new OrderedMemoryDb();
    db.stored = recordCompletion(recordSettings(emptyProgress(), { volume: 0.5 }), 'done-before', 2, 10);
    const a = await openPage(db);
    db.failWrites = 1;
    await a.update((p) => recordCompletion(p, 'level-a', 3, 12));
    a.saveBeforeHide();
    // Only the change's effect, not the page's whole record (which would carry old settings along).
    expect(journal()?.effects).toEqual({ ...emptyProgress(), levels: { 'level-a': { bestStars: 3, attempts: 1, failures: 0, trialsUsed: 12, completed: true } } });
    expect(journal()?.settingsStamp).toBeNull();
    const b = await openPage(db);
    expect(Object.keys(db.stored.levels).sort()).toEqual(['done-before', 'level-a']);
    expect(db.stored.settings).toEqual({ volume: 0.5 });
    expect(b.current).toEqual(db.stored);
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('a page with nothing uncommitted writes no journal', async () => {
    const a = await openPage(new OrderedMemoryDb());
    await a.update((p) => recordFailure(p, 'x'));
    a.saveBeforeHide();
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('a failed write is counted once, even after another page merged the journal that holds it', async () => {
    const db = new OrderedMemoryDb();
    const a = await openPage(db);
    db.failWrites = 1;
    expect(await a.update((p) => recordFailure(p, 'x'))).toBe(false);
    expect(a.warning).toMatch(/^Saving progress failed \(QuotaExceededError/);
    expect(a.current.levels.x).toMatchObject({ attempts: 1, failures: 1 });
    a.saveBeforeHide(); // the tab is hidden
    const b = await openPage(db); // another tab opens and merges the journal
    b.onCommitted = () => void a.refresh();
    expect(db.stored.levels.x).toMatchObject({ attempts: 1, failures: 1 });
    await a.refresh(); // the broadcast
    expect(a.current.levels.x).toMatchObject({ attempts: 1, failures: 1 });
    a.saveBeforeHide(); // hidden again
    await a.update((p) => recordCompletion(p, 'y', 1, 3)); // the next write carries the failed change along
    const c = await openPage(db);
    expect(db.stored.levels.x).toMatchObject({ attempts: 1, failures: 1 });
    expect(c.current.levels.x).toMatchObject({ attempts: 1, failures: 1 });
    expect(a.current.levels.x).toMatchObject({ attempts: 1, failures: 1 });
  });

  it('a failed write is saved with the next write that succeeds, and no longer held in memory after', async () => {
    const db = new OrderedMemoryDb();
    const a = await openPage(db);
    db.failWrites = 1;
    await a.update((p) => recordFailure(p, 'x'));
    expect(await a.update((p) => recordFailure(p, 'x'))).toBe(true);
    expect(db.stored.levels.x).toMatchObject({ attempts: 2, failures: 2 });
    await a.refresh();
    expect(a.current).toEqual(db.stored);
    a.saveBeforeHide();
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('a page opening removes only the journal it merged, not one another page added to meanwhile', async () => {
    const db = new OrderedMemoryDb();
    const a = await openPage(db);
    const b = await openPage(db);
    db.failWrites = 2;
    await a.update((p) => recordCompletion(p, 'level-a', 2, 5));
    await b.update((p) => recordCompletion(p, 'level-b', 3, 7));
    a.saveBeforeHide();
    const opening = openPage(db); // reads the journal, then waits for its transaction
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(db.stored.levels['level-a']).toBeUndefined(); // the opening page's merge has not run yet
    b.saveBeforeHide(); // b's pagehide adds its unsaved change to the journal in between
    await opening;
    expect(journal()?.effects.levels['level-b']?.bestStars).toBe(3);
    await openPage(db);
    expect(db.stored.levels['level-b']?.bestStars).toBe(3);
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
  });
});

describe('progress store: settings in the journal', () => {
  it('a journal left behind does not undo a setting chosen later in another tab', async () => {
    const db = new OrderedMemoryDb();
    const a = await openPage(db);
    const b = await openPage(db);
    const slow = a.update((p) => recordSettings(p, { speed: 'slow' }));
    a.saveBeforeHide(); // tab A closes right after choosing Slow
    const left = storage.getItem(JOURNAL_KEY)!;
    await slow;
    // The write committed after the page was gone, so nothing removed the journal.
    storage.setItem(JOURNAL_KEY, left);
    await b.update((p) => recordSettings(p, { speed: 'normal' })); // tab B, still open, chooses Normal
    const c = await openPage(db); // tab C opens
    expect(c.current.settings.speed).toBe('normal');
    expect(db.stored.settings.speed).toBe('normal');
  });

  it('a journal\'s setting wins when its write never landed and nothing was chosen since', async () => {
    const db = new OrderedMemoryDb();
    db.stored = recordSettings(emptyProgress(), { speed: 'fast', volume: 0.3 });
    const a = await openPage(db);
    db.failWrites = 1;
    await a.update((p) => recordSettings(p, { speed: 'slow' }));
    a.saveBeforeHide();
    const c = await openPage(db);
    expect(c.current.settings).toEqual({ speed: 'slow', volume: 0.3 });
  });
});

describe('progress store: a record saved by a newer build', () => {
  const v3 = { version: 3, levels: { x: { stars: 3 } }, badges: ['first'] };

  it('is never written over: the page saves nothing, journals nothing, and says so', async () => {
    const db = new OrderedMemoryDb();
    db.raw = structuredClone(v3);
    const a = await openPage(db);
    expect(a.warning).toBe(NEWER_RECORD_WARNING);
    expect(NEWER_RECORD_WARNING).toBe('Your progress was saved by a newer Synaptica; reload this page to update. Nothing is saved here until then.');
    expect(await a.update((p) => recordFailure(p, 'x'))).toBe(false);
    await a.refresh();
    a.saveBeforeHide();
    expect(db.raw).toEqual(v3);
    expect(db.aside).toEqual([]);
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('written by a newer tab while this page is open: the broadcast turns this page read-only with the warning', async () => {
    const db = new OrderedMemoryDb();
    const old = await openPage(db);
    await old.update((p) => recordCompletion(p, 'x', 2, 4));
    const warnings: string[] = [];
    old.onWarning((w) => warnings.push(w));
    db.raw = structuredClone(v3); // the deploy: a new tab wrote v3 and broadcast
    await old.refresh();
    expect(warnings).toEqual([NEWER_RECORD_WARNING]);
    expect(await old.update((p) => recordFailure(p, 'x'))).toBe(false);
    await old.refresh();
    expect(db.raw).toEqual(v3);
  });

  it('a genuinely corrupt record is set aside, and a page that finds it on refresh says so', async () => {
    const db = new OrderedMemoryDb();
    const a = await openPage(db);
    const warnings: string[] = [];
    a.onWarning((w) => warnings.push(w));
    db.raw = { version: 2, levels: 'not levels', predictions: [], settings: {} };
    await a.refresh();
    expect(db.aside).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Saved progress could not be read \(levels/);
  });
});

describe('progress store: import', () => {
  const file = exportProgress(recordCompletion(emptyProgress(), 'level-a', 3, 9));

  it('says the import failed when the write did not commit, and shows nothing of it', async () => {
    const db = new OrderedMemoryDb();
    const a = await openPage(db);
    db.failWrites = 1;
    const result = await a.importText(file, new Set(['level-a']));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^The file is a valid progress file, but it could not be saved \(Saving progress failed \(QuotaExceededError.*nothing was imported\.$/);
    expect(a.current.levels['level-a']).toBeUndefined();
    // Nor is it retried with the next write: the player was told it was not imported.
    await a.update((p) => recordFailure(p, 'level-b'));
    expect(db.stored.levels['level-a']).toBeUndefined();
  });

  it('merges when the write commits', async () => {
    const db = new OrderedMemoryDb();
    const a = await openPage(db);
    expect(await a.importText(file, new Set(['level-a']))).toEqual({ ok: true, notes: [] });
    expect(db.stored.levels['level-a']?.bestStars).toBe(3);
  });
});

describe('progress store: import where nothing can be saved', () => {
  const file = exportProgress(recordCompletion(emptyProgress(), 'level-a', 3, 9));

  it('without a database, the import lasts for the page and says so', async () => {
    const a = await ProgressStore.open(() => Promise.reject(new Error('IndexedDB is not available')));
    const result = await a.importText(file, new Set(['level-a']));
    expect(result).toEqual({ ok: true, notes: ['Progress cannot be saved in this browser, so the import lasts until this page closes.'] });
    expect(a.current.levels['level-a']?.bestStars).toBe(3);
  });

  it('on a newer build\'s record, the import is refused with the reason and shows nothing', async () => {
    const db = new OrderedMemoryDb();
    db.raw = { version: 3, levels: {} };
    const a = await openPage(db);
    const result = await a.importText(file, new Set(['level-a']));
    expect(result).toEqual({ ok: false, error: `The file is a valid progress file, but it could not be saved (${NEWER_RECORD_WARNING}), so nothing was imported.` });
    expect(a.current.levels['level-a']).toBeUndefined();
    expect(db.raw).toEqual({ version: 3, levels: {} });
  });
});
