import { describe, expect, it } from 'vitest';
import { DraftAutosave, type AutosaveClock } from '../../src/editor/drafts/draftAutosave';
import { MemoryDraftRepository } from '../../src/editor/drafts/memoryDraftRepository';
import { draftName, interpretStoredDraft } from '../../src/editor/drafts/storedDraft';
import { DraftStore } from '../../src/editor/draftStore';

/** A clock whose timers run only when the test advances time. */
function fakeClock() {
  let nowMs = 1000;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: AutosaveClock = {
    now: () => nowMs,
    setTimer: (run, delayMs) => { const id = nextId++; timers.push({ at: nowMs + delayMs, run, id }); return id; },
    clearTimer: (id) => { timers = timers.filter((t) => t.id !== id); },
  };
  const advance = async (ms: number) => {
    nowMs += ms;
    const due = timers.filter((t) => t.at <= nowMs);
    timers = timers.filter((t) => t.at > nowMs);
    for (const t of due) t.run();
    await Promise.resolve(); await Promise.resolve(); await Promise.resolve();
  };
  return { clock, advance };
}

describe('draft autosave', () => {
  it('saves once after the designer pauses, with the title as name', async () => {
    const { clock, advance } = fakeClock();
    const repository = new MemoryDraftRepository();
    const store = new DraftStore({ title: 'First' });
    const saves: string[] = [];
    const autosave = new DraftAutosave(store, repository, clock, 'd1', (r) => saves.push(r.name), undefined, 500);
    store.apply({ kind: 'set', path: ['title'], value: 'Second' }, 'x');
    await advance(300);
    store.apply({ kind: 'set', path: ['title'], value: 'Third' }, 'x');
    await advance(300);
    expect(repository.raw.size).toBe(0);
    await advance(300);
    expect(saves).toEqual(['Third']);
    const list = await repository.list();
    expect(list).toEqual([{ kind: 'draft', record: { id: 'd1', name: 'Third', updatedMs: 1900, draft: { title: 'Third' } } }]);
    await autosave.flush();
    expect(saves).toEqual(['Third']); // nothing new to write
    store.apply({ kind: 'set', path: ['seed'], value: 3 }, 'x');
    await autosave.flush();
    expect(saves).toEqual(['Third', 'Third']);
    autosave.destroy();
  });

  it('a failed save is reported and tried again on the next change', async () => {
    const { clock, advance } = fakeClock();
    const repository = new MemoryDraftRepository();
    let fail = true;
    const original = repository.save.bind(repository);
    repository.save = (record) => (fail ? Promise.reject(new Error('quota')) : original(record));
    const errors: unknown[] = [];
    const store = new DraftStore({ title: 'A' });
    const autosave = new DraftAutosave(store, repository, clock, 'd1', undefined, (e) => errors.push(e), 100);
    store.apply({ kind: 'set', path: ['title'], value: 'B' }, 'x');
    await advance(200);
    expect(errors.length).toBe(1);
    fail = false;
    await autosave.flush();
    expect(repository.raw.size).toBe(1);
  });
});

describe('the draft list', () => {
  it('lists drafts newest first and reports damaged ones without failing', async () => {
    const repository = new MemoryDraftRepository();
    await repository.save({ id: 'a', name: 'Old', updatedMs: 1, draft: { title: 'Old' } });
    await repository.save({ id: 'b', name: 'New', updatedMs: 5, draft: { title: 'New' } });
    repository.raw.set('c', 'garbage');
    repository.raw.set('d', { id: 'd', name: 'No data', updatedMs: 3, draft: [1] });
    const list = await repository.list();
    expect(list.map((e) => (e.kind === 'draft' ? e.record.name : `corrupt ${e.id}`))).toEqual(['New', 'Old', 'corrupt c', 'corrupt d']);
    await repository.remove('c');
    expect((await repository.list()).length).toBe(3);
  });
  it('checks every field of a stored draft', () => {
    expect(interpretStoredDraft('k', null)).toMatchObject({ kind: 'corrupt' });
    expect(interpretStoredDraft('k', { id: 'other', name: 'x', updatedMs: 1, draft: {} })).toMatchObject({ kind: 'corrupt', reason: /key/ });
    expect(interpretStoredDraft('k', { id: 'k', name: 3, updatedMs: 1, draft: {} })).toMatchObject({ kind: 'corrupt', reason: /name/ });
    expect(interpretStoredDraft('k', { id: 'k', name: 'x', updatedMs: NaN, draft: {} })).toMatchObject({ kind: 'corrupt', reason: /time/ });
    expect(interpretStoredDraft('k', { id: 'k', name: 'x', updatedMs: 1, draft: {} })).toMatchObject({ kind: 'draft' });
  });
  it('names a draft by its title', () => {
    expect(draftName({ title: '  Eyeblink  ' })).toBe('Eyeblink');
    expect(draftName({ title: '' })).toBe('Untitled level');
    expect(draftName({})).toBe('Untitled level');
  });
});
