/**
 * Where a level design starts: a template (one per circuit kind, a free network, an STDP pairing),
 * any built-in level, or a saved draft (with the time it was last saved; a draft that could not be
 * read is listed with the reason and can be deleted). All buttons, all reachable with Tab.
 */
import type { DraftListEntry } from '../../editor/drafts/storedDraft';
import { element } from './fieldControls';
import { t } from '../../i18n/messages';

export interface StartChoices {
  readonly templates: readonly { key: string; title: string; summary: string }[];
  readonly levels: readonly { id: string; title: string }[];
}

export interface StartHandlers {
  onTemplate(key: string): void;
  onLevel(id: string): void;
  onDraft(id: string): void;
  /** `name` is null for a draft that could not be read. */
  onDeleteDraft(id: string, name: string | null): void;
}

function button(text: string, onClick: () => void, className = 'button'): HTMLButtonElement {
  const b = element('button', className, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

export class StartPanel {
  readonly element = element('section', 'ed-panel ed-start');
  private readonly draftList = element('ul', 'ed-draft-list');
  private readonly draftNote = element('p', 'ed-help');
  private readonly choices = element('details', 'ed-start-choices');
  private readonly levelSelect: HTMLSelectElement;

  constructor(choices: StartChoices, private readonly handlers: StartHandlers) {
    this.element.id = 'ed-start';
    this.element.setAttribute('aria-labelledby', 'ed-start-title');
    const title = element('h2', undefined, t('editor.start.title'));
    title.id = 'ed-start-title';
    const templates = element('ul', 'ed-template-list');
    templates.setAttribute('aria-label', t('editor.start.templates'));
    for (const template of choices.templates) {
      const item = element('li', 'ed-template');
      const pick = button(template.title, () => handlers.onTemplate(template.key), 'button ed-template-button');
      pick.dataset.template = template.key;
      pick.setAttribute('aria-describedby', `ed-template-${template.key}`);
      const summary = element('p', 'ed-help', template.summary);
      summary.id = `ed-template-${template.key}`;
      item.append(pick, summary);
      templates.append(item);
    }
    const levelRow = element('div', 'ed-field ed-inline');
    const levelLabel = element('label', 'ed-label', t('editor.start.fromLevel'));
    levelLabel.htmlFor = 'ed-start-level';
    const levelSelect = element('select', 'ed-input');
    levelSelect.id = 'ed-start-level';
    this.levelSelect = levelSelect;
    this.setLevels(choices.levels);
    levelRow.append(levelLabel, levelSelect, button(t('editor.start.editCopy'), () => handlers.onLevel(levelSelect.value)));
    const draftsTitle = element('h3', undefined, t('editor.start.drafts'));
    draftsTitle.id = 'ed-drafts-title';
    this.draftList.setAttribute('aria-labelledby', draftsTitle.id);
    const summary = element('summary', 'ed-item-summary', t('editor.start.choices'));
    this.choices.append(summary, element('p', 'ed-help', t('editor.start.choicesHelp')), templates, levelRow);
    this.choices.open = true;
    this.element.append(title, this.choices, draftsTitle, this.draftNote, this.draftList);
  }

  /** The levels a draft may start from (the built-in ones, then those opened from files or links). */
  setLevels(levels: readonly { id: string; title: string }[]): void {
    const chosen = this.levelSelect.value;
    this.levelSelect.replaceChildren(...levels.map((level) => new Option(level.title, level.id)));
    if (levels.some((l) => l.id === chosen)) this.levelSelect.value = chosen;
  }

  /** With a draft open the choices fold away (the forms come first); without one they are open. */
  setFolded(folded: boolean): void {
    this.choices.open = !folded;
  }

  /** Shows the saved drafts (newest first); `currentId` is the one being edited. */
  setDrafts(entries: readonly DraftListEntry[], currentId: string | null, nowMs: number): void {
    this.draftList.replaceChildren();
    this.draftNote.textContent = entries.length === 0 ? t('editor.start.noDrafts') : t('editor.start.draftsSaved');
    for (const entry of entries) {
      const item = element('li', 'ed-draft');
      if (entry.kind === 'corrupt') {
        item.append(element('span', 'ed-problem', t('editor.start.unreadable', { reason: entry.reason })),
          button(t('editor.start.deleteIt'), () => this.handlers.onDeleteDraft(entry.id, null), 'button ed-small-button'));
      } else {
        const { record } = entry;
        const name = element('span', 'ed-draft-name', record.name);
        const when = element('span', 'ed-help', record.id === currentId ? t('editor.start.savedOpen', { age: ageText(nowMs - record.updatedMs) }) : t('editor.start.saved', { age: ageText(nowMs - record.updatedMs) }));
        const open = button(t('editor.start.open'), () => this.handlers.onDraft(record.id), 'button ed-small-button');
        open.setAttribute('aria-label', t('editor.start.openNamed', { name: record.name }));
        const remove = button(t('editor.start.delete'), () => this.handlers.onDeleteDraft(record.id, record.name), 'button ed-small-button');
        remove.setAttribute('aria-label', t('editor.start.deleteNamed', { name: record.name }));
        item.append(name, when, open, remove);
      }
      this.draftList.append(item);
    }
  }
}

function ageText(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return t('editor.start.age.now');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('editor.start.age.minutes', { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('editor.start.age.hours', { count: hours });
  return t('editor.start.age.days', { count: Math.round(hours / 24) });
}
