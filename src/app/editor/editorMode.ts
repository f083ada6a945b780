/**
 * The editor on the page: one draft store for the page's life (so "Back to editor" finds the same
 * draft and the same undo history), its autosave to IndexedDB, the editor view, and the way to the
 * game and back. `?editor` in the address opens it (lazyEditor.ts makes it on first use); Play runs
 * the draft in the game as a campaign level runs (intro, questions, stars) without saving progress.
 */
import { draftTrialCount } from '../../editor/quickCheck';
import type { Draft } from '../../editor/applyEdit';
import { DraftStore } from '../../editor/draftStore';
import { CoalescedRefresh } from '../../editor/drafts/coalescedRefresh';
import { MemoryDraftRepository } from '../../editor/drafts/memoryDraftRepository';
import type { DraftFiles, DraftRepository } from '../../editor/drafts/storedDraft';
import { draftFromLevel, LEVEL_TEMPLATES, templateByKey } from '../../editor/templates';
import { EditorView } from '../../ui/editor/editorView';
import { mountEditorRegions } from '../../ui/editor/viewRegions';
import type { LevelEntry } from '../levelCatalog';
import { loadedLevelFiles, type AssetSource } from '../../levels/loadedLevelFiles';
import { storageFailureInWords } from '../storage/editorDatabase';
import { newStorageId } from '../storage/newStorageId';
import { EditorDraftDb } from './editorDraftDb';
import { copyOfDraft, DraftKeeper, ownFilesOf, type DraftAccess } from './draftKeeper';
import { DraftInUseDialog } from './draftInUseDialog';
import { commitTypedField } from './typedFieldCommit';
import { draftExportActions } from './draftExports';
import { fetchLevelAsset } from '../levelAssetFetch';
import { DRAFT_SESSION_ID } from './draftSession';
import { PlayBar } from './playBar';
import { runQuickCheckInWorker } from './quickCheckClient';
import { t } from '../../i18n/messages';

export interface EditorModeDeps {
  /** The levels a draft may start from: the built-in ones and those opened from files or links ("Your levels"). */
  levels(): readonly LevelEntry[];
  /** Runs level data in the game as a preview (a campaign level's cards, questions and stars, nothing saved), with the files it names. */
  play(id: string, data: unknown, title: string, assets?: AssetSource): Promise<void>;
  /** Pauses the game (the editor covers it). */
  pauseGame(): void;
  /** The game's main element, hidden behind the editor. */
  readonly game: HTMLElement;
  /** The editor closed: the game shows its level, or its welcome when none was opened yet (a visit that began in the editor). */
  backToGame(): void;
}

export class EditorMode {
  readonly store = new DraftStore({});
  readonly view: EditorView;
  /** Which draft this tab keeps, its autosave and files, and every storage step (failures said in words). */
  private readonly keeper: DraftKeeper;
  /** Where the files of the draft's level come from when it started from a level opened with its own files. */
  private draftAssets: AssetSource | undefined;
  private readonly playBar: PlayBar;
  /** The latest saved draft is reopened the first time the editor opens (after a reload or a crash). */
  private resumed = false;
  /** The title of the draft last played (the play bar names it). */
  private playedTitle = '';
  /** Where the editor was when Play was pressed (a section and its place on screen): "Back to editor" returns there. */
  private placeBeforePlay: { id: string; topPx: number } | null = null;
  private readonly draftListRefresh = new CoalescedRefresh(() => this.listDrafts(), () => this.view.shown);

