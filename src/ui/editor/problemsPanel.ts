/**
 * The problems list: every validation problem of the draft in words, each a button that takes the
 * keyboard to the field concerned (or the nearest one shown, opening list items on the way).
 */
import type { DraftPath, DraftProblem } from '../../editor/draftEdit';
import { pathWords } from '../../editor/pathWords';
import { element } from './fieldControls';
import { t } from '../../i18n/messages';

// The place in words is shared with the open-file dialog; callers here import it from this panel.
export { pathWords };

export class ProblemsPanel {
  readonly element = element('section', 'ed-panel ed-problems');
  private readonly summary = element('p', 'ed-problems-summary');
  private readonly list = element('ul', 'ed-problems-list');

  constructor(private readonly goTo: (path: DraftPath) => void) {
    this.element.id = 'ed-problems';
    this.element.setAttribute('aria-labelledby', 'ed-problems-title');
    const title = element('h2', undefined, t('editor.problems.title'));
    title.id = 'ed-problems-title';
    this.element.append(title, this.summary, this.list);
  }

  show(problems: readonly DraftProblem[], checking: boolean): void {
    this.summary.textContent = checking ? t('editor.problems.checking')
      : problems.length === 0 ? t('editor.problems.none')
        : t('editor.problems.count', { count: problems.length });
    this.list.replaceChildren();
    for (const problem of problems) {
      const item = element('li');
      const go = element('button', 'ed-link-button', t('editor.problems.item', { where: pathWords(problem.path), problem: problem.message }));
      go.type = 'button';
      go.addEventListener('click', () => this.goTo(problem.path));
      item.append(go);
      this.list.append(item);
    }
  }
}
