/**
 * The hints in the side panel: the ones the player's failed attempts have unlocked, and how many
 * more failures open the next.
 */
import { el } from './modalDialog';
import { hintsOf, unlockedHints } from './lessonView';

export class HintsPanel {
  private readonly list = el('ol', undefined, 'hints-list');
  private readonly note = el('p', '', 'muted');

  constructor(private readonly root: HTMLElement) {
    const title = el('h2', 'Hints');
    title.id = 'hints-title';
    root.setAttribute('aria-labelledby', 'hints-title');
    this.list.id = 'hints-list';
    this.note.id = 'hints-note';
    root.replaceChildren(title, this.list, this.note);
  }

  show(lesson: unknown, failures: number): void {
    const all = hintsOf(lesson);
    this.root.hidden = all.length === 0;
    const open = unlockedHints(lesson, failures);
    this.list.replaceChildren(...open.map((h) => el('li', h.text)));
    const next = all.filter((h) => h.afterFailures > failures).sort((a, b) => a.afterFailures - b.afterFailures)[0];
    this.note.textContent = next
      ? `${open.length === 0 ? 'A hint' : 'Another hint'} opens after ${next.afterFailures - failures} more ${next.afterFailures - failures === 1 ? 'attempt' : 'attempts'} without success (Reset before the objectives are met counts).`
      : '';
  }
}