  private constructor(private readonly deps: EditorModeDeps, private readonly repository: DraftRepository, storageWarning: string | null) {
    this.view = new EditorView({
      store: this.store,
      start: {
        templates: LEVEL_TEMPLATES.map(({ key, title, summary }) => ({ key, title, summary })),
        levels: deps.levels().map((l) => ({ id: l.id, title: l.title })),
      },
      startHandlers: {
        onTemplate: (key) => { const template = templateByKey(key); if (template) this.openDraft(template.create(), null, t('editor.open.fromTemplate', { title: template.title })); },
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
    const inUse = new DraftInUseDialog();
    this.keeper = new DraftKeeper({ store: this.store, repository, say: (text, lasting) => this.view.say(text, lasting), onSaved: () => void this.refreshDrafts(),
      askInUse: (name) => inUse.ask(name), newId: newStorageId, now: () => Date.now() });
    if (storageWarning !== null) this.view.say(storageWarning, true);
    // Leaving or hiding the page: what was typed in a field is committed, and the newest draft written at once.
    const leave = (): void => { if (this.view.shown) commitTypedField(this.view.root); void this.keeper.flush(); };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') leave(); });
  }

  private get draftId(): string | null { return this.keeper.draftId; }

  static async create(deps: EditorModeDeps): Promise<EditorMode> {
    try {
      return new EditorMode(deps, await EditorDraftDb.open(), null);
    } catch (error) {
      return new EditorMode(deps, new MemoryDraftRepository(), t('editor.drafts.cannotKeep', { reason: storageFailureInWords(error) }));
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
    const listed = this.resumed ? this.refreshDrafts() : this.resumeLatest();
    this.resumed = true;
    const place = this.draftId === null ? null : this.placeBeforePlay;
    this.placeBeforePlay = null;
    if (place === null) {
      document.getElementById(this.draftId === null ? 'ed-start-title' : 'ed-undo')?.scrollIntoView({ block: 'start' });
      return;
    }
    // Back from playing: where the designer was (again once the draft list above has been redrawn),
    // with the Play button they pressed focused.
    returnTo(place);
    void listed.then(() => returnTo(place));
    document.getElementById('ed-play')?.focus({ preventScroll: true });
  }

  /** The page started a level: the play bar shows while the draft plays (also when picked again in the level menu). */
  levelStarted(id: string): void {
    if (this.view.shown) return;
    this.playBar.setShown(id === DRAFT_SESSION_ID, this.playedTitle, false);
  }

  /** Back to the game. */
  hide(): void {
    void this.keeper.flush();
    this.view.setShown(false);
    this.deps.game.hidden = false;
    const url = new URL(window.location.href);
    url.searchParams.delete('editor');
    window.history.replaceState(null, '', url);
    document.getElementById('campaign-open')?.focus();
    this.deps.backToGame();
  }

  get shown(): boolean { return this.view.shown; }

  private openDraft(draft: Draft, savedId: string | null, message: string, files: DraftFiles = new Map(), access: DraftAccess = savedId === null ? 'new' : 'saved'): void {
    // The draft being left keeps its last edits: ending takes its content now, before the store changes.
    // Reopening the draft this tab keeps does not end it: ending frees its lock, and the browser frees a
    // lock a moment later, so claiming it again at once would find it taken (by this very tab).
    if (savedId === null || savedId !== this.draftId) this.keeper.end();
    this.draftAssets = files.size > 0 ? loadedLevelFiles(files, fetchLevelAsset) : undefined;
    this.store.replaceDraft(draft);
    this.keeper.begin(savedId ?? newStorageId(), access, files);
    this.view.setHasDraft(true);
    this.view.suggestCheckTrials(draftTrialCount(draft) ?? 50);
    this.view.validateNow();
    // A read-only draft's line is a state the designer must keep seeing, not news of one action.
    this.view.say(message, access === 'read-only');
    document.getElementById('ed-sec-level-title')?.scrollIntoView({ block: 'start' });
    document.getElementById('ed-f-title')?.focus({ preventScroll: true });
  }

  private async startFromLevel(id: string): Promise<void> {
    const entry = this.deps.levels().find((l) => l.id === id);
    if (!entry) return;
    let data: unknown;
    try { data = await entry.load(); } catch (error) { this.view.say(t('editor.open.levelUnreadable', { title: entry.title, reason: storageFailureInWords(error) })); return; }
    this.openDraft(draftFromLevel(data), null, t('editor.open.copyOfLevel', { title: entry.title }));
    const draftId = this.draftId;
    // A level opened with its own recordings keeps them for Play (a built-in level's come from the page), and the draft keeps them in storage.
    this.draftAssets = entry.assets;
    if (entry.assets) ownFilesOf(data, entry.assets).then((files) => { if (draftId !== null) this.keeper.keepFiles(draftId, files); }, (error: unknown) => this.view.say(t('editor.open.recordingsUnreadable', { reason: storageFailureInWords(error) })));
  }

  private async openSaved(id: string): Promise<void> {
    const found = await this.keeper.find(id);
    if (found !== null) this.openFound(found, t('editor.open.draft', { name: found.record.name }));
  }

  /** Opens a saved draft as the keeper allows: for editing, as a copy, or read-only (another tab edits it). */
  private openFound({ record, files, access }: NonNullable<Awaited<ReturnType<DraftKeeper['find']>>>, message: string): void {
    if (access === 'copy') this.openDraft(copyOfDraft(record.draft), null, t('editor.open.copyOfDraft', { name: record.name }), files);
    else if (access === 'read-only') this.openDraft(record.draft, record.id, t('editor.open.readOnly', { name: record.name }), files, 'read-only');
    else this.openDraft(record.draft, record.id, message, files);
  }

  /** `name` is null for a draft that could not be read. */
  private async deleteDraft(id: string, name: string | null): Promise<void> {
    if (!window.confirm(name === null ? t('editor.delete.confirmUnreadable') : t('editor.delete.confirm', { name }))) return;
    if (!(await this.keeper.remove(id, name))) return;
    if (id === this.draftId) { this.keeper.end(); this.view.setHasDraft(false); }
    this.view.say(name === null ? t('editor.delete.doneUnreadable') : t('editor.delete.done', { name }));
    await this.refreshDrafts();
  }

  /** Redraws the draft list; every write in every tab asks, so reads run one at a time and only while the editor shows. */
  private refreshDrafts(): Promise<void> {
    return this.draftListRefresh.request();
  }

  private async listDrafts(): Promise<void> {
    const list = await this.keeper.list();
    if (list !== null) this.view.startPanel.setDrafts(list, this.draftId, Date.now());
  }

  /** The most recent draft, reopened when the page opens the editor (after a reload or a crash). */
  async resumeLatest(): Promise<void> {
    const list = (await this.keeper.list()) ?? [];
    const latest = await this.keeper.find(null, list);
    if (latest !== null) this.openFound(latest, t('editor.open.welcomeBack', { name: latest.record.name }));
    else {
      this.view.setHasDraft(false);
      document.querySelector<HTMLElement>('.ed-template-button')?.focus();
    }
    this.view.startPanel.setDrafts(list, this.draftId, Date.now());
  }

  /**
   * Runs the draft in the game as a campaign level runs (its intro card, questions, objectives and
   * stars: the designer previews the lesson they wrote); its record lives in memory only, so no
   * progress is saved. The editor keeps everything for "Back to editor".
   */
  private async play(): Promise<void> {
    this.view.validateNow();
    if (this.store.allProblems.length > 0) { this.view.say(t('editor.play.fixFirst')); return; }
    await this.keeper.flush();
    this.placeBeforePlay = placeOnScreen();
    this.view.setShown(false);
    this.deps.game.hidden = false;
    this.playedTitle = typeof this.store.draft.title === 'string' && this.store.draft.title.trim() !== '' ? this.store.draft.title : t('editor.drafts.untitled');
    this.playBar.setShown(true, this.playedTitle);
    await this.deps.play(DRAFT_SESSION_ID, structuredClone(this.store.draft), this.playedTitle, this.draftAssets);
  }
}

/** The editor's section at the top of the screen and where it is: a place that survives the lists above it changing. */
function placeOnScreen(): { id: string; topPx: number } | null {
  for (const section of document.querySelectorAll<HTMLElement>('#editor-view [id^="ed-sec-"]')) {
    const box = section.getBoundingClientRect();
    if (box.bottom > 0) return { id: section.id, topPx: box.top };
  }
  return null;
}

function returnTo(place: { id: string; topPx: number } | null): void {
  const section = place === null ? null : document.getElementById(place.id);
  if (place !== null && section !== null) window.scrollBy(0, section.getBoundingClientRect().top - place.topPx);
}
