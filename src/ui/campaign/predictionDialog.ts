/**
 * Predict-then-run: a modal question with one radio button per choice. The player commits a choice
 * (Enter or the Commit button); Esc skips the question. Resolves with the choice's index, or null.
 */
import { button, el, ModalDialog } from './modalDialog';

export class PredictionDialog {
  private readonly dialog = new ModalDialog('prediction-dialog', 'prediction-title');

  get open(): boolean {
    return this.dialog.open;
  }

  ask(levelTitle: string, question: string, choices: readonly string[]): Promise<number | null> {
    return new Promise((resolve) => {
      let chosen: number | null = null;
      const d = this.dialog.element;
      const heading = el('h2', 'Predict first');
      heading.id = 'prediction-title';
      const form = el('form');
      const fieldset = el('fieldset', undefined, 'prediction-choices');
      const legend = el('legend', question);
      fieldset.append(legend);
      const commit = button('Commit my prediction', () => undefined);
      commit.type = 'submit';
      commit.id = 'prediction-commit';
      commit.disabled = true;
      choices.forEach((choice, i) => {
        const label = el('label', undefined, 'prediction-choice');
        const radio = el('input');
        radio.type = 'radio';
        radio.name = 'prediction';
        radio.value = String(i);
        radio.addEventListener('change', () => { commit.disabled = false; });
        label.append(radio, ` ${choice}`);
        fieldset.append(label);
      });
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const picked = form.querySelector<HTMLInputElement>('input[name="prediction"]:checked');
        if (!picked) return;
        chosen = Number(picked.value);
        this.dialog.close();
      });
      form.append(fieldset, el('p', 'The level runs after you commit; the result card shows your prediction next to what happened. Esc skips the question.', 'muted'), commit);
      d.replaceChildren(heading, el('p', levelTitle, 'muted'), form);
      this.dialog.show(form.querySelector<HTMLElement>('input[type="radio"]'), () => resolve(chosen));
    });
  }
}
