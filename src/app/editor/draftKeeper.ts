/**
 * The storage side of the editor: which draft this tab keeps, its autosave, its files, and every
 * storage step the editor takes (list, open, resume, delete), each of which turns a failure into a
 * sentence on the editor's status line instead of a rejected promise nobody catches. A saved draft
 * another tab is editing is not opened for editing here (draftTabLock.ts): the designer chooses a copy
 * or a read-only view, and a change made in the read-only view goes into a new copy, said in words.
 */
import type { Draft } from '../../editor/applyEdit';
import type { DraftStore } from '../../editor/draftStore';
import { DraftAutosave } from '../../editor/drafts/draftAutosave';
import { draftName, type DraftFiles, type DraftListEntry, type DraftRepository, type StoredDraft } from '../../editor/drafts/storedDraft';
import { levelAssetPaths } from '../../levels/levelAssets';
import type { AssetSource } from '../../levels/loadedLevelFiles';
import { loadLevel } from '../../levels/loadLevel';
import { storageFailureInWords } from '../storage/editorDatabase';
import type { DraftInUseChoice } from './draftInUseDialog';
import { browserDraftsChannel, type DraftsChannel } from './draftsChannel';
import { DraftTabLock } from './draftTabLock';
import { t } from '../../i18n/messages';

/** How a draft is kept: just made (written at once), opened from storage, or read-only (another tab edits it). */
export type DraftAccess = 'new' | 'saved' | 'read-only';

/** A saved draft ready to open, with its files and how this tab may keep it. */
export interface DraftToOpen {
  readonly record: StoredDraft;
  readonly files: Map<string, Uint8Array>;
  readonly access: 'saved' | 'read-only' | 'copy';
}

export interface DraftKeeperDeps {
  readonly store: DraftStore;
  readonly repository: DraftRepository;
  /** Shows a sentence on the editor's status line (`lasting`: a state that stays through later edits). */
  say(text: string, lasting?: boolean): void;
  /** A write landed (the draft list may show a new time). */
  onSaved(): void;
  /** Asks what to do with a draft another tab has open (draftInUseDialog.ts on the page). */
  askInUse(name: string): Promise<DraftInUseChoice>;
  /** A new id for a draft. */
  newId(): string;
  now(): number;
  /** Which tab edits which draft (default: Web Locks, draftTabLock.ts; tests give their own). */
  readonly lock?: Pick<DraftTabLock, 'claim' | 'release' | 'holds'>;
  /** Tells other tabs the drafts changed (default: a BroadcastChannel on a page, none elsewhere). */
  readonly channel?: DraftsChannel | null;
}

export class DraftKeeper {
  private autosave: DraftAutosave | null = null;
  private id: string | null = null;
  private files: DraftFiles = new Map();
  private stopWatchingReadOnly: (() => void) | null = null;
  private readonly lock: Pick<DraftTabLock, 'claim' | 'release' | 'holds'>;
  private readonly channel: DraftsChannel | null;

  constructor(private readonly deps: DraftKeeperDeps) {
    this.lock = deps.lock ?? new DraftTabLock();
    this.channel = deps.channel === undefined ? browserDraftsChannel() : deps.channel;
    // Another tab wrote or deleted a draft: this tab's list shows it.
    this.channel?.listen(() => deps.onSaved());
  }

  /** The storage key of the draft open in the editor (null: none). */
  get draftId(): string | null { return this.id; }

  /** Starts keeping the store's (just replaced) draft under `id`, with its files. */
  begin(id: string, access: DraftAccess, files: DraftFiles): void {
    // Reopening the draft this tab already edits keeps its lock (no gap for another tab to take it).
    this.end(this.id !== id);
    this.id = id;
    this.files = files;
    if (access === 'read-only') {
      this.stopWatchingReadOnly = this.deps.store.onChange(() => this.copyOnFirstEdit());
      return;
    }
    this.keepEditing(id, access === 'new');
  }

  /** Stops keeping the current draft (its last edits are written first) and lets other tabs have it. */
  end(releaseLock = true): void {
    void this.flush();
    this.autosave?.destroy();
    this.autosave = null;
    this.stopWatchingReadOnly?.();
    this.stopWatchingReadOnly = null;
    if (this.id !== null && releaseLock) this.lock.release(this.id);
    this.id = null;
  }

  /** Writes the newest draft at once (leaving the page, Play); resolves when written (never rejects). */
  flush(): Promise<void> {
    return this.autosave?.flush() ?? Promise.resolve();
  }

  /**
   * Keeps `files` as the own files of draft `id` (it started from a level opened with its recordings);
   * dropped when another draft was opened meanwhile (they are not that draft's).
   */
  keepFiles(id: string, files: DraftFiles): void {
    if (id !== this.id || files.size === 0) return;
    this.files = files;
    this.deps.repository.saveFiles(id, files).catch((error: unknown) => this.deps.say(t('editor.drafts.recordingsNotSaved', { reason: storageFailureInWords(error) })));
  }

  /** The saved drafts, or null after saying why they could not be listed. */
  async list(): Promise<DraftListEntry[] | null> {
    try {
      return await this.deps.repository.list();
    } catch (error) {
      this.deps.say(t('editor.drafts.notListed', { reason: storageFailureInWords(error) }));
      return null;
    }
  }

