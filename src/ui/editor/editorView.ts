/**
 * The level editor's page: a toolbar (undo, redo, play, back to the game), where to start (templates,
 * levels, saved drafts), the problems list, one section per part of the level with forms generated
 * from the schema (and the regions where the network drawing and the timeline go), the quick check
 * and the exports. It reads the draft store and changes the draft only through its edits; the page
 * (src/app/editor) gives it storage, play, the worker and the codecs.
 */
import { keepFocusAndTyping } from './keepFocusAndTyping';
import type { DraftStore } from '../../editor/draftStore';
import type { DraftPath } from '../../editor/draftEdit';
import { DraftEditError } from '../../editor/applyEdit';
import { planRename } from '../../editor/renameId';
import { copyParts, clipboardText, parseClipboardText, pasteEdit, type ClipboardContent } from '../../editor/clipboard';
import { formAt } from '../../editor/formAt';
import { levelSchema } from '../../levels/schema/level';
import { sectionsWithMore } from './editorSections';
import { element } from './fieldControls';
import { fieldId, pathKey } from './fieldIds';
import type { FormContext } from './formContext';
import { renderNode } from './formRenderer';
import { ProblemsPanel } from './problemsPanel';
import { StartPanel, type StartChoices, type StartHandlers } from './startPanel';
import { CheckPanel } from './checkPanel';
import { ExportPanel, type ExportAction } from './exportPanel';
import { undoRedoKey } from './undoKeys';
import { sectionLinks } from './sectionLinks';
import type { QuickCheckResult } from '../../editor/quickCheck';
import './editor.css';

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
  private readonly undoButton = element('button', 'button', 'Undo');
  private readonly redoButton = element('button', 'button', 'Redo');
  private readonly playButton = element('button', 'button ed-play', 'Play');
  private readonly playReason = element('span', 'ed-help ed-play-reason');
  private readonly status = element('p', 'ed-status-line');
  private readonly sectionBodies = new Map<string, HTMLElement>();
  private readonly sectionsBox = element('div', 'ed-sections');
  private readonly openItems = new Set<string>();
  private clipboard: ClipboardContent | null = null;
  private validateTimer: ReturnType<typeof setTimeout> | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private hasDraft = false;
  private readonly ctx: FormContext;

  constructor(private readonly deps: EditorViewDeps) {
    const { store } = deps;
    this.root.id = 'editor-view';
    this.root.hidden = true;
    this.root.setAttribute('aria-labelledby', 'editor-title');
    this.ctx = {
      editor: store,
      apply: (edit, label) => this.apply(() => store.apply(edit, label), label),
      rename: (collection, index, newId) => this.rename(collection, index, newId),
      copy: (collection, index) => this.copy(collection, index),
      paste: () => this.paste(),
      say: (text) => this.say(text),
      openItems: this.openItems,
    };
    this.startPanel = new StartPanel(deps.start, deps.startHandlers);
    this.problems = new ProblemsPanel((path) => this.goTo(path));
    this.check = new CheckPanel((trials) => deps.runCheck(trials));
    this.exportPanel = new ExportPanel(deps.exports);
    this.root.append(this.header(), sectionLinks(), this.startPanel.element, this.problems.element, this.sectionsBox, this.check.element, this.exportPanel.element);
    this.buildSections();
    store.onChange(() => this.changed());
    document.addEventListener('keydown', (event) => { if (this.shown) this.onKey(event); });
    this.root.addEventListener('paste', (event) => this.onPaste(event));
    this.refresh();
  }

  private header(): HTMLElement {
    const header = element('header', 'ed-header');
    const title = element('h1', undefined, 'Level editor');
    title.id = 'editor-title';
    const bar = element('div', 'ed-toolbar');
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Editor');
    for (const [b, id, keys, onClick] of [
      [this.undoButton, 'ed-undo', 'Control+Z', () => this.undoRedo('undo')],
      [this.redoButton, 'ed-redo', 'Control+Shift+Z Control+Y', () => this.undoRedo('redo')],
      [this.playButton, 'ed-play', '', () => this.deps.onPlay()],
    ] as const) {
      b.type = 'button';
      b.id = id;
      if (keys !== '') b.setAttribute('aria-keyshortcuts', keys);
      b.addEventListener('click', onClick);
      bar.append(b);
    }
    this.playReason.id = 'ed-play-reason';
    this.playButton.setAttribute('aria-describedby', this.playReason.id);
    const close = element('button', 'button', 'Back to the game');
    close.type = 'button';
    close.id = 'ed-close';
    close.addEventListener('click', () => this.deps.onClose());
    bar.append(this.playReason, close);
    this.status.id = 'ed-status';
    this.status.setAttribute('role', 'status');
    header.append(title, bar, this.status);
    return header;
  }

  private buildSections(): void {
    let network: HTMLElement | null = null;
    let timeline: HTMLElement | null = null;
    for (const section of sectionsWithMore(Object.keys(levelSchema.shape))) {
      const box = element('section', 'ed-panel ed-section');
      box.id = `ed-sec-${section.id}`;
      box.setAttribute('aria-labelledby', `${box.id}-title`);
      const title = element('h2', undefined, section.title);
      title.id = `${box.id}-title`;
      box.append(title, element('p', 'ed-help', section.intro));
      if ('region' in section && section.region !== undefined) {
        // ── Region for the editor views (src/ui/editor/canvas and timeline): mounted by mountRegions. ──
        const region = element('div', 'ed-region');
        region.id = `ed-region-${section.region}`;
        region.dataset.region = section.region;
        box.append(region);
        if (section.region === 'network') network = region; else timeline = region;
      }
      const body = element('div', 'ed-section-body');
      this.sectionBodies.set(section.id, body);
      box.append(body);
      this.sectionsBox.append(box);
    }
    if (network !== null && timeline !== null) this.deps.mountRegions(network, timeline, (path) => this.reveal(path));
  }

  /** Shows or hides the editor (the game's page is made inert behind it). */
  setShown(shown: boolean): void {
    this.root.hidden = !shown;
  }

  get shown(): boolean { return !this.root.hidden; }

  /** Whether a draft is open (without one, only the start panel is shown). */
  setHasDraft(hasDraft: boolean): void {
    this.hasDraft = hasDraft;
    this.startPanel.setFolded(hasDraft);
    this.refresh();
  }

  /** Sets the quick check's trials to the draft's own count (after a draft is opened). */
  suggestCheckTrials(trials: number): void { this.check.setSuggestedTrials(trials); }

  say(text: string): void {
    this.status.textContent = text;
  }

  private apply(run: () => void, label: string): void {
    try {
      run();
    } catch (error) {
      if (!(error instanceof DraftEditError)) throw error;
      this.say(`${label}: ${error.message}`);
    }
  }

  private rename(collection: Parameters<FormContext['rename']>[0], index: number, newId: string): void {
    const plan = planRename(this.deps.store.draft, collection, index, newId);
    if (plan.refusal !== null) { this.say(`Not renamed: ${plan.refusal}.`); this.refresh(); return; }
    this.apply(() => this.deps.store.apply(plan.edit, `Rename to ${newId}`), `Rename to ${newId}`);
    const updated = plan.updated.length;
    this.say(`Renamed to "${newId}"${updated > 0 ? ` and ${updated} reference${updated === 1 ? '' : 's'} with it` : ''}.${plan.remaining.length > 0
      ? ` Still names the old id: ${plan.remaining.map((p) => p.join('.')).join(', ')}.` : ''}`);
  }

  private copy(collection: 'populations' | 'projections', index: number): void {
    const content = copyParts(this.deps.store.draft, collection === 'populations' ? [index] : [], collection === 'projections' ? [index] : []);
    this.clipboard = content;
    void navigator.clipboard?.writeText(clipboardText(content)).catch(() => undefined);
    this.say('Copied. Paste with Ctrl+V (or the Paste button) to add a copy.');
    this.refresh();
  }

  /** Pastes what the editor copied (from this page, or as text from another tab). */
  paste(content: ClipboardContent | null = this.clipboard): void {
    if (content === null || content.populations.length + content.projections.length === 0) { this.say('Nothing to paste: copy a population or projection first.'); return; }
    const count = content.populations.length + content.projections.length;
    this.ctx.apply(pasteEdit(this.deps.store.draft, content), `Paste ${count} item${count === 1 ? '' : 's'}`);
    this.say(`Pasted ${count} item${count === 1 ? '' : 's'} at the end of the list.`);
  }

  private onPaste(event: ClipboardEvent): void {
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select') !== null && target?.closest('input, textarea, select') !== undefined) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const content = parseClipboardText(text);
    if (content === null) return;
    event.preventDefault();
    this.paste(content);
  }

  private onKey(event: KeyboardEvent): void {
    const action = undoRedoKey(event);
    if (action === null) return;
    const active = document.activeElement;
    // A field being typed in keeps the browser's own undo of the typing.
    if ((active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && active.value !== active.defaultValue) return;
    event.preventDefault();
    this.undoRedo(action);
  }

  private undoRedo(action: 'undo' | 'redo'): void {
    const { store } = this.deps;
    const label = action === 'undo' ? store.undoLabel : store.redoLabel;
    const done = action === 'undo' ? store.undo() : store.redo();
    this.say(done ? `${action === 'undo' ? 'Undone' : 'Redone'}: ${label}` : `Nothing to ${action}`);
  }

  /** Opens the list items down to a path (an item picked in a drawing), leaving the keyboard where it is. */
  reveal(path: DraftPath): void {
    let opened = false;
    for (let length = 1; length <= path.length; length++) {
      const key = pathKey(path.slice(0, length));
      if (!this.openItems.has(key)) { this.openItems.add(key); opened = true; }
    }
    if (opened) this.refresh();
  }

  /** Takes the keyboard to the field of a path (the nearest one shown), opening list items on the way. */
  goTo(path: DraftPath): void {
    for (let length = 1; length <= path.length; length++) this.openItems.add(pathKey(path.slice(0, length)));
    this.refresh();
    for (let length = path.length; length >= 0; length--) {
      const target = document.getElementById(fieldId(path.slice(0, length)))
        ?? document.getElementById(`ed-p-${pathKey(path.slice(0, length))}`)?.closest('fieldset')?.querySelector<HTMLElement>('input, select, textarea, button, summary');
      if (target) { target.focus(); target.scrollIntoView({ block: 'center' }); return; }
    }
  }

  private changed(): void {
    if (this.validateTimer !== null) clearTimeout(this.validateTimer);
    this.validateTimer = setTimeout(() => {
      this.validateTimer = null;
      this.deps.store.validate();
      this.refresh();
    }, VALIDATE_DELAY_MS);
    // After the event that made the change: a value commits on "change", which fires before Tab moves
    // the focus, and rebuilding the form then would lose the place Tab moves from.
    if (this.refreshTimer === null) this.refreshTimer = setTimeout(() => { this.refreshTimer = null; this.refresh(); }, 0);
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
    this.undoButton.disabled = store.undoLabel === null;
    this.undoButton.textContent = store.undoLabel === null ? 'Undo' : `Undo: ${store.undoLabel}`;
    this.redoButton.disabled = store.redoLabel === null;
    this.redoButton.textContent = store.redoLabel === null ? 'Redo' : `Redo: ${store.redoLabel}`;
    const current = store.validationIsCurrent;
    const problems = store.allProblems;
    const reason = !this.hasDraft ? 'Start a level first.' : !current ? null : problems.length > 0 ? `Fix ${problems.length} problem${problems.length === 1 ? '' : 's'} to play.` : null;
    this.playButton.disabled = reason !== null;
    this.playReason.textContent = reason ?? '';
    this.check.setRunnable(reason);
    this.exportPanel.setEnabled(this.hasDraft ? null : 'Start a level first.');
    this.problems.element.hidden = !this.hasDraft;
    this.sectionsBox.hidden = !this.hasDraft;
    this.check.element.hidden = !this.hasDraft;
    this.exportPanel.element.hidden = !this.hasDraft;
    if (!this.hasDraft) return;
    this.problems.show(problems, !current);
    for (const section of sectionsWithMore(Object.keys(levelSchema.shape))) {
      const body = this.sectionBodies.get(section.id);
      if (body === undefined) continue;
      body.replaceChildren(...section.paths.map((path) => {
        const node = formAt(store.draft, path);
        return node === undefined ? element('p', 'ed-help', `No form for ${path.join('.')}.`) : renderNode(this.ctx, node);
      }));
    }
    restoreFocus();
  }
}
