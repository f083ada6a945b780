/**
 * The level editor's page: a toolbar (editorToolbar.ts), where to start (templates, levels, saved
 * drafts), the problems list, one section per part of the level with forms generated
 * from the schema (and the regions where the network drawing and the timeline go), the quick check
 * and the exports. It reads the draft store and changes the draft only through its edits; the page
 * (src/app/editor) gives it storage, play, the worker and the codecs.
 */
import { keepFocusAndTyping } from './keepFocusAndTyping';
import type { DraftStore } from '../../editor/draftStore';
import type { DraftPath } from '../../editor/draftEdit';
import { DraftEditError } from '../../editor/applyEdit';
import { planRename } from '../../editor/renameId';
import { renamedMessage } from './renamedMessage';
import { copyParts, pasteEdit, type ClipboardContent } from '../../editor/clipboard';
import { EditorClipboard } from './editorClipboard';
import { EditorToolbar } from './editorToolbar';
import { element } from './fieldControls';
import type { FormContext } from './formContext';
import { SectionForms } from './sectionForms';
import { ProblemsPanel } from './problemsPanel';
import { StartPanel, type StartChoices, type StartHandlers } from './startPanel';
import { CheckPanel } from './checkPanel';
import { ExportPanel, type ExportAction } from './exportPanel';
import { editorUndoKey } from './undoKeys';
import { sectionLinks } from './sectionLinks';
import type { QuickCheckResult } from '../../editor/quickCheck';
import './editor.css';
import { t } from '../../i18n/messages';

export interface EditorViewDeps {
  readonly store: DraftStore;
  readonly start: StartChoices;
  readonly startHandlers: StartHandlers;
  onPlay(): void;
  onClose(): void;
  runCheck(trials: number): Promise<QuickCheckResult>;
  readonly exports: readonly ExportAction[];
  /** Mounts the drawings of the network and the timeline into their regions (see viewRegions.ts); `onSelect` opens a picked item's fields. */
  mountRegions(network: HTMLElement, timeline: HTMLElement, onSelect: (path: DraftPath) => void): void;
}

/** How long validation waits after the last edit (typing stays fast on a large level). */
const VALIDATE_DELAY_MS = 250;

export class EditorView {
  readonly root = element('section', 'editor-view');
  readonly startPanel: StartPanel;
  private readonly problems: ProblemsPanel;
  private readonly check: CheckPanel;
  private readonly exportPanel: ExportPanel;
  private readonly toolbar: EditorToolbar;
  private readonly clipboard: EditorClipboard;
  private readonly sections: SectionForms;
  private validateTimer: ReturnType<typeof setTimeout> | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private hasDraft = false;
  /** Whether the status line still tells of an action before the latest edit (cleared then, so it never describes an older step). */
  private statusIsStale = false;
  private statusIsLasting = false;
  /** A list item just added: the render after the edit takes the keyboard to its first field. */
  private focusAfterRender: DraftPath | null = null;
  private readonly ctx: FormContext;

  constructor(private readonly deps: EditorViewDeps) {
    const { store } = deps;
    this.root.id = 'editor-view';
    this.root.hidden = true;
    this.root.setAttribute('aria-labelledby', 'editor-title');
    this.sections = new SectionForms((network, timeline) => deps.mountRegions(network, timeline, (path) => this.reveal(path)));
    this.ctx = {
      editor: store,
      apply: (edit, label) => this.apply(() => store.apply(edit, label), label),
      rename: (collection, index, newId) => this.rename(collection, index, newId),
      copy: (collection, index) => this.copy(collection, index),
      paste: () => this.paste(),
      say: (text) => this.say(text),
      openItems: this.sections.openItems,
      focusAfterRender: (path) => { this.focusAfterRender = path; },
    };
    this.toolbar = new EditorToolbar({ undo: () => this.undoRedo('undo'), redo: () => this.undoRedo('redo'), play: () => deps.onPlay(), close: () => deps.onClose() });
    this.clipboard = new EditorClipboard(this.root, (content) => this.paste(content));
    this.startPanel = new StartPanel(deps.start, deps.startHandlers);
    this.problems = new ProblemsPanel((path) => this.goTo(path));
    this.check = new CheckPanel((trials) => deps.runCheck(trials));
    this.exportPanel = new ExportPanel(deps.exports);
    this.root.append(this.toolbar.element, sectionLinks(), this.startPanel.element, this.problems.element, this.sections.element, this.check.element, this.exportPanel.element);
    store.onChange(() => this.changed());
    document.addEventListener('keydown', (event) => { if (this.shown) { this.onKey(event); this.clipboard.onKey(event); } });
    this.refresh();
  }

  /** Shows or hides the editor (the game's page is made inert behind it). */
  setShown(shown: boolean): void { this.root.hidden = !shown; }

  get shown(): boolean { return !this.root.hidden; }

  /** Whether a draft is open (without one, only the start panel is shown). */
  setHasDraft(hasDraft: boolean): void {
    this.hasDraft = hasDraft;
    this.startPanel.setFolded(hasDraft);
    this.refresh();
  }

  /** Sets the quick check's trials to the draft's own count (after a draft is opened). */
  suggestCheckTrials(trials: number): void { this.check.setSuggestedTrials(trials); }

