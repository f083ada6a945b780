/** Drafts kept in a map, stored as JSON text as IndexedDB would keep a copy (tests; a page without IndexedDB). */
import { interpretStoredDraft, sortDraftList, type DraftListEntry, type DraftRepository, type StoredDraft } from './storedDraft';

export class MemoryDraftRepository implements DraftRepository {
  /** Raw stored values by key (tests put damaged ones here). */
  readonly raw = new Map<string, unknown>();

  list(): Promise<DraftListEntry[]> {
    return Promise.resolve(sortDraftList([...this.raw].map(([key, value]) => interpretStoredDraft(key, value))));
  }

  save(record: StoredDraft): Promise<void> {
    this.raw.set(record.id, JSON.parse(JSON.stringify(record)) as unknown);
    return Promise.resolve();
  }

  remove(id: string): Promise<void> {
    this.raw.delete(id);
    return Promise.resolve();
  }
}
