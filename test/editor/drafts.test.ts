import { describe, expect, it } from 'vitest';
import { DraftAutosave, type AutosaveClock } from '../../src/editor/drafts/draftAutosave';
import { MemoryDraftRepository } from '../../src/editor/drafts/memoryDraftRepository';
import { draftName, interpretStoredDraft } from '../../src/editor/drafts/storedDraft';
import { DraftStore } from '../../src/editor/draftStore';

// Timers a debounced autosave might ask for never fire here: only writes started by the edit itself count.
const timerlessClock = { now: () => 1000, setTimer: () => 0, clearTimer: () => {} };
const clock: AutosaveClock = timerlessClock;

/** A repository whose writes land only when the test says so (a slow disk). */
function slowRepository() {
  const repository = new MemoryDraftRepository();
  const waiting: Array<() => void> = [];
  const started: string[] = [];
  const save = repository.save.bind(repository);
  repository.save = (record) => {
    started.push(String(record.draft.title));
    return new Promise<void>((resolve) => waiting.push(() => { void save(record).then(resolve); }));
  };
  const landOne = async () => { waiting.shift()?.(); await new Promise((resolve) => setTimeout(resolve, 0)); };
  return { repository, started, landOne, waiting };
}

describe('draft autosave', () => {
  it('starts the write in the same task as the edit (a reload right after cannot outrun it)', async () => {
    const repository = new MemoryDraftRepository();
    const store = new DraftStore({ title: 'First' });
    const saves: string[] = [];
    const autosave = new DraftAutosave(store, repository, clock, 'd1', (r) => saves.push(r.name));
    store.apply({ kind: 'set', path: ['title'], value: 'Second' }, 'x');
    // No timer, no await: the repository already holds the edit.
    expect(repository.raw.get('d1')).toEqual({ id: 'd1', name: 'Second', updatedMs: 1000, draft: { title: 'Second' } });
    await autosave.flush();
    expect(saves).toEqual(['Second']);
    await autosave.flush();
    expect(saves).toEqual(['Second']); // nothing new to write
    autosave.destroy();
    store.apply({ kind: 'set', path: ['title'], value: 'Third' }, 'x');
    expect((repository.raw.get('d1') as { name: string }).name).toBe('Second');
  });

  it('coalesces edits made while a write is in flight into one write of the newest draft', async () => {
    const { repository, started, landOne } = slowRepository();
    const store = new DraftStore({ title: 'A' });
    new DraftAutosave(store, repository, clock, 'd1');
    for (const title of ['B', 'C', 'D']) store.apply({ kind: 'set', path: ['title'], value: title }, 'x');
    expect(started).toEqual(['B']);
    await landOne();
    expect(started).toEqual(['B', 'D']);
    await landOne();
    expect(started).toEqual(['B', 'D']);
    expect((repository.raw.get('d1') as { name: string }).name).toBe('D');
  });

  it('flush writes the newest draft at once even while another write is in flight (leaving the page)', async () => {
    const { repository, started, landOne, waiting } = slowRepository();
    const store = new DraftStore({ title: 'A' });
    const autosave = new DraftAutosave(store, repository, clock, 'd1');
    store.apply({ kind: 'set', path: ['title'], value: 'B' }, 'x');
    store.apply({ kind: 'set', path: ['title'], value: 'C' }, 'x');
    const flushed = autosave.flush();
    expect(started).toEqual(['B', 'C']);
    let done = false;
    void flushed.then(() => { done = true; });
    await landOne();
    expect(done).toBe(false); // waits for every write, not just the first
    await landOne();
    expect(done).toBe(true);
    expect(waiting.length).toBe(0);
    expect(started).toEqual(['B', 'C']); // the write that landed first did not write C twice
  });

  it('a failed save is reported and tried again on the next change; flush never rejects', async () => {
    const repository = new MemoryDraftRepository();
    let fail = true;
    const original = repository.save.bind(repository);
    repository.save = (record) => {
      if (fail) throw new Error('quota'); // a repository that throws instead of rejecting is caught too
      return original(record);
    };
    const errors: unknown[] = [];
    const store = new DraftStore({ title: 'A' });
    const autosave = new DraftAutosave(store, repository, clock, 'd1', undefined, (e) => errors.push(e));
    store.apply({ kind: 'set', path: ['title'], value: 'B' }, 'x');
    await expect(autosave.flush()).resolves.toBeUndefined();
    expect(errors.length).toBe(1);
    fail = false;
    await autosave.flush();
    expect(repository.raw.size).toBe(1);
  });
});

describe('a destroyed autosave (the open draft was deleted)', () => {
  it('does not write the edit waiting behind an in-flight write once that write lands', async () => {
    const { repository, started, landOne } = slowRepository();
    const store = new DraftStore({ title: 'A' });
    const autosave = new DraftAutosave(store, repository, clock, 'd1');
    store.apply({ kind: 'set', path: ['title'], value: 'B' }, 'x');
    store.apply({ kind: 'set', path: ['title'], value: 'C' }, 'x'); // waits behind B
    autosave.destroy();
    await landOne();
    // The delete would run here; nothing may write the draft again.
    await repository.remove('d1');
    await landOne();
    await autosave.flush();
    expect(started).toEqual(['B']);
    expect(repository.raw.has('d1')).toBe(false);
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
