/**
 * The editor on the page: one draft store for the page's life (so "Back to editor" finds the same
 * draft and the same undo history), its autosave to IndexedDB, the editor view, and the way to the
 * game and back. `?editor` in the address opens it; Play runs the draft in the game as free play.
 */
import { draftTrialCount } from '../../editor/quickCheck';
import type { Draft } from '../../editor/applyEdit';
import { DraftStore } from '../../editor/draftStore';
import { DraftAutosave } from '../../editor/drafts/draftAutosave';
import { MemoryDraftRepository } from '../../editor/drafts/memoryDraftRepository';
import type { DraftRepository } from '../../editor/drafts/storedDraft';
import { draftFromLevel, LEVEL_TEMPLATES, templateByKey } from '../../editor/templates';
import { EditorView } from '../../ui/editor/editorView';
import { mountEditorRegions } from '../../ui/editor/viewRegions';
import type { LevelEntry } from '../levelCatalog';
import type { AssetSource } from '../../levels/loadedLevelFiles';
import { EditorDraftDb } from './editorDraftDb';
import { draftExportActions } from './draftExports';
import { fetchLevelAsset } from '../levelAssetFetch';
import { PlayBar } from './playBar';
import { runQuickCheckInWorker } from './quickCheckClient';

export interface EditorModeDeps {
  /** The levels a draft may start from: the built-in ones and those opened from files or links ("Your levels"). */
  levels(): readonly LevelEntry[];
  /** Runs level data in the game (free play), with the files it names. */
  play(id: string, data: unknown, assets?: AssetSource): Promise<void>;
  /** Pauses the game (the editor covers it). */
  pauseGame(): void;
  /** The game's main element, hidden behind the editor. */
  readonly game: HTMLElement;
}

/** The session id a played draft runs under (never a built-in level's id, so no progress mixes in). */
export const DRAFT_SESSION_ID = 'editor-draft';

export class EditorMode {
  readonly store = new DraftStore({});
  readonly view: EditorView;
  private autosave: DraftAutosave | null = null;
  private draftId: string | null = null;
  /** Where the files of the draft's level come from when it started from a level opened with its own files. */
  private draftAssets: AssetSource | undefined;
  private readonly playBar: PlayBar;
  /** The latest saved draft is reopened the first time the editor opens (after a reload or a crash). */
  private resumed = false;

  private constructor(private readonly deps: EditorModeDeps, private readonly repository: DraftRepository, storageWarning: string | null) {
    this.view = new EditorView({
      store: this.store,
      start: {
        templates: LEVEL_TEMPLATES.map(({ key, title, summary }) => ({ key, title, summary })),
        levels: deps.levels().map((l) => ({ id: l.id, title: l.title })),
      },
      startHandlers: {
        onTemplate: (key) => { const t = templateByKey(key); if (t) this.openDraft(t.create(), null, `New level from the template "${t.title}".`); },
        onLevel: (id) => void this.startFromLevel(id),
        onDraft: (id) => void this.openSaved(id),
        onDeleteDraft: (id, name) => void this.deleteDraft(id, name),
      },
      onPlay: () => void this.play(),
      onClose: () => this.hide(),
      runCheck: (trials) => runQuickCheckInWorker(this.store.draft, trials, this.draftAssets ?? fetchLevelAsset),
      exports: draftExportActions(() => this.store.draft, () => this.draftAssets ?? fetchLevelAsset),
      mountRegions: (network, timeline, onSelect) => void mountEditorRegions(network, timeline, this.store, onSelect),
    });
    document.body.append(this.view.root);
    this.playBar = new PlayBar(deps.game, () => this.show());
    if (storageWarning !== null) this.view.say(storageWarning);
    window.addEventListener('pagehide', () => void this.autosave?.flush());
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') void this.autosave?.flush(); });
  }

  static async create(deps: EditorModeDeps): Promise<EditorMode> {
    try {
      return new EditorMode(deps, await EditorDraftDb.open(), null);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return new EditorMode(deps, new MemoryDraftRepository(), `Drafts cannot be saved in this browser (${reason}): export your level before you leave.`);
    }
  }

  /** Shows the editor over the game (and says so in the address: ?editor). */
  show(): void {
    this.deps.pauseGame();
    this.deps.game.hidden = true;
    this.view.setShown(true);
    this.playBar.setShown(false);
    const url = new URL(window.location.href);
    url.searchParams.set('editor', '');
    url.searchParams.delete('level');
    window.history.replaceState(null, '', url.toString().replace(/editor=(&|$)/, 'editor$1'));
    this.view.startPanel.setLevels(this.deps.levels().map((l) => ({ id: l.id, title: l.title })));
    if (!this.resumed) { this.resumed = true; void this.resumeLatest(); } else void this.refreshDrafts();
    document.getElementById(this.draftId === null ? 'ed-start-title' : 'ed-undo')?.scrollIntoView({ block: 'start' });
  }

