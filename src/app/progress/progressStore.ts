/**
 * The page's progress: the current record in memory, saved to IndexedDB after every change (writes
 * are chained so they land in order). Without IndexedDB (a private window may refuse it) progress
 * lives for the page's lifetime and the store says so.
 */
import { ProgressDb } from './progressDb';
import { mergeProgress, parseProgressFile } from './progressFile';
import { emptyProgress, type Progress } from './progressRecord';

export class ProgressStore {
  private progress: Progress = emptyProgress();
  private saving: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<(p: Progress) => void>();
  /** Why progress is not saved, or why the saved record was not used; null when all is well. */
  warning: string | null = null;

  private constructor(private readonly db: ProgressDb | null) {}

  static async open(): Promise<ProgressStore> {
    let db: ProgressDb | null = null;
    let warning: string | null = null;
    let progress = emptyProgress();
    try {
      db = await ProgressDb.open();
      const loaded = await db.load();
      progress = loaded.progress;
      warning = loaded.warning ?? null;
    } catch (error) {
      warning = `Progress cannot be saved in this browser (${error instanceof Error ? error.message : String(error)}); export it before you leave.`;
    }
    const store = new ProgressStore(db);
    store.progress = progress;
    store.warning = warning;
    return store;
  }

  get current(): Progress {
    return this.progress;
  }

  onChange(listener: (p: Progress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a pure update and saves the result. */
  update(change: (p: Progress) => Progress): Promise<void> {
    this.progress = change(this.progress);
    for (const listener of this.listeners) listener(this.progress);
    const snapshot = this.progress;
    const db = this.db;
    this.saving = this.saving.then(() => db?.save(snapshot)).catch((error: unknown) => {
      this.warning = `Saving progress failed (${error instanceof Error ? error.message : String(error)}).`;
    });
    return this.saving;
  }

  /** Waits until every change so far is written. */
  flush(): Promise<void> {
    return this.saving;
  }

  /** Imports a file's text: merged into the saved progress when valid, else an error and nothing changes. */
  async importText(text: string): Promise<{ ok: true } | { ok: false; error: string }> {
    const parsed = parseProgressFile(text);
    if (!parsed.ok) return parsed;
    await this.update((saved) => mergeProgress(saved, parsed.progress));
    return { ok: true };
  }
}
