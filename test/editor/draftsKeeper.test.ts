/**
 * The editor's storage steps (src/app/editor/draftKeeper.ts) on a memory repository: a failing
 * repository gives sentences, never rejections (vitest fails a run on an unhandled rejection); a draft
 * another tab edits is offered as a copy or read-only, and a change in the read-only view goes into a
 * copy; a draft's own files are kept with it and come back with it.
 */
import { describe, expect, it } from 'vitest';
import { DraftKeeper, type DraftKeeperDeps } from '../../src/app/editor/draftKeeper';
import type { DraftInUseChoice } from '../../src/app/editor/draftInUseDialog';
import { MemoryDraftRepository } from '../../src/editor/drafts/memoryDraftRepository';
import { DraftStore } from '../../src/editor/draftStore';

const wav = new Uint8Array([82, 73, 70, 70, 1, 2, 3, 4]);

/**
 * Web Locks as the browser keeps them, shared by the keepers (tabs) of one test: a claim is decided a
 * moment later, and a released lock is free only a moment after release (as navigator.locks frees it).
 */
class FakeLocks {
  readonly owners = new Map<string, string>();
  tab(name: string): DraftKeeperDeps['lock'] {
    return {
      claim: async (id) => {
        await Promise.resolve();
        const owner = this.owners.get(id);
        if (owner !== undefined && owner !== name) return false;
        this.owners.set(id, name);
        return true;
      },
      holds: (id) => this.owners.get(id) === name,
      release: (id) => { if (this.owners.get(id) === name) setTimeout(() => { if (this.owners.get(id) === name) this.owners.delete(id); }, 0); },
    };
  }
}

function keeperWith(repository: MemoryDraftRepository, options: { taken?: Set<string>; choice?: DraftInUseChoice; locks?: FakeLocks; tab?: string } = {}) {
  const locks = options.locks ?? new FakeLocks();
  for (const id of options.taken ?? []) locks.owners.set(id, 'another tab');
  const said: string[] = [];
  const asked: string[] = [];
  const store = new DraftStore({ title: 'Mine' });
  let nextId = 1;
  const deps: DraftKeeperDeps = {
    store,
    repository,
    say: (text) => said.push(text),
    onSaved: () => {},
    askInUse: (name) => { asked.push(name); return Promise.resolve(options.choice ?? 'cancel'); },
    newId: () => `new-${nextId++}`,
    now: () => 5,
    lock: locks.tab(options.tab ?? 'this tab'),
  };
  return { keeper: new DraftKeeper(deps), store, said, asked };
}

