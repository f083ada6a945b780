/**
 * Autosave: every change to the store starts its write at once, in the same task as the edit, so a
 * reload right after an edit cannot outrun it (a debounce or a microtask delay could: the page is gone
 * before the write begins). Writes are coalesced: while one is in flight, later changes only mark the
 * draft dirty and the newest is written when it lands; flush (leaving the page, hiding the tab, Play)
 * writes the newest at once without waiting. Free of DOM: the page gives the clock and the repository.
 */
import type { DraftStore } from '../draftStore';
import { draftName, type DraftRepository, type StoredDraft } from './storedDraft';

export interface AutosaveClock {
  /** Wall-clock ms since 1970 (the draft list's "saved 2 minutes ago"). */
  now(): number;
}

export class DraftAutosave {
  /** The draft last handed to the repository (null after a failure: the next change or flush retries). */
  private lastWritten: unknown = null;
  private inFlight = 0;
  private dirty = false;
  /** Set by destroy: a write still in flight must not write the waiting edit after (the draft may be deleted). */
  private destroyed = false;
  private readonly unsubscribe: () => void;
  /** Every write issued, chained, so flush can wait for them all. */
  private written: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: DraftStore,
    private readonly repository: DraftRepository,
    private readonly clock: AutosaveClock,
    /** The storage key of the draft being edited. */
    public readonly draftId: string,
    private readonly onSaved: (record: StoredDraft) => void = () => {},
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.unsubscribe = store.onChange(() => this.changed());
  }

  /** Marks the current draft as saved (after opening a saved draft: nothing new to write). */
  markSaved(): void { this.lastWritten = this.store.draft; }

  private changed(): void {
    if (this.inFlight > 0) { this.dirty = true; return; }
    this.write();
  }

  /** Writes the newest draft now if it changed since the last write; resolves when every write has landed. */
  flush(): Promise<void> {
    this.write();
    return this.written;
  }

  private write(): void {
    const draft = this.store.draft;
    this.dirty = false;
    if (this.destroyed) return;
    if (draft === this.lastWritten) return;
    this.lastWritten = draft;
    const record: StoredDraft = { id: this.draftId, name: draftName(draft), updatedMs: this.clock.now(), draft };
    this.inFlight++;
    let saving: Promise<void>;
    try {
      // Called here, synchronously: the repository starts its transaction before this returns.
      saving = this.repository.save(record);
    } catch (error) {
      saving = Promise.reject(error);
    }
    const landed = saving.then(
      () => this.onSaved(record),
      (error: unknown) => { if (this.lastWritten === draft) this.lastWritten = null; this.onError(error); },
    // The callbacks report on the page themselves; a throw there must not break the chain flush waits on.
    ).catch(() => undefined).finally(() => {
      this.inFlight--;
      if (this.inFlight === 0 && this.dirty) this.write();
    });
    this.written = Promise.all([this.written, landed]).then(() => undefined);
  }

  /** Stops saving: no change, flush or in-flight write's follow-up writes again. */
  destroy(): void {
    this.destroyed = true;
    this.dirty = false;
    this.unsubscribe();
  }
}
