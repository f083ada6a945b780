/**
 * The campaign menu: a modal dialog with the chapters, each level's stars and completion, and the
 * progress file (export to a download, import from a file; a bad file is refused with the reason and
 * the saved progress is left as it was).
 */
import type { Chapter } from './chapters';
import { button, el, ModalDialog } from './modalDialog';
import './campaign.css';
import { starsLabel, starsText } from './stars';
import { t } from '../../i18n/messages';

/** What the menu shows of the saved progress. */
export interface CampaignProgressView {
  readonly levels: Readonly<Record<string, { readonly bestStars: number; readonly completed: boolean }>>;
}

export interface CampaignMenuHandlers {
  onPick(id: string): void;
  exportText(): string;
  /** `notes` say what a valid file had that was left out. */
  importText(text: string): Promise<{ ok: true; notes: readonly string[] } | { ok: false; error: string }>;
  /** The refusal for a file too large to read (checked on its size, before it is read); null when it may be read. */
  tooLarge(bytes: number): string | null;
  /** Opens the level editor (the menu closes). */
  onEditor?(): void;
  /** Makes the "For teachers" button (with this id), placed before Close; absent when a student's link leaves it out. */
  readonly teachersButton?: ((id: string) => HTMLButtonElement) | null;
}

export class CampaignMenu {
  private readonly dialog = new ModalDialog('campaign-dialog', 'campaign-title');
  private readonly chaptersBox = el('div', undefined, 'campaign-chapters');
  private readonly status = el('p', '', 'campaign-status');
  private readonly fileInput = el('input');
  private chapters: readonly Chapter[] = [];
  private progress: CampaignProgressView | null = null;
  private maxStars = 3;

  constructor(private readonly handlers: CampaignMenuHandlers) {
    const d = this.dialog.element;
    const title = el('h2', t('game.campaign.title'));
    title.id = 'campaign-title';
    this.status.id = 'campaign-status';
    this.status.setAttribute('role', 'status');
    this.fileInput.type = 'file';
    this.fileInput.accept = 'application/json,.json';
    this.fileInput.id = 'progress-import-file';
    this.fileInput.className = 'visually-hidden';
    this.fileInput.tabIndex = -1;
    // The visible "Import progress…" button opens it; the name is for assistive tech that finds the input.
    this.fileInput.setAttribute('aria-label', t('game.campaign.importFileLabel'));
    this.fileInput.addEventListener('change', () => void this.importChosenFile());
    const fileRow = el('div', undefined, 'campaign-file');
    const exportButton = button(t('game.campaign.export'), () => this.download());
    exportButton.id = 'progress-export';
    const importButton = button(t('game.campaign.import'), () => this.fileInput.click());
    importButton.id = 'progress-import';
    const close = button(t('game.campaign.close'), () => this.dialog.close());
    close.id = 'campaign-close';
    fileRow.append(exportButton, importButton, this.fileInput);
    const onEditor = handlers.onEditor;
    if (onEditor !== undefined) {
      // The editor is shown first, so whoever waits for the menu to close sees it open.
      const editor = button(t('game.welcome.editor'), () => { onEditor(); this.dialog.close(); });
      editor.id = 'campaign-editor';
      fileRow.append(editor);
    }
    const teachers = handlers.teachersButton?.('campaign-teachers');
    if (teachers) fileRow.append(teachers);
    fileRow.append(close);
    d.append(title, el('p', t('game.campaign.lead'), 'muted'), this.chaptersBox, this.status, fileRow);
  }

  get open(): boolean {
    return this.dialog.open;
  }

  setChapters(chapters: readonly Chapter[]): void {
    this.chapters = chapters;
    this.render();
  }

  setProgress(progress: CampaignProgressView, maxStars: number): void {
    this.progress = progress;
    this.maxStars = maxStars;
    this.render();
  }