  /** Says `text` on the status line; a `lasting` message (a state, not an action) stays through later edits. */
  say(text: string, lasting = false): void {
    this.toolbar.status.textContent = text;
    this.statusIsLasting = lasting;
    this.statusIsStale = false;
  }

  /** Runs an edit; a refused one (DraftEditError) is said in words. True when it was applied. */
  private apply(run: () => void, label: string): boolean {
    try {
      run();
      return true;
    } catch (error) {
      if (!(error instanceof DraftEditError)) throw error;
      this.say(t('editor.edit.refused', { edit: label, reason: error.message }));
      return false;
    }
  }

  private rename(collection: Parameters<FormContext['rename']>[0], index: number, newId: string): void {
    const plan = planRename(this.deps.store.draft, collection, index, newId);
    if (plan.refusal !== null) { this.say(t('editor.rename.refused', { reason: plan.refusal })); this.refresh(); return; }
    const label = t('editor.undo.rename', { id: newId });
    if (this.apply(() => this.deps.store.apply(plan.edit, label), label)) this.say(renamedMessage(newId, plan));
  }

  private copy(collection: 'populations' | 'projections', index: number): void {
    const content = copyParts(this.deps.store.draft, collection === 'populations' ? [index] : [], collection === 'projections' ? [index] : []);
    this.clipboard.copy(content);
    this.say(t('editor.clipboard.copied'));
    this.refresh();
  }

  /** Pastes what the editor copied (from this page, or as text from another tab). */
  paste(content: ClipboardContent | null = this.clipboard.copied): void {
    if (content === null || content.populations.length + content.projections.length === 0) { this.say(t('editor.clipboard.nothing')); return; }
    const count = content.populations.length + content.projections.length;
    const label = t('editor.undo.paste', { count });
    if (this.apply(() => this.deps.store.apply(pasteEdit(this.deps.store.draft, content), label), label)) this.say(t('editor.clipboard.pasted', { count }));
  }

  private onKey(event: KeyboardEvent): void {
    const action = editorUndoKey(event);
    if (action === null) return;
    event.preventDefault();
    this.undoRedo(action);
  }

  private undoRedo(action: 'undo' | 'redo'): void {
    const { store } = this.deps;
    const label = action === 'undo' ? store.undoLabel : store.redoLabel;
    let done: boolean;
    try {
      done = action === 'undo' ? store.undo() : store.redo();
    } catch (error) {
      if (!(error instanceof DraftEditError)) throw error;
      // The draft is as it was; the step that cannot be taken leaves the history so the steps below it still work.
      store.dropFailedStep(action);
      this.say(t(`editor.history.${action}Failed`, { edit: label ?? '', reason: error.message }));
      return;
    }
    this.say(done ? t(`editor.history.${action}Done`, { edit: label ?? '' }) : t(`editor.toolbar.${action}Nothing`));
  }

  /** Opens the list items down to a path (an item picked in a drawing), leaving the keyboard where it is. */
  reveal(path: DraftPath): void {
    if (this.sections.open(path)) this.refresh();
  }

  /** Takes the keyboard to the field of a path (the nearest one shown), opening list items on the way. */
  goTo(path: DraftPath): void {
    this.sections.open(path);
    this.refresh();
    this.sections.focus(path);
  }

  private changed(): void {
    if (this.validateTimer !== null) clearTimeout(this.validateTimer);
    this.validateTimer = setTimeout(() => {
      this.validateTimer = null;
      this.deps.store.validate();
      this.refresh();
    }, VALIDATE_DELAY_MS);
    // An edit that says nothing of itself (the undo button names it) clears a line about an earlier action.
    this.statusIsStale = true;
    // After the event that made the change: a value commits on "change", which fires before Tab moves
    // the focus, and rebuilding the form then would lose the place Tab moves from.
    if (this.refreshTimer === null) {
      this.refreshTimer = setTimeout(() => {
        this.refreshTimer = null;
        if (this.statusIsStale && !this.statusIsLasting) this.toolbar.status.textContent = '';
        this.refresh();
      }, 0);
    }
  }

  /** Validates at once (before Play, and when a draft is opened). */
  validateNow(): void {
    if (this.validateTimer !== null) { clearTimeout(this.validateTimer); this.validateTimer = null; }
    this.deps.store.validate();
    this.refresh();
  }

  /** Re-renders the forms from the draft, keeping the keyboard where it was. */
  refresh(): void {
    const { store } = this.deps;
    const restoreFocus = keepFocusAndTyping(this.root);
    const current = store.validationIsCurrent;
    const problems = store.allProblems;
    const reason = !this.hasDraft ? t('editor.play.startFirst') : !current ? null : problems.length > 0 ? t('editor.play.fixCount', { count: problems.length }) : null;
    this.toolbar.update(store.undoLabel, store.redoLabel, reason);
    this.check.setRunnable(reason);
    this.exportPanel.setEnabled(this.hasDraft ? null : t('editor.play.startFirst'));
    this.problems.element.hidden = !this.hasDraft;
    this.sections.element.hidden = !this.hasDraft;
    this.check.element.hidden = !this.hasDraft;
    this.exportPanel.element.hidden = !this.hasDraft;
    if (!this.hasDraft) return;
    this.problems.show(problems, !current);
    this.sections.render(store.draft, this.ctx);
    restoreFocus();
    const added = this.focusAfterRender;
    this.focusAfterRender = null;
    if (added !== null && !this.sections.focusItem(added)) this.sections.focus(added);
  }
}
