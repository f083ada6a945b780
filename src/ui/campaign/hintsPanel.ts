/**
 * The hints in the side panel: the ones the player's failed attempts have unlocked, and how many
 * more failures open the next.
 */
import { el } from './modalDialog';
import { t } from '../../i18n/messages';

export interface HintView {
  readonly text: string;
  /** Failed attempts before the hint shows. */
  readonly afterFailures: number;
}

export class HintsPanel {
  private readonly list = el('ol', undefined, 'hints-list');
  private readonly note = el('p', '', 'muted');

  constructor(private readonly root: HTMLElement) {
    const title = el('h2', t('game.hints.title'));
    title.id = 'hints-title';
    root.setAttribute('aria-labelledby', 'hints-title');
    this.list.id = 'hints-list';
    this.note.id = 'hints-note';
    root.replaceChildren(title, this.list, this.note);
  }

  /** `all`: every hint of the level with its unlock count; `failures`: the player's failed attempts (Infinity: all open, as in free play). */
  show(all: readonly HintView[], failures: number): void {
    this.root.hidden = all.length === 0;
    const open = all.filter((h) => h.afterFailures <= failures);
    this.list.replaceChildren(...open.map((h) => el('li', h.text)));
    const next = all.filter((h) => h.afterFailures > failures).sort((a, b) => a.afterFailures - b.afterFailures)[0];
    const more = next ? next.afterFailures - failures : 0;
    this.note.textContent = next
      ? (open.length === 0 ? t('game.hints.firstOpensAfter', { count: more }) : t('game.hints.anotherOpensAfter', { count: more }))
      : '';
  }
}