/** A repository every call of which fails, as a full disk or a closed database does. */
function failingRepository(): MemoryDraftRepository {
  const repository = new MemoryDraftRepository();
  const fail = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  repository.list = fail;
  repository.save = fail;
  repository.remove = fail;
  repository.saveFiles = fail;
  repository.loadFiles = fail;
  return repository;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the editor keeps drafts', () => {
  it('says every storage failure in words, on the status line, and never rejects', async () => {
    const { keeper, store, said } = keeperWith(failingRepository());
    expect(await keeper.list()).toBeNull();
    expect(await keeper.find('a')).toBeNull();
    expect(await keeper.find(null)).toBeNull();
    expect(await keeper.remove('a', 'Mine')).toBe(false);
    keeper.begin('d1', 'new', new Map([['tutor.wav', wav]]));
    store.apply({ kind: 'set', path: ['title'], value: 'Two' }, 'x');
    await keeper.flush();
    await settle();
    expect(said).toContain('Your drafts could not be listed: the browser has no room left for saved data (free some space, or delete old drafts and levels).');
    expect(said).toContain('"Mine" could not be deleted: the browser has no room left for saved data (free some space, or delete old drafts and levels).');
    expect(said.some((s) => s.startsWith('Could not save the draft: the browser has no room left'))).toBe(true);
    expect(said.some((s) => s.startsWith("The draft's recordings could not be saved"))).toBe(true);
  });

  it('a draft whose files cannot be read still opens, and says so', async () => {
    const repository = new MemoryDraftRepository();
    await repository.save({ id: 'a', name: 'Bird', updatedMs: 1, draft: { title: 'Bird' } });
    repository.loadFiles = () => Promise.reject(new Error('the draft\'s saved recordings “tutor.wav” are missing'));
    const { keeper, said } = keeperWith(repository);
    const found = await keeper.find('a');
    expect(found?.access).toBe('saved');
    expect(found?.files.size).toBe(0);
    expect(said).toEqual(['The draft “Bird” opened without its recordings: the draft\'s saved recordings “tutor.wav” are missing.']);
  });

  it('keeps a new draft\'s files with it and gives them back when it is opened again', async () => {
    const repository = new MemoryDraftRepository();
    const first = keeperWith(repository);
    first.keeper.begin('d1', 'new', new Map([['tutor.wav', wav]]));
    await settle();
    const second = keeperWith(repository);
    const found = await second.keeper.find(null);
    expect(found?.record.id).toBe('d1');
    expect([...(found?.files ?? [])]).toEqual([['tutor.wav', wav]]);
    // Deleting the draft deletes its files.
    expect(await second.keeper.remove('d1', 'Mine')).toBe(true);
    expect(await repository.loadFiles('d1')).toEqual(new Map());
  });

  it('asks before opening a draft another tab edits; cancel opens nothing', async () => {
    const repository = new MemoryDraftRepository();
    await repository.save({ id: 'a', name: 'Bird', updatedMs: 1, draft: { title: 'Bird' } });
    const { keeper, asked } = keeperWith(repository, { taken: new Set(['a']), choice: 'cancel' });
    expect(await keeper.find('a')).toBeNull();
    expect(asked).toEqual(['Bird']);
  });

  it('a read-only view writes nothing until changed; the change goes into a new copy and the original stays', async () => {
    const repository = new MemoryDraftRepository();
    await repository.save({ id: 'a', name: 'Bird', updatedMs: 1, draft: { title: 'Bird' } });
    const { keeper, store, said } = keeperWith(repository, { taken: new Set(['a']), choice: 'read-only' });
    const found = await keeper.find('a');
    expect(found?.access).toBe('read-only');
    store.replaceDraft(found!.record.draft);
    keeper.begin('a', 'read-only', found!.files);
    await keeper.flush();
    expect([...repository.raw.keys()]).toEqual(['a']);
    store.apply({ kind: 'set', path: ['title'], value: 'Bird, my way' }, 'x');
    await keeper.flush();
    expect(keeper.draftId).toBe('new-1');
    expect(repository.raw.get('a')).toMatchObject({ name: 'Bird' });
    expect(repository.raw.get('new-1')).toMatchObject({ name: 'Bird, my way' });
    expect(said.at(-1)).toMatch(/open in another tab, so your change was saved in a new copy/);
  });

  it('Open on the draft this tab edits only says so, and the draft stays this tab\'s: a second tab is still asked', async () => {
    const repository = new MemoryDraftRepository();
    const locks = new FakeLocks();
    const first = keeperWith(repository, { locks, tab: 'first' });
    first.keeper.begin('d1', 'new', new Map());
    await first.keeper.flush();
    await settle();
    expect(await first.keeper.find('d1')).toBeNull();
    expect(first.said.at(-1)).toBe('“Mine” is already open here.');
    expect(first.asked).toEqual([]);
    await settle();
    const second = keeperWith(repository, { locks, tab: 'second', choice: 'cancel' });
    expect(await second.keeper.find('d1')).toBeNull();
    expect(second.asked).toEqual(['Mine']);
  });

  it('a read-only view that presses Open on its own draft is asked again while the other tab edits it', async () => {
    const repository = new MemoryDraftRepository();
    await repository.save({ id: 'a', name: 'Bird', updatedMs: 1, draft: { title: 'Bird' } });
    const { keeper, store, asked } = keeperWith(repository, { taken: new Set(['a']), choice: 'read-only' });
    const found = await keeper.find('a');
    store.replaceDraft(found!.record.draft);
    keeper.begin('a', 'read-only', found!.files);
    expect((await keeper.find('a'))?.access).toBe('read-only');
    expect(asked).toEqual(['Bird', 'Bird']);
  });

  it('a claim lost after opening (another tab took the draft first) turns the view read-only: the next change goes into a copy', async () => {
    const repository = new MemoryDraftRepository();
    await repository.save({ id: 'a', name: 'Bird', updatedMs: 1, draft: { title: 'Bird' } });
    const { keeper, store, said } = keeperWith(repository, { taken: new Set(['a']) });
    store.replaceDraft({ title: 'Bird' });
    keeper.begin('a', 'saved', new Map());
    await settle();
    expect(said.at(-1)).toMatch(/^Read-only: “Bird” was opened for editing in another tab first/);
    store.apply({ kind: 'set', path: ['title'], value: 'Bird, mine' }, 'x');
    await keeper.flush();
    expect(keeper.draftId).toBe('new-1');
    expect(repository.raw.get('a')).toMatchObject({ name: 'Bird' });
    expect(repository.raw.get('new-1')).toMatchObject({ name: 'Bird, mine' });
  });

  it('files read for a draft are dropped when another draft was opened meanwhile', async () => {
    const repository = new MemoryDraftRepository();
    const { keeper } = keeperWith(repository);
    keeper.begin('d1', 'new', new Map());
    keeper.begin('d2', 'new', new Map());
    keeper.keepFiles('d1', new Map([['tutor.wav', wav]]));
    await settle();
    expect(await repository.loadFiles('d2')).toEqual(new Map());
    expect(await repository.loadFiles('d1')).toEqual(new Map());
    keeper.keepFiles('d2', new Map([['tutor.wav', wav]]));
    await settle();
    expect([...(await repository.loadFiles('d2'))]).toEqual([['tutor.wav', wav]]);
  });
});

describe('deleting a draft another tab edits', () => {
  it('is refused in words and the draft stays', async () => {
    const repository = new MemoryDraftRepository();
    await repository.save({ id: 'a', name: 'Bird', updatedMs: 1, draft: { title: 'Bird' } });
    const { keeper, said } = keeperWith(repository, { taken: new Set(['a']) });
    expect(await keeper.remove('a', 'Bird')).toBe(false);
    expect(said).toEqual(['"Bird" is open for editing in another tab: close it there first, then delete it.']);
    expect(repository.raw.has('a')).toBe(true);
  });
});

describe('deleting the open draft', () => {
  it('stops its autosave first, so no later write brings it back; a failed delete keeps saving', async () => {
    const repository = new MemoryDraftRepository();
    const { keeper, store } = keeperWith(repository);
    keeper.begin('d1', 'new', new Map());
    expect(await keeper.remove('d1', 'Mine')).toBe(true);
    store.apply({ kind: 'set', path: ['title'], value: 'After the delete' }, 'x');
    keeper.end();
    await settle();
    expect(repository.raw.has('d1')).toBe(false);

    const failing = new MemoryDraftRepository();
    const second = keeperWith(failing);
    second.keeper.begin('d2', 'new', new Map());
    failing.remove = () => Promise.reject(new Error('disk gone'));
    expect(await second.keeper.remove('d2', 'Mine')).toBe(false);
    second.store.apply({ kind: 'set', path: ['title'], value: 'Still saved' }, 'x');
    await second.keeper.flush();
    expect(failing.raw.get('d2')).toMatchObject({ name: 'Still saved' });
  });
});
