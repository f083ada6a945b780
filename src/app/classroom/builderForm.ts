/**
 * The link builder's form: which levels (each campaign chapter's, then Your levels), in the order
 * chosen (a list with Up, Down and Remove), and the settings a link carries. Everything is made with
 * createElement and textContent (level titles come from files). `choice()` reads the form.
 */
import { el } from '../../ui/campaign/modalDialog';
import { t } from '../../i18n/messages';
import { LOCALES } from '../../i18n/locales';
import type { Chapter } from '../../ui/campaign/chapters';
import type { BuilderChoice } from './linkComposer';
import { AUDIO_CHOICES, LOCK_NAMES, type AudioChoice, type LockName, type StartSpeed } from './teacherParams';

/** What the form says: a link's choices, with the levels named by id (their data is fetched later). */
export type FormChoice = Omit<BuilderChoice, 'levels'> & { readonly levelIds: readonly string[] };


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
  private readonly chosen: string[] = [];
  private readonly chosenList = el('ol', undefined, 'teacher-chosen');
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

  constructor(chapters: readonly Chapter[], private readonly titleOf: (id: string) => string, private readonly onChange: () => void) {
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
        box.input.addEventListener('change', () => this.toggle(level.id, box.input.checked));
        this.levelBoxes.set(level.id, box.input);
        group.append(box.row);
      }
      levels.append(group);
    }
    const order = el('section', undefined, 'teacher-order');
    order.append(el('h3', t('classroom.builder.order')), el('p', t('classroom.builder.orderNone'), 'muted teacher-order-empty'), this.chosenList);
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
    this.element.append(levels, order, locks, settings);
    this.renderOrder();
  }

  /** Chooses levels from outside (tests, a chapter's levels). */
  choose(ids: readonly string[]): void {
    for (const id of ids) {
      const box = this.levelBoxes.get(id);
      if (box) { box.checked = true; this.toggle(id, true); }
    }
    this.onChange();
  }

  private toggle(id: string, on: boolean): void {
    const at = this.chosen.indexOf(id);
    if (on && at < 0) this.chosen.push(id);
    if (!on && at >= 0) this.chosen.splice(at, 1);
    this.renderOrder();
  }

  private move(index: number, by: number): void {
    const to = index + by;
    if (to < 0 || to >= this.chosen.length) return;
    [this.chosen[index], this.chosen[to]] = [this.chosen[to], this.chosen[index]];
    this.renderOrder();
    this.onChange();
    // The keyboard stays with the level it moved.
    this.chosenList.children[to]?.querySelector<HTMLButtonElement>(by < 0 ? '.teacher-up' : '.teacher-down')?.focus();
  }

  /** Chosen levels that could not be loaded (the page says so beside each in the order list). */
  private unloadable: ReadonlySet<string> = new Set();

  /** Marks in the order list the chosen levels that could not be loaded, in place (focus stays where it is). */
  markUnloadable(ids: ReadonlySet<string>): void {
    this.unloadable = ids;
    this.chosenList.querySelectorAll<HTMLLIElement>('li').forEach((li) => this.showLoadable(li));
  }

  private showLoadable(li: HTMLLIElement): void {
    const failed = this.unloadable.has(li.dataset.level ?? '');
    li.classList.toggle('teacher-not-loaded', failed);
    const mark = li.querySelector('.teacher-not-loaded-mark');
    if (failed && mark === null) li.children[0]?.after(el('em', t('classroom.builder.levelNotLoadedMark'), 'teacher-not-loaded-mark'));
    else if (!failed) mark?.remove();
  }

  private renderOrder(): void {
    const items = this.chosen.map((id, i) => {
      const li = el('li');
      li.dataset.level = id;
      const title = this.titleOf(id);
      const button = (text: string, label: string, className: string, action: () => void, disabled: boolean): HTMLButtonElement => {
        const b = el('button', text, `button ${className}`);
        b.type = 'button';
        b.setAttribute('aria-label', label);
        b.disabled = disabled;
        b.addEventListener('click', action);
        return b;
      };
      li.append(
        el('span', title),
        button('↑', t('classroom.builder.moveUp', { title }), 'teacher-up', () => this.move(i, -1), i === 0),
        button('↓', t('classroom.builder.moveDown', { title }), 'teacher-down', () => this.move(i, 1), i === this.chosen.length - 1),
        button('✕', t('classroom.builder.remove', { title }), 'teacher-remove', () => {
          const box = this.levelBoxes.get(id);
          if (box) box.checked = false;
          this.toggle(id, false);
          this.onChange();
        }, false),
      );
      this.showLoadable(li);
      return li;
    });
    this.chosenList.replaceChildren(...items);
    (this.element.querySelector('.teacher-order-empty') as HTMLElement | null)?.toggleAttribute('hidden', items.length > 0);
  }

  choice(): FormChoice {
    const seedText = this.seedInput.value.trim();
    const seed = /^\d{1,10}$/.test(seedText) && Number(seedText) <= 4_294_967_295 ? Number(seedText) : null;
    return {
      title: this.titleInput.value.trim(),
      levelIds: [...this.chosen],
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
