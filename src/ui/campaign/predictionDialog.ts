/**
 * Predict-then-run: a modal question with one radio button per choice, or a sketch pad for a
 * curve. The player commits (Enter or the Commit button); Esc skips the question. Resolves with the
 * choice's index or the sketch's heights (0-1 per control point), or null when skipped.
 */
import { button, el, ModalDialog } from './modalDialog';
import { SketchPad } from './sketchPad';
import type { SketchAxes } from './sketchPlot';

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

  /**
   * Asks for a sketch: `points` control points over the axes. Resolves with the heights (0-1) once
   * the player has drawn something and commits, or null when skipped.
   */
  askSketch(levelTitle: string, question: string, axes: SketchAxes, points: number): Promise<number[] | null> {
    return new Promise((resolve) => {
      let sketch: number[] | null = null;
      const d = this.dialog.element;
      const heading = el('h2', 'Predict first: sketch it');
      heading.id = 'prediction-title';
      const form = el('form');
      const fieldset = el('fieldset', undefined, 'prediction-sketch');
      fieldset.append(el('legend', question));
      const pad = new SketchPad(axes, points, question);
      fieldset.append(pad.element);
      const commit = button('Commit my sketch', () => undefined);
      commit.type = 'submit';
      commit.id = 'prediction-commit';
      commit.disabled = true;
      pad.onChange = () => { commit.disabled = !pad.touched; };
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        if (!pad.touched) return;
        sketch = pad.values;
        this.dialog.close();
      });
      // Enter on the pad commits, as it does on a radio button.
      pad.element.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && pad.touched) { e.preventDefault(); form.requestSubmit(); }
      });
      form.append(fieldset, el('p', 'The level runs after you commit; the result card shows your sketch next to what happened. Esc skips the question.', 'muted'), commit);
      d.replaceChildren(heading, el('p', levelTitle, 'muted'), form);
      this.dialog.show(pad.element.querySelector<HTMLElement>('svg'), () => resolve(sketch));
    });
  }
}
