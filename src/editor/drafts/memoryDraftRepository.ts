/** Drafts kept in a map, stored as JSON text as IndexedDB would keep a copy (tests; a page without IndexedDB). */
import { interpretStoredDraft, sortDraftList, type DraftFiles, type DraftListEntry, type DraftRepository, type StoredDraft } from './storedDraft';

export class MemoryDraftRepository implements DraftRepository {
  /** Raw stored values by key (tests put damaged ones here). */
  readonly raw = new Map<string, unknown>();
  /** Each draft's files, copied (as IndexedDB copies them). */
  readonly files = new Map<string, Map<string, Uint8Array>>();

  list(): Promise<DraftListEntry[]> {
    return Promise.resolve(sortDraftList([...this.raw].map(([key, value]) => interpretStoredDraft(key, value))));
  }

  save(record: StoredDraft): Promise<void> {
    this.raw.set(record.id, JSON.parse(JSON.stringify(record)) as unknown);
    return Promise.resolve();
  }

  remove(id: string): Promise<void> {
    this.raw.delete(id);
    this.files.delete(id);
    return Promise.resolve();
  }

  saveFiles(id: string, files: DraftFiles): Promise<void> {
    this.files.set(id, new Map([...files].map(([path, bytes]) => [path, bytes.slice()])));
    return Promise.resolve();
  }

  loadFiles(id: string): Promise<Map<string, Uint8Array>> {
    return Promise.resolve(new Map([...(this.files.get(id) ?? [])].map(([path, bytes]) => [path, bytes.slice()])));
  }
}
