// An in-memory stand-in for IndexedDB under the progress store: one database for several pages,
// transactions run one at a time in the order they were started (as IndexedDB runs readwrite
// transactions on one store), and the stored value is interpreted by the same rules as progressDb.ts
// (a newer build's record is never written over; a corrupt one is set aside). Writes can be made to
// fail, as a full disk or an aborted transaction does.
import { interpretStored, NEWER_RECORD_WARNING, type LoadedProgress } from '../../../src/app/progress/progressDb';
import { emptyProgress, type Progress } from '../../../src/app/progress/progressRecord';
import type { ProgressBackend } from '../../../src/app/progress/progressStore';

export class OrderedMemoryDb implements ProgressBackend {
  /** The stored value as it is, which may be a newer build's record or garbage. */
  raw: unknown = undefined;
  /** Values set aside as unreadable. */
  readonly aside: unknown[] = [];
  /** How many of the next write transactions fail (nothing written). */
  failWrites = 0;
  private queue: Promise<unknown> = Promise.resolve();

  get stored(): Progress {
    const found = interpretStored(this.raw);
    if (found.kind !== 'record') throw new Error(`the stored value is ${found.kind}`);
    return found.progress;
  }

  set stored(progress: Progress) {
    this.raw = structuredClone(progress);
  }

  readModifyWrite(change: (p: Progress) => Progress): Promise<LoadedProgress> {
    return this.run(change);
  }

  load(): Promise<LoadedProgress> {
    return this.run(null);
  }

  private run(change: ((p: Progress) => Progress) | null): Promise<LoadedProgress> {
    // A little wall time per transaction, so several pages' changes are in flight together.
    const done = this.queue.then(() => new Promise((r) => setTimeout(r, 2))).then(() => this.transact(change));
    this.queue = done.catch(() => undefined);
    return done;
  }

  private transact(change: ((p: Progress) => Progress) | null): LoadedProgress {
    if (change !== null && this.failWrites > 0) {
      this.failWrites--;
      throw new Error('QuotaExceededError: the disk is full');
    }
    const found = interpretStored(this.raw);
    if (found.kind === 'newer') return { progress: emptyProgress(), newer: true, warning: NEWER_RECORD_WARNING };
    let stored = emptyProgress();
    let warning: string | undefined;
    if (found.kind === 'record') stored = found.progress;
    else {
      this.aside.push(this.raw);
      this.raw = structuredClone(stored);
      warning = `Saved progress could not be read (${found.error}).`;
    }
    const next = change === null ? stored : change(stored);
    if (change !== null) this.raw = structuredClone(next);
    return warning === undefined ? { progress: next } : { progress: next, warning };
  }
}

/** localStorage for the node test environment: the journal and the settings stamp live there. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}