  /** Back to the game. */
  hide(): void {
    void this.autosave?.flush();
    this.view.setShown(false);
    this.deps.game.hidden = false;
    const url = new URL(window.location.href);
    url.searchParams.delete('editor');
    window.history.replaceState(null, '', url);
    document.getElementById('campaign-open')?.focus();
  }

  get shown(): boolean { return this.view.shown; }

  private openDraft(draft: Draft, savedId: string | null, message: string): void {
    // The draft being left keeps its last edits: flush takes its content now, before the store changes.
    void this.autosave?.flush();
    this.autosave?.destroy();
    this.draftAssets = undefined;
    this.draftId = savedId ?? crypto.randomUUID();
    this.store.replaceDraft(draft);
    this.autosave = new DraftAutosave(this.store, this.repository, { now: () => Date.now(), setTimer: (f, ms) => setTimeout(f, ms), clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
      this.draftId, () => void this.refreshDrafts(), (error) => this.view.say(`Could not save the draft: ${error instanceof Error ? error.message : String(error)}`));
    if (savedId === null) void this.autosave.flush(); else this.autosave.markSaved();
    this.view.setHasDraft(true);
    this.view.suggestCheckTrials(draftTrialCount(draft) ?? 50);
    this.view.validateNow();
    this.view.say(message);
    document.getElementById('ed-sec-level-title')?.scrollIntoView({ block: 'start' });
    document.getElementById('ed-f-title')?.focus({ preventScroll: true });
  }

  private async startFromLevel(id: string): Promise<void> {
    const entry = this.deps.levels().find((l) => l.id === id);
    if (!entry) return;
    this.openDraft(draftFromLevel(await entry.load()), null, `Editing a copy of "${entry.title}".`);
    // A level opened with its own recordings keeps them for Play (a built-in level's come from the page).
    this.draftAssets = entry.assets;
  }

  private async openSaved(id: string): Promise<void> {
    const list = await this.repository.list();
    const found = list.find((e) => e.kind === 'draft' && e.record.id === id);
    if (found?.kind !== 'draft') { this.view.say('That draft is no longer saved.'); return; }
    this.openDraft(found.record.draft, id, `Opened your draft "${found.record.name}".`);
  }

  private async deleteDraft(id: string, name: string): Promise<void> {
    if (!window.confirm(`Delete ${name === 'the unreadable draft' ? name : `the draft "${name}"`}? This cannot be undone.`)) return;
    await this.repository.remove(id);
    if (id === this.draftId) { this.autosave?.destroy(); this.autosave = null; this.draftId = null; this.view.setHasDraft(false); }
    this.view.say(`Deleted ${name === 'the unreadable draft' ? name : `"${name}"`}.`);
    await this.refreshDrafts();
  }

  private async refreshDrafts(): Promise<void> {
    try {
      this.view.startPanel.setDrafts(await this.repository.list(), this.draftId, Date.now());
    } catch (error) {
      this.view.say(`Your drafts could not be listed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The most recent draft, reopened when the page opens the editor (after a reload or a crash). */
  async resumeLatest(): Promise<void> {
    const list = await this.repository.list();
    const latest = list.find((e) => e.kind === 'draft');
    if (latest?.kind === 'draft') this.openDraft(latest.record.draft, latest.record.id, `Welcome back: your draft "${latest.record.name}" is open.`);
    else {
      this.view.setHasDraft(false);
      document.querySelector<HTMLElement>('.ed-template-button')?.focus();
    }
    this.view.startPanel.setDrafts(list, this.draftId, Date.now());
  }

  /** Runs the draft in the game; the editor keeps everything for "Back to editor". */
  private async play(): Promise<void> {
    this.view.validateNow();
    if (this.store.allProblems.length > 0) { this.view.say('Fix the problems listed first: a level that does not validate cannot be played.'); return; }
    await this.autosave?.flush();
    this.view.setShown(false);
    this.deps.game.hidden = false;
    const title = typeof this.store.draft.title === 'string' ? this.store.draft.title : 'your level';
    this.playBar.setShown(true, title);
    await this.deps.play(DRAFT_SESSION_ID, structuredClone(this.store.draft), this.draftAssets);
  }
}