  /** Opens with the current level focused; `onClose` runs once when the menu closes (also after a pick). */
  show(currentId: string | null, onClose?: () => void): void {
    this.setStatus('', false);
    this.render();
    const current = currentId ? this.chaptersBox.querySelector<HTMLElement>(`[data-level="${CSS.escape(currentId)}"]`) : null;
    this.dialog.show(current, onClose);
  }

  close(): void {
    this.dialog.close();
  }

  private setStatus(text: string, error: boolean): void {
    this.status.textContent = text;
    this.status.classList.toggle('campaign-status-error', error);
    this.status.setAttribute('role', error ? 'alert' : 'status');
    // The menu scrolls: the outcome of an import must be in view, not below the chapters.
    if (text !== '') this.status.scrollIntoView({ block: 'nearest' });
  }

  private render(): void {
    // Progress can change while the menu is open (another tab finished a level): keep the focus.
    const active = document.activeElement;
    const focusedLevel = active instanceof HTMLElement && this.chaptersBox.contains(active) ? active.dataset.level : undefined;
    const rows = this.chapters.map((chapter, ci) => {
      const section = el('section', undefined, 'campaign-chapter');
      // Manifest titles carry their own number ("1. Spikes"); the level groups do not.
      const heading = el('h3', /^\d/.test(chapter.title) ? chapter.title : t('game.campaign.chapterHeading', { number: String(ci + 1), title: chapter.title }));
      const list = el('ul');
      if (chapter.summary) section.append(heading, el('p', chapter.summary, 'muted campaign-summary'));
      else section.append(heading);
      for (const level of chapter.levels) {
        const entry = this.progress?.levels[level.id];
        const stars = entry?.bestStars ?? 0;
        const item = el('li');
        const pick = button('', () => {
          this.dialog.close();
          this.handlers.onPick(level.id);
        }, 'campaign-level');
        pick.dataset.level = level.id;
        pick.dataset.stars = String(stars);
        pick.dataset.completed = String(entry?.completed ?? false);
        const name = el('span', level.title, 'campaign-level-title');
        if (level.sandbox) name.append(el('span', t('game.campaign.freePlayMark'), 'campaign-sandbox'));
        const maxStars = level.maxStars ?? this.maxStars;
        // Free play earns no stars and is never finished: no empty star slots to fill.
        const starSpan = el('span', level.sandbox ? '' : starsText(stars, maxStars), 'campaign-stars');
        starSpan.setAttribute('aria-hidden', 'true');
        const done = el('span', entry?.completed ? '✓' : '', 'campaign-done');
        done.setAttribute('aria-hidden', 'true');
        // The name is the button's own text (title, "· free play") plus the state in words, so it starts
        // with what a speech user sees (WCAG 2.5.3); the star glyphs are hidden from it. Free play is
        // never finished, so it has no state to tell.
        const state = level.sandbox ? '' : entry?.completed ? t('game.campaign.finished', { stars: starsLabel(stars, maxStars) }) : t('game.campaign.notFinished');
        pick.append(name, el('span', state, 'visually-hidden'), starSpan, done);
        item.append(pick);
        list.append(item);
      }
      section.append(list);
      return section;
    });
    this.chaptersBox.replaceChildren(...rows);
    if (focusedLevel !== undefined) this.chaptersBox.querySelector<HTMLElement>(`[data-level="${CSS.escape(focusedLevel)}"]`)?.focus();
  }

  private download(): void {
    const blob = new Blob([this.handlers.exportText()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `synaptica-progress-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.setStatus(t('game.campaign.exported'), false);
  }

  private async importChosenFile(): Promise<void> {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = '';
    if (!file) return;
    const refused = this.handlers.tooLarge(file.size);
    const result = refused !== null ? { ok: false as const, error: refused } : await this.handlers.importText(await file.text());
    if (result.ok) this.setStatus([t('game.campaign.imported', { name: file.name }), ...result.notes].join(' '), false);
    else this.setStatus(t('game.campaign.notImported', { name: file.name, error: result.error }), true);
  }
}
