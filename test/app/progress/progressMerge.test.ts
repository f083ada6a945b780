// The merge of two progress records, and two pages' stores writing to one database: nothing either
// page did is lost (the read-modify-write of progressDb.ts, played here on an in-memory database that
// runs transactions one at a time in the order they were started, as IndexedDB does).
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/app/progress/progressMerge';
import { emptyProgress } from '../../../src/app/progress/progressRecord';
import { ProgressStore } from '../../../src/app/progress/progressStore';
import { OrderedMemoryDb } from './orderedMemoryDb';
import { recordCompletion, recordFailure, recordPrediction, recordPredictionOutcome, recordSettings } from '../../../src/app/progress/progressUpdates';

const at = (s: number): string => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();

describe('mergeProgress', () => {
  it('keeps the best stars, the larger counts and the trials of the better completion', () => {
    const a = recordFailure(recordCompletion(emptyProgress(), 'x', 2, 30), 'x');
    const b = recordCompletion(recordCompletion(emptyProgress(), 'x', 3, 40), 'y', 1, 5);
    const merged = mergeProgress(a, b);
    expect(merged.levels.x).toEqual({ bestStars: 3, attempts: 2, failures: 1, trialsUsed: 40, completed: true });
    expect(merged.levels.y).toEqual(b.levels.y);
    // As many stars with fewer trials is the better completion.
    const fewer = recordCompletion(emptyProgress(), 'x', 3, 12);
    expect(mergeProgress(merged, fewer).levels.x.trialsUsed).toBe(12);
    expect(mergeProgress(fewer, merged).levels.x.trialsUsed).toBe(12);
  });

  it('unites predictions by id, prefers the copy with its outcome, and keeps them in the order made', () => {
    const open = recordPrediction(emptyProgress(), { levelId: 'x', questionId: 'q', answer: 'A', madeAt: at(2) });
    const answered = recordPredictionOutcome(open, 'x', 'q', 'it rose', true);
    const other = recordPrediction(emptyProgress(), { levelId: 'y', questionId: 'q', answer: 'B', madeAt: at(1) });
    const merged = mergeProgress(open, mergeProgress(other, answered));
    expect(merged.predictions.map((p) => [p.levelId, p.outcome])).toEqual([['y', undefined], ['x', 'it rose']]);
  });

  it('settings: the named side wins field by field; the other fills what it never chose', () => {
    const here = recordSettings(emptyProgress(), { volume: 0.2 });
    const there = recordSettings(emptyProgress(), { volume: 0.9, muted: true });
    expect(mergeProgress(here, there, 'base').settings).toEqual({ volume: 0.2, muted: true });
    expect(mergeProgress(here, there, 'incoming').settings).toEqual({ volume: 0.9, muted: true });
  });

  // The store's side of "a journal may be merged twice" (journal effects, a failed write) is in progressStore.test.ts.
  it('is idempotent: merging the same record again changes nothing', () => {
    const a = recordPrediction(recordCompletion(emptyProgress(), 'x', 2, 30), { levelId: 'x', questionId: 'q', answer: 'A', madeAt: at(1) });
    const b = recordFailure(recordCompletion(emptyProgress(), 'y', 1, 3), 'x');
    const once = mergeProgress(a, b);
    expect(mergeProgress(once, b)).toEqual(once);
    expect(mergeProgress(once, a)).toEqual(once);
  });
});

describe('two pages on one database', () => {
  function twoPages(): { db: OrderedMemoryDb; a: ProgressStore; b: ProgressStore } {
    const db = new OrderedMemoryDb();
    const a = new ProgressStore(db);
    const b = new ProgressStore(db);
    // The broadcast: after a commit, the other page re-reads.
    a.onCommitted = () => void b.refresh();
    b.onCommitted = () => void a.refresh();
    return { db, a, b };
  }

  it('each finishes a different level at the same time: both survive, in the database and in both pages', async () => {
    const { db, a, b } = twoPages();
    const writes = [a.update((p) => recordCompletion(p, 'level-a', 3, 10)), b.update((p) => recordCompletion(p, 'level-b', 2, 20))];
    // Neither page has seen the other's change yet; each shows its own at once.
    expect(Object.keys(a.current.levels)).toEqual(['level-a']);
    expect(Object.keys(b.current.levels)).toEqual(['level-b']);
    await Promise.all(writes);
    expect(Object.keys(db.stored.levels).sort()).toEqual(['level-a', 'level-b']);
    await Promise.all([a.refresh(), b.refresh()]);
    expect(a.current).toEqual(db.stored);
    expect(b.current).toEqual(db.stored);
  });

  it('counts every attempt of both pages (the change is applied to the stored record, not a copy)', async () => {
    const { db, a, b } = twoPages();
    await Promise.all([a.update((p) => recordFailure(p, 'x')), b.update((p) => recordFailure(p, 'x')), a.update((p) => recordFailure(p, 'x'))]);
    expect(db.stored.levels.x).toMatchObject({ attempts: 3, failures: 3 });
  });

  it('a page keeps showing its own uncommitted change when the other page\'s commit arrives', async () => {
    const { a, b } = twoPages();
    const first = b.update((p) => recordCompletion(p, 'level-b', 1, 5));
    const mine = a.update((p) => recordSettings(p, { volume: 0.1 }));
    await first;
    await a.refresh();
    expect(a.current.settings.volume).toBe(0.1);
    expect(a.current.levels['level-b']?.bestStars).toBe(1);
    await mine;
    expect(a.current.settings.volume).toBe(0.1);
  });

  it('settings: the last writer wins', async () => {
    const { db, a, b } = twoPages();
    await a.update((p) => recordSettings(p, { volume: 0.3, muted: true }));
    await b.update((p) => recordSettings(p, { volume: 0.8 }));
    expect(db.stored.settings).toEqual({ volume: 0.8, muted: true });
  });
});
