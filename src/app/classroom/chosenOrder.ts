/**
 * The builder's list of chosen levels, in the order the link offers them: each with Up, Down and
 * Remove buttons (named with the level's title for screen readers), and a mark beside a level that
 * could not be loaded. Keyboard: after Up or Down the focus stays with the level it moved.
 */
import { el } from '../../ui/campaign/modalDialog';
import { t } from '../../i18n/messages';

export class ChosenOrder {
  readonly element = el('section', undefined, 'teacher-order');
  private readonly ids: string[] = [];
  private readonly list = el('ol', undefined, 'teacher-chosen');
  private readonly empty = el('p', t('classroom.builder.orderNone'), 'muted teacher-order-empty');
  /** Chosen levels that could not be loaded (said beside each). */
  private unloadable: ReadonlySet<string> = new Set();

  /** `onRemove`: a level's Remove was pressed (the form unticks it); `onMoved`: the order changed. */
  constructor(private readonly titleOf: (id: string) => string, private readonly onRemove: (id: string) => void, private readonly onMoved: () => void) {
    this.element.append(el('h3', t('classroom.builder.order')), this.empty, this.list);
    this.render();
  }

  get chosen(): readonly string[] {
    return this.ids;
  }

  /** Adds (at the end) or takes out a level. */
  toggle(id: string, on: boolean): void {
    const at = this.ids.indexOf(id);
    if (on && at < 0) this.ids.push(id);
    if (!on && at >= 0) this.ids.splice(at, 1);
    this.render();
  }

  /** Marks the chosen levels that could not be loaded, in place (focus stays where it is). */
  markUnloadable(ids: ReadonlySet<string>): void {
    this.unloadable = ids;
    this.list.querySelectorAll<HTMLLIElement>('li').forEach((li) => this.showLoadable(li));
  }

  private move(index: number, by: number): void {
    const to = index + by;
    if (to < 0 || to >= this.ids.length) return;
    [this.ids[index], this.ids[to]] = [this.ids[to], this.ids[index]];
    this.render();
    this.onMoved();
    // The keyboard stays with the level it moved.
    this.list.children[to]?.querySelector<HTMLButtonElement>(by < 0 ? '.teacher-up' : '.teacher-down')?.focus();
  }

  private showLoadable(li: HTMLLIElement): void {
    const failed = this.unloadable.has(li.dataset.level ?? '');
    li.classList.toggle('teacher-not-loaded', failed);
    const mark = li.querySelector('.teacher-not-loaded-mark');
    if (failed && mark === null) li.children[0]?.after(el('em', t('classroom.builder.levelNotLoadedMark'), 'teacher-not-loaded-mark'));
    else if (!failed) mark?.remove();
  }

  private render(): void {
    const items = this.ids.map((id, i) => {
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
        button('↓', t('classroom.builder.moveDown', { title }), 'teacher-down', () => this.move(i, 1), i === this.ids.length - 1),
        button('✕', t('classroom.builder.remove', { title }), 'teacher-remove', () => this.onRemove(id), false),
      );
      this.showLoadable(li);
      return li;
    });
    this.list.replaceChildren(...items);
    this.empty.hidden = items.length > 0;
  }
}