  /**
   * The saved draft `id` (null: the newest), with its files, asking first when another tab has it
   * open; null when there is none, the designer cancelled, or storage failed (said on the status line).
   */
  async find(id: string | null, list?: readonly DraftListEntry[]): Promise<DraftToOpen | null> {
    const drafts = list ?? (await this.list());
    if (drafts === null) return null;
    const found = drafts.find((e) => e.kind === 'draft' && (id === null || e.record.id === id));
    if (found?.kind !== 'draft') { if (id !== null) this.deps.say(t('editor.drafts.gone')); return null; }
    const { record } = found;
    if (this.isEditing(record.id)) { this.deps.say(t('editor.drafts.alreadyOpen', { name: record.name })); return null; }
    let files: Map<string, Uint8Array>;
    try {
      files = await this.deps.repository.loadFiles(record.id);
    } catch (error) {
      this.deps.say(t('editor.drafts.openedWithoutRecordings', { name: record.name, reason: storageFailureInWords(error) }));
      files = new Map();
    }
    if (await this.lock.claim(record.id)) return { record, files, access: 'saved' };
    const choice = await this.deps.askInUse(record.name);
    return choice === 'cancel' ? null : { record, files, access: choice };
  }

  /** Deletes a saved draft (and its files; `name` null: one that could not be read); false after saying why it could not. */
  async remove(id: string, name: string | null): Promise<boolean> {
    // A draft another tab is editing would come back with that tab's next write: it is theirs to delete.
    // (The draft this tab edits is claimed already, or its claim is on its way: asking again waits for it.)
    const ours = id === this.id && this.autosave !== null;
    if (!(await this.lock.claim(id))) {
      this.deps.say(name === null ? t('editor.delete.inOtherTabUnreadable') : t('editor.delete.inOtherTab', { name }));
      return false;
    }
    // The open draft being deleted stops saving first: a write after the delete would bring it back.
    const wasOpen = id === this.id && this.autosave !== null;
    if (wasOpen) { this.autosave?.destroy(); this.autosave = null; }
    try {
      await this.deps.repository.remove(id);
      this.channel?.post();
      if (!ours) this.lock.release(id);
      return true;
    } catch (error) {
      this.deps.say(name === null ? t('editor.delete.failedUnreadable', { reason: storageFailureInWords(error) }) : t('editor.delete.failed', { name, reason: storageFailureInWords(error) }));
      if (wasOpen && id === this.id) this.keepEditing(id, true);
      if (!ours) this.lock.release(id);
      return false;
    }
  }

  /** True when this tab edits draft `id` and holds its lock (not a read-only view, not a claim still pending). */
  private isEditing(id: string): boolean {
    return id === this.id && this.autosave !== null && this.lock.holds(id);
  }

  private keepEditing(id: string, isNew: boolean): void {
    // Opened drafts were claimed by find and new ids are nobody's, but a claim can still lose (another
    // tab took the draft in between): then this tab stops saving it and shows it read-only instead.
    void this.lock.claim(id).then((ours) => { if (!ours && this.id === id && this.autosave !== null) this.becomeReadOnly(); });
    this.autosave = new DraftAutosave(this.deps.store, this.deps.repository, { now: () => this.deps.now() }, id, () => { this.deps.onSaved(); this.channel?.post(); },
      (error) => this.deps.say(t('editor.drafts.notSaved', { reason: storageFailureInWords(error) })));
    if (isNew) { void this.autosave.flush(); if (this.files.size > 0) this.keepFiles(id, this.files); } else this.autosave.markSaved();
  }

  private becomeReadOnly(): void {
    this.autosave?.destroy();
    this.autosave = null;
    this.stopWatchingReadOnly = this.deps.store.onChange(() => this.copyOnFirstEdit());
    this.deps.say(t('editor.drafts.becameReadOnly', { name: draftName(this.deps.store.draft) }), true);
  }

  /** A read-only view was changed: the change goes into a new copy (the other tab keeps the original). */
  private copyOnFirstEdit(): void {
    this.stopWatchingReadOnly?.();
    this.stopWatchingReadOnly = null;
    const copyId = this.deps.newId();
    this.id = copyId;
    this.keepEditing(copyId, true);
    this.deps.say(t('editor.drafts.copiedOnEdit'));
  }
}

/** A title for a copy of a draft: "Bird song (copy)". */
export function copyOfDraft(draft: Draft): Draft {
  const title = typeof draft.title === 'string' && draft.title.trim() !== '' ? draft.title.trim() : t('editor.drafts.untitled');
  return { ...draft, title: t('editor.drafts.copyTitle', { title }) };
}

/** The recordings a level names that are its own (not Synaptica's "assets:" files), read from `source`. */
export async function ownFilesOf(levelData: unknown, source: AssetSource): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const loaded = loadLevel(levelData);
  if (!loaded.ok) return files;
  for (const path of levelAssetPaths(loaded.level)) if (!path.startsWith('assets:')) files.set(path, await source(path));
  return files;
}
