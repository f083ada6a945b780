/**
 * deleteUnusedFiles (src/app/storage/storedFiles.ts) on a small stand-in for an IndexedDB transaction
 * (requests succeed a moment later): a draft and a level of Yours share a recording; a file nobody names
 * goes; each store is read with its own shape, so a draft recording whose path is "files" keeps its bytes.
 */
import { describe, expect, it } from 'vitest';
import { DRAFT_FILES, FILES, YOUR_LEVELS } from '../../src/app/storage/editorDatabase';
import { deleteUnusedFiles } from '../../src/app/storage/storedFiles';

function fakeTransaction(stores: Record<string, Map<string, unknown>>): IDBTransaction {
  const request = <T>(result: () => T) => {
    const r: { result?: T; onsuccess: null | (() => void) } = { onsuccess: null };
    setTimeout(() => { r.result = result(); r.onsuccess?.(); }, 0);
    return r;
  };
  return {
    objectStore: (name: string) => ({
      getAll: () => request(() => [...stores[name]!.values()]),
      getAllKeys: () => request(() => [...stores[name]!.keys()]),
      delete: (key: string) => { stores[name]!.delete(key); },
    }),
  } as unknown as IDBTransaction;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('files no draft and no level of Yours names', () => {
  it('are deleted; shared ones stay, whatever the path is called', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const stores = {
      [DRAFT_FILES]: new Map<string, unknown>([['d1', { files: 'sha256:in-the-draft', 'tutor.wav': 'sha256:shared' }]]),
      [YOUR_LEVELS]: new Map<string, unknown>([['yours.a', { key: 'yours.a', levelText: '{}', openedMs: 1, files: { 'tutor.wav': 'sha256:shared' } }]]),
      [FILES]: new Map<string, unknown>([['sha256:in-the-draft', bytes], ['sha256:shared', bytes], ['sha256:nobody', bytes]]),
    };
    deleteUnusedFiles(fakeTransaction(stores));
    await settle();
    expect([...stores[FILES].keys()].sort()).toEqual(['sha256:in-the-draft', 'sha256:shared']);
    // The level goes: the draft still names the shared recording.
    stores[YOUR_LEVELS].delete('yours.a');
    deleteUnusedFiles(fakeTransaction(stores));
    await settle();
    expect([...stores[FILES].keys()].sort()).toEqual(['sha256:in-the-draft', 'sha256:shared']);
    // The draft goes too: nothing names them.
    stores[DRAFT_FILES].delete('d1');
    deleteUnusedFiles(fakeTransaction(stores));
    await settle();
    expect([...stores[FILES].keys()]).toEqual([]);
  });
});
