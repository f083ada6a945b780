/**
 * The link builder's form: which levels (each campaign chapter's, then Your levels), in the order
 * chosen (chosenOrder.ts), and the settings a link carries; `start` fills it from a link's choices. Everything is made with
 * createElement and textContent (level titles come from files). `choice()` reads the form.
 */
import { el } from '../../ui/campaign/modalDialog';
import { t } from '../../i18n/messages';
import { LOCALES } from '../../i18n/locales';
import type { Chapter } from '../../ui/campaign/chapters';
import type { FormChoice } from './linkComposer';
import { ChosenOrder } from './chosenOrder';
import { AUDIO_CHOICES, LOCK_NAMES, type AudioChoice, type LockName, type StartSpeed } from './teacherParams';


function labelled(control: HTMLElement, text: string, id: string): HTMLLabelElement {
  control.id = id;
  const label = el('label', undefined, 'teacher-field');
  label.htmlFor = id;
  label.append(el('span', text), control);
  return label;
}

function select(options: ReadonlyArray<[string, string]>): HTMLSelectElement {
  const s = el('select');
  s.append(...options.map(([value, text]) => new Option(text, value)));
  return s;
}

function checkbox(id: string, text: string, checked: boolean): { row: HTMLLabelElement; input: HTMLInputElement } {
  const input = el('input');
  input.type = 'checkbox';
  input.id = id;
  input.checked = checked;
  const row = el('label', undefined, 'teacher-check');
  row.htmlFor = id;
  row.append(input, el('span', text));
  return { row, input };
}

export class BuilderForm {
  readonly element = el('form', undefined, 'teacher-form');
  private readonly order: ChosenOrder;
  private readonly levelBoxes = new Map<string, HTMLInputElement>();
  private readonly lockBoxes = new Map<LockName, HTMLInputElement>();
  private readonly titleInput = el('input');
  private readonly seedInput = el('input');
  private readonly localeSelect = select([['', t('classroom.builder.localeAny')], ...LOCALES.filter((l) => !l.pseudo).map((l): [string, string] => [l.code, l.nativeName])]);
  private readonly audioSelect = select(AUDIO_CHOICES.map((a): [string, string] => [a, t(`classroom.builder.audio.${a}`)]));
  private readonly speedSelect = select([['', t('classroom.builder.speed.any')], ['slow', t('classroom.builder.speed.slow')], ['normal', t('classroom.builder.speed.normal')]]);
  private readonly projector = checkbox('teacher-projector', t('classroom.builder.projector'), false);
  private readonly notes = checkbox('teacher-notes-shown', t('classroom.builder.teacherNotes'), true);
  private readonly links = checkbox('teacher-allow-links', t('classroom.builder.allowLinks'), true);

  constructor(chapters: readonly Chapter[], titleOf: (id: string) => string, private readonly onChange: () => void) {
    this.order = new ChosenOrder(titleOf, (id) => {
      const box = this.levelBoxes.get(id);
      if (box) box.checked = false;
      this.order.toggle(id, false);
      onChange();
    }, onChange);
    this.element.addEventListener('submit', (e) => e.preventDefault());
    this.element.addEventListener('change', () => onChange());
    this.element.addEventListener('input', () => onChange());
    const levels = el('fieldset', undefined, 'teacher-levels');
    levels.append(el('legend', t('classroom.builder.levels')));
    for (const chapter of chapters) {
      const group = el('fieldset', undefined, 'teacher-chapter');
      group.append(el('legend', chapter.title));
      for (const level of chapter.levels) {
        const text = level.sandbox === true ? t('classroom.builder.freePlay', { title: level.title }) : level.title;
        const box = checkbox(`teacher-level-${level.id}`, text, false);
        box.input.dataset.level = level.id;
        box.input.addEventListener('change', () => this.order.toggle(level.id, box.input.checked));
        this.levelBoxes.set(level.id, box.input);
        group.append(box.row);
      }
      levels.append(group);
    }
    this.titleInput.maxLength = 200;
    this.titleInput.placeholder = t('classroom.offered.chapter');
    this.seedInput.type = 'number';
    this.seedInput.min = '0';
    this.seedInput.max = '4294967295';
    this.seedInput.step = '1';
    this.seedInput.placeholder = t('classroom.builder.seedOwn');
    const locks = el('fieldset', undefined, 'teacher-locks');
    locks.append(el('legend', t('classroom.builder.locks')));
    for (const lock of LOCK_NAMES) {
      const box = checkbox(`teacher-lock-${lock}`, t(`classroom.builder.lock.${lock}`), false);
      this.lockBoxes.set(lock, box.input);
      locks.append(box.row);
    }
    const settings = el('fieldset', undefined, 'teacher-settings');
    settings.append(
      el('legend', t('classroom.builder.settings')),
      labelled(this.titleInput, t('classroom.builder.title'), 'teacher-title'),
      labelled(this.seedInput, t('classroom.builder.seed'), 'teacher-seed'),
      labelled(this.localeSelect, t('classroom.builder.locale'), 'teacher-locale'),
      labelled(this.audioSelect, t('classroom.builder.audio'), 'teacher-audio'),
      labelled(this.speedSelect, t('classroom.builder.speed'), 'teacher-speed'),
      this.projector.row, this.notes.row, this.links.row,
    );
    this.element.append(levels, this.order.element, locks, settings);
  }

  /** Chooses levels from outside (tests, a chapter's levels): ticked and added at the end of the order. */
  choose(ids: readonly string[]): void {
    for (const id of ids) {
      const box = this.levelBoxes.get(id);
      if (box) { box.checked = true; this.order.toggle(id, true); }
    }
    this.onChange();
  }

  /** Fills the form from a link's choices (the builder opened with a lesson's address): its levels in its order, its settings. */
  start(from: FormChoice): void {
    this.titleInput.value = from.title;
    for (const [lock, box] of this.lockBoxes) box.checked = from.locks.includes(lock);
    this.seedInput.value = from.seed === null ? '' : String(from.seed);
    // A language the menu does not offer (a pseudo-locale for layout tests) leaves "any".
    this.localeSelect.value = from.locale !== null && [...this.localeSelect.options].some((o) => o.value === from.locale) ? from.locale : '';
    this.audioSelect.value = from.audio;
    this.speedSelect.value = from.speed ?? '';
    this.projector.input.checked = from.projector;
    this.notes.input.checked = from.teacherNotes;
    this.links.input.checked = from.allowLinks;
    this.choose(from.levelIds);
  }

  /** Marks in the order list the chosen levels that could not be loaded. */
  markUnloadable(ids: ReadonlySet<string>): void {
    this.order.markUnloadable(ids);
  }

  choice(): FormChoice {
    const seedText = this.seedInput.value.trim();
    const seed = /^\d{1,10}$/.test(seedText) && Number(seedText) <= 4_294_967_295 ? Number(seedText) : null;
    return {
      title: this.titleInput.value.trim(),
      levelIds: [...this.order.chosen],
      locks: LOCK_NAMES.filter((lock) => this.lockBoxes.get(lock)?.checked === true),
      seed,
      locale: this.localeSelect.value === '' ? null : this.localeSelect.value,
      audio: this.audioSelect.value as AudioChoice,
      speed: this.speedSelect.value === '' ? null : (this.speedSelect.value as StartSpeed),
      projector: this.projector.input.checked,
      teacherNotes: this.notes.input.checked,
      allowLinks: this.links.input.checked,
    };
  }
}
