/**
 * The page's progress. Memory holds the record as last committed to IndexedDB plus this page's
 * changes that are not committed yet (applied at once, so the page shows them without waiting).
 * Each change is written as a read-modify-write of the stored record (progressDb.ts), so a change
 * made in another tab since is kept; once committed, the other tabs are told (progressSync.ts) and
 * re-read. Without IndexedDB (a private window may refuse it) progress lives for the page's lifetime
 * and the store says so.
 */
import { ProgressDb, type LoadedProgress } from './progressDb';
import { checkProgressImport } from './progressImport';
import { clearJournal, readJournal, writeJournal } from './progressJournal';
import { mergeProgress } from './progressMerge';
import { emptyProgress, type Progress } from './progressRecord';

type Change = (p: Progress) => Progress;

/** What the store needs of the database (the real one is ProgressDb; unit tests pass a fake). */
export interface ProgressBackend {
  readModifyWrite(change: Change): Promise<LoadedProgress>;
  load(): Promise<LoadedProgress>;
}

interface PendingChange {
  readonly seq: number;
  readonly change: Change;
  /** Its write failed: it stays applied in memory (and goes to the journal), never in the database. */
  failed: boolean;
}

export class ProgressStore {
  private stored: Progress = emptyProgress();
  /** The last of this page's writes that `stored` includes. */
  private storedSeq = 0;
  private nextSeq = 0;
  private pending: PendingChange[] = [];
  private progress: Progress = emptyProgress();
  private lastWrite: Promise<void> = Promise.resolve();
  private journalText: string | null = null;
  private readonly listeners = new Set<(p: Progress) => void>();
  /** Told after each committed write (progressSync.ts broadcasts it to the other tabs). */
  onCommitted: () => void = () => undefined;
  /** Why progress is not saved, or why the saved record was not used; null when all is well. */
  warning: string | null = null;

  constructor(private readonly db: ProgressBackend | null) {}

  /** Opens IndexedDB and merges in a journal a closed page left (progressJournal.ts). */
  static async open(): Promise<ProgressStore> {
    try {
      const store = new ProgressStore(await ProgressDb.open());
      const journal = readJournal();
      const loaded = journal ? await store.db!.readModifyWrite((p) => mergeProgress(p, journal, 'incoming')) : await store.db!.load();
      if (journal) clearJournal();
      store.settle(0, loaded.progress);
      store.warning = loaded.warning ?? null;
      return store;
    } catch (error) {
      const store = new ProgressStore(null);
      store.warning = `Progress cannot be saved in this browser (${error instanceof Error ? error.message : String(error)}); export it before you leave.`;
      return store;
    }
  }

  get current(): Progress {
    return this.progress;
  }

  onChange(listener: (p: Progress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a pure update now and writes it to the stored record; settles when it is committed. */
  update(change: Change): Promise<void> {
    const entry: PendingChange = { seq: ++this.nextSeq, change, failed: false };
    this.pending.push(entry);
    this.show(change(this.progress));
    if (!this.db) return Promise.resolve();
    this.lastWrite = this.db.readModifyWrite(change).then(
      (loaded) => {
        this.settle(entry.seq, loaded.progress);
        this.onCommitted();
      },
      (error: unknown) => {
        entry.failed = true;
        this.warning = `Saving progress failed (${error instanceof Error ? error.message : String(error)}).`;
      },
    );
    return this.lastWrite;
  }

  /** Re-reads the stored record (another tab wrote to it); this page's uncommitted changes stay applied. */
  async refresh(): Promise<void> {
    if (!this.db) return;
    // The read is ordered after every write this page has started, so it includes them all.
    const seq = this.nextSeq;
    const loaded = await this.db.load();
    this.settle(seq, loaded.progress);
  }

  /** Waits until every change so far is committed (or has failed). */
  flush(): Promise<void> {
    return this.lastWrite;
  }

  /** The page is being hidden or closed: changes not yet committed go to the journal at once. */
  saveBeforeHide(): void {
    if (this.pending.length > 0) this.journalText = writeJournal(this.progress);
  }

  /**
   * Imports a file's text: merged into the stored progress when it is a valid progress file (this
   * browser's settings kept), else an error and nothing changes. `notes` say what was left out.
   */
  async importText(text: string, knownLevelIds: ReadonlySet<string>): Promise<{ ok: true; notes: string[] } | { ok: false; error: string }> {
    const checked = checkProgressImport(text, knownLevelIds);
    if (!checked.ok) return checked;
    await this.update((saved) => mergeProgress(saved, checked.progress, 'base'));
    return { ok: true, notes: checked.notes };
  }

  /** `stored` now includes this page's writes up to `seq`: memory is it plus the later (and failed) ones. */
  private settle(seq: number, stored: Progress): void {
    if (seq < this.storedSeq) return;
    this.stored = stored;
    this.storedSeq = seq;
    this.pending = this.pending.filter((p) => p.seq > seq || p.failed);
    this.show(this.pending.reduce((p, entry) => entry.change(p), this.stored));
    if (this.pending.length === 0 && this.journalText !== null) {
      clearJournal(this.journalText);
      this.journalText = null;
    }
  }

  private show(progress: Progress): void {
    const unchanged = JSON.stringify(progress) === JSON.stringify(this.progress);
    this.progress = progress;
    // A commit that only confirms what memory already showed is not news for the menus.
    if (!unchanged) for (const listener of this.listeners) listener(progress);
  }
}
