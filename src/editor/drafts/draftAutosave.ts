/**
 * Autosave: after every change to the store, the draft is saved once the designer pauses (debounced),
 * and at once on flush (leaving the page, Play). The timer and the clock are given by the page, so
 * this stays free of DOM and tests run it on fake time.
 */
import type { DraftStore } from '../draftStore';
import { draftName, type DraftRepository, type StoredDraft } from './storedDraft';

export interface AutosaveClock {
  now(): number;
  setTimer(callback: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
}

export const AUTOSAVE_DELAY_MS = 800;

export class DraftAutosave {
  private timer: unknown = null;
  private lastSaved: unknown = null;
  private readonly unsubscribe: () => void;
  /** The save in flight, so flush can wait for it. */
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: DraftStore,
    private readonly repository: DraftRepository,
    private readonly clock: AutosaveClock,
    /** The storage key of the draft being edited (changes when another draft is opened). */
    public draftId: string,
    private readonly onSaved: (record: StoredDraft) => void = () => {},
    private readonly onError: (error: unknown) => void = () => {},
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {
    this.unsubscribe = store.onChange(() => this.schedule());
  }

  /** Marks the current draft as saved (after opening a saved draft: nothing new to write). */
  markSaved(): void { this.lastSaved = this.store.draft; }

  private schedule(): void {
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.timer = this.clock.setTimer(() => { this.timer = null; void this.saveNow(); }, this.delayMs);
  }

  /** Saves now if the draft changed since the last save; resolves when written. */
  flush(): Promise<void> {
    if (this.timer !== null) { this.clock.clearTimer(this.timer); this.timer = null; }
    return this.saveNow();
  }

  private saveNow(): Promise<void> {
    const draft = this.store.draft;
    if (draft === this.lastSaved) return this.pending;
    this.lastSaved = draft;
    const record: StoredDraft = { id: this.draftId, name: draftName(draft), updatedMs: this.clock.now(), draft };
    this.pending = this.pending.then(() => this.repository.save(record)).then(
      () => this.onSaved(record),
      (error: unknown) => { this.lastSaved = null; this.onError(error); },
    );
    return this.pending;
  }

  destroy(): void {
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.unsubscribe();
  }
}
