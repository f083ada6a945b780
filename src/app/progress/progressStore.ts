/**
 * The page's progress. Memory holds the record as last committed to IndexedDB plus this page's
 * changes that are not committed yet (applied at once, so the page shows them without waiting).
 * Each change is written as a read-modify-write of the stored record (progressDb.ts), so a change
 * made in another tab since is kept; once committed, the other tabs are told (progressSync.ts) and
 * re-read. A change whose write failed stays shown and is retried with the next write, as the merge
 * of its effect (progressEffect.ts), so it is never counted twice once a journal holding it has been
 * merged by another tab. Without IndexedDB (a private window may refuse it) progress lives for the
 * page's lifetime and the store says so; when the stored record is from a newer build, the page
 * saves nothing until it is reloaded (progressDb.ts), and says so.
 */
import { NEWER_RECORD_WARNING, ProgressDb, type LoadedProgress } from './progressDb';
import { applyEffect, changesSettings, effectOf } from './progressEffect';
import { checkProgressImport } from './progressImport';
import { clearJournal, journalEffects, readJournal, stampSettingsChange, writeJournal } from './progressJournal';
import { mergeProgress } from './progressMerge';
import { emptyProgress, type Progress } from './progressRecord';
import { t } from '../../i18n/messages';

type Change = (p: Progress) => Progress;

/** What the store needs of the database (the real one is ProgressDb; unit tests pass a fake). */
export interface ProgressBackend {
  readModifyWrite(change: Change): Promise<LoadedProgress>;
  load(): Promise<LoadedProgress>;
}

interface PendingChange {
  readonly seq: number;
  /** The change as made while its write is in flight; the merge of its effect once that write failed. */
  change: Change;
  /** What it did (progressEffect.ts): journaled, and retried after a failure. */
  readonly effect: Progress;
  /** The stamp of its settings change (progressJournal.ts), if it changed a setting. */
  readonly settingsStamp: number | null;
  /** Its write failed: it stays applied in memory and is retried with the next write. */
  failed: boolean;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class ProgressStore {
  private stored: Progress = emptyProgress();
  /** The last of this page's writes that `stored` includes. */
  private storedSeq = 0;
  private nextSeq = 0;
  private pending: PendingChange[] = [];
  private progress: Progress = emptyProgress();
  private lastWrite: Promise<unknown> = Promise.resolve();
  private journalText: string | null = null;
  /** The stored record is from a newer build: nothing is written (nor journaled) until a reload. */
  private readOnly = false;
  private readonly listeners = new Set<(p: Progress) => void>();
  private readonly warningListeners = new Set<(warning: string) => void>();
  /** Told after each committed write (progressSync.ts broadcasts it to the other tabs). */
  onCommitted: () => void = () => undefined;
  /** Why progress is not saved, or why the saved record was not used; null when all is well. */
  warning: string | null = null;

  constructor(private readonly db: ProgressBackend | null) {}

  /** Opens the database and merges in a journal a closed page left (progressJournal.ts). */
  static async open(openDb: () => Promise<ProgressBackend> = () => ProgressDb.open()): Promise<ProgressStore> {
    let db: ProgressBackend;
    try {
      db = await openDb();
    } catch (error) {
      const store = new ProgressStore(null);
      store.warning = t('game.progress.cannotSave', { reason: reason(error) });
      return store;
    }
    const store = new ProgressStore(db);
    const journal = readJournal();
    try {
      const loaded = journal ? await db.readModifyWrite((p) => applyEffect(p, journalEffects(journal))) : await db.load();
      // Only the journal as read: another tab may have added to it while this one was merging.
      if (journal && !loaded.newer) clearJournal(journal.text);
      store.receive(0, loaded);
    } catch (error) {
      store.setWarning(t('game.progress.unreadableMayNotSave', { reason: reason(error) }));
    }
    return store;
  }

  get current(): Progress {
    return this.progress;
  }

  onChange(listener: (p: Progress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Told each new warning (a failed write, a record set aside, a newer build's record). */
  onWarning(listener: (warning: string) => void): () => void {
    this.warningListeners.add(listener);
    return () => this.warningListeners.delete(listener);
  }

  /** Applies a pure update now and writes it to the stored record; resolves true once committed, false if not saved. */
  update(change: Change): Promise<boolean> {
    return this.write(change, true);
  }

  /** Re-reads the stored record (another tab wrote to it); this page's uncommitted changes stay applied. */
  async refresh(): Promise<void> {
    if (!this.db || this.readOnly) return;
    // The read is ordered after every write this page has started, so it includes them all.
    const seq = this.nextSeq;
    try {
      this.receive(seq, await this.db.load());
    } catch (error) {
      this.setWarning(t('game.progress.unreadable', { reason: reason(error) }));
    }
  }

  /** Waits until every change so far is committed (or has failed). */
  async flush(): Promise<void> {
    await this.lastWrite;
  }

  /** The page is being hidden or closed: the effects of changes not yet committed go to the journal at once. */
  saveBeforeHide(): void {
    if (this.readOnly || this.pending.length === 0) return;
    const effects = this.pending.reduce((journal, entry) => applyEffect(journal, entry.effect), emptyProgress());
    const stamps = this.pending.map((entry) => entry.settingsStamp ?? 0);
    const stamp = Math.max(...stamps);
    this.journalText = writeJournal(effects, stamp > 0 ? stamp : null);
  }

  /**
   * Imports a file's text: merged into the stored progress when it is a valid progress file (this
   * browser's settings kept), else an error and nothing changes. `notes` say what was left out.
   */
  async importText(text: string, knownLevelIds: ReadonlySet<string>): Promise<{ ok: true; notes: string[] } | { ok: false; error: string }> {
    const checked = checkProgressImport(text, knownLevelIds);
    if (!checked.ok) return checked;
    const merge: Change = (saved) => mergeProgress(saved, checked.progress, 'base');
    if (!this.db) {
      // No database at all (the store already says so): the import lasts as long as the page.
      void this.write(merge, true);
      return { ok: true, notes: [...checked.notes, t('game.progress.importLastsThisPage')] };
    }
    if (await this.write(merge, false)) return { ok: true, notes: checked.notes };
    return { ok: false, error: t('game.progress.validButNotSaved', { reason: this.warning ?? t('game.progress.unknownReason') }) };
  }

  /** With `keepIfFailed` false a change whose write fails is taken back (all or nothing, for an import). */
  private write(change: Change, keepIfFailed: boolean): Promise<boolean> {
    const before = this.progress;
    const after = change(before);
    const effect = effectOf(before, after);
    const entry: PendingChange = { seq: ++this.nextSeq, change, effect, settingsStamp: changesSettings(effect) ? stampSettingsChange() : null, failed: false };
    this.pending.push(entry);
    this.show(after);
    if (!this.db) return Promise.resolve(false);
    if (this.readOnly) {
      if (!keepIfFailed) this.failed([entry], entry);
      return Promise.resolve(false);
    }
    // Earlier changes whose writes failed ride along, as merges (harmless if they landed meanwhile).
    const retried = this.pending.filter((p) => p.failed);
    for (const p of retried) p.failed = false;
    const carried = [...retried, entry];
    const written = this.db.readModifyWrite((p) => carried.reduce((q, c) => c.change(q), p)).then(
      (loaded) => {
        if (loaded.newer) {
          this.failed(carried, keepIfFailed ? null : entry);
          this.receive(entry.seq, loaded);
          return false;
        }
        this.receive(entry.seq, loaded);
        this.onCommitted();
        return true;
      },
      (error: unknown) => {
        this.failed(carried, keepIfFailed ? null : entry);
        this.setWarning(t('game.progress.saveFailed', { reason: reason(error) }));
        return false;
      },
    );
    this.lastWrite = written;
    return written;
  }

  /** These changes' write failed: each becomes the merge of its effect (idempotent); `takeBack` is dropped. */
  private failed(entries: readonly PendingChange[], takeBack: PendingChange | null): void {
    for (const entry of entries) {
      entry.failed = true;
      entry.change = (p) => applyEffect(p, entry.effect);
    }
    if (takeBack) this.pending = this.pending.filter((p) => p !== takeBack);
    this.show(this.pending.reduce((p, e) => e.change(p), this.stored));
  }

  /** A read or write came back: its warning is shown; a newer build's record turns the page read-only. */
  private receive(seq: number, loaded: LoadedProgress): void {
    if (loaded.newer) {
      this.readOnly = true;
      this.setWarning(loaded.warning ?? NEWER_RECORD_WARNING);
      return;
    }
    if (loaded.warning) this.setWarning(loaded.warning);
    this.settle(seq, loaded.progress);
  }

  private setWarning(warning: string): void {
    if (warning === this.warning) return;
    this.warning = warning;
    for (const listener of this.warningListeners) listener(warning);
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
