/**
 * Predict-then-run: a modal question with one radio button per choice, or a sketch pad for a
 * curve. The player commits (Enter or the Commit button); Esc skips the question, except that on a
 * question that counts for stars the first Esc only says so (a skip would cost those stars) and a
 * second Esc skips. Resolves with the choice's index or the sketch's heights (0-1 per control
 * point), or null when skipped.
 */
import { button, el, ModalDialog } from './modalDialog';
import { SketchPad } from './sketchPad';
import type { SketchAxes } from './sketchPlot';
import { t } from '../../i18n/messages';

/**
 * What happens after the player commits, in the level's own terms: a level that waits for the
 * player's setup stays paused at its start; others run (or go on) at once.
 */
export type AfterCommit = 'runs' | 'goesOn' | 'waitsForSetup' | 'waitsForChange';

const AFTER_COMMIT_TEXT: Record<AfterCommit, string> = {
  get runs() { return t('game.predict.afterRuns'); },
  get goesOn() { return t('game.predict.afterGoesOn'); },
  get waitsForSetup() { return t('game.predict.afterWaitsForSetup'); },
  get waitsForChange() { return t('game.predict.afterWaitsForChange'); },
};

/** The line above the Commit button about what comes next and Esc; on a star-bearing question it is where the first Esc explains. */
function escNote(kind: 'choice' | 'sketch', countsForStars: boolean, after: AfterCommit): HTMLParagraphElement {
  // Whole sentences, each its own message.
  const shows = kind === 'choice' ? t('game.predict.cardShowsPrediction') : t('game.predict.cardShowsSketch');
  const note = el('p', [AFTER_COMMIT_TEXT[after], shows, countsForStars ? t('game.predict.countsForStars') : t('game.predict.escSkips')].join(' '), 'muted');
  note.id = 'prediction-esc-note';
  return note;
}

/** The dialog's foot: the note and the Commit button, kept in sight while the question scrolls (campaign.css). */
function footer(note: HTMLElement, commit: HTMLButtonElement): HTMLDivElement {
  const foot = el('div', undefined, 'prediction-footer level-card-buttons-sticky');
  foot.append(note, commit);
  return foot;
}

export class PredictionDialog {
  private readonly dialog = new ModalDialog('prediction-dialog', 'prediction-title');
  /** The open question counts for stars: its note, and whether Esc has been pressed once already. */
  private starGuard: { note: HTMLElement; warned: boolean; kind: 'choice' | 'sketch' } | null = null;

  constructor() {
    // Esc on a star-bearing question: the first press explains (the dialog stays open), the second skips.
    this.dialog.element.addEventListener('keydown', (e) => {
      const guard = this.starGuard;
      if (e.key !== 'Escape' || !guard || guard.warned) return;
      e.preventDefault();
      guard.warned = true;
      guard.note.textContent = guard.kind === 'choice' ? t('game.predict.escWarnChoice') : t('game.predict.escWarnSketch');
      guard.note.className = 'prediction-esc-warning';
      guard.note.setAttribute('role', 'alert');
      // Shown in the sticky footer beside Commit, so it is in sight however long the question is.
      guard.note.scrollIntoView({ block: 'nearest' });
    });
  }

  /** Guards Esc for a question that counts for stars (until the dialog closes). */
  private guardEsc(note: HTMLElement, countsForStars: boolean, kind: 'choice' | 'sketch'): void {
    this.starGuard = countsForStars ? { note, warned: false, kind } : null;
  }

  get open(): boolean {
    return this.dialog.open;
  }

  ask(levelTitle: string, question: string, choices: readonly string[], countsForStars = false, after: AfterCommit = 'runs'): Promise<number | null> {
    return new Promise((resolve) => {
      let chosen: number | null = null;
      const d = this.dialog.element;
      d.classList.remove('prediction-dialog-sketch');
      const heading = el('h2', t('game.predict.title'));
      heading.id = 'prediction-title';
      const form = el('form');
      const fieldset = el('fieldset', undefined, 'prediction-choices');
      const legend = el('legend', question);
      fieldset.append(legend);
      const commit = button(t('game.predict.commit'), () => undefined);
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
      const note = escNote('choice', countsForStars, after);
      form.append(fieldset, footer(note, commit));
      d.replaceChildren(heading, el('p', levelTitle, 'muted'), form);
      this.guardEsc(note, countsForStars, 'choice');
      this.dialog.show(form.querySelector<HTMLElement>('input[type="radio"]'), () => {
        this.starGuard = null;
        resolve(chosen);
      });
    });
  }

  /**
   * Asks for a sketch: `points` control points over the axes. Resolves with the heights (0-1) once
   * the player has drawn something and commits, or null when skipped.
   */
  askSketch(levelTitle: string, question: string, axes: SketchAxes, points: number, countsForStars = false, after: AfterCommit = 'runs'): Promise<number[] | null> {
    return new Promise((resolve) => {
      let sketch: number[] | null = null;
      const d = this.dialog.element;
      d.classList.add('prediction-dialog-sketch');
      const heading = el('h2', t('game.predict.sketchTitle'));
      heading.id = 'prediction-title';
      const form = el('form');
      const fieldset = el('fieldset', undefined, 'prediction-sketch');
      fieldset.append(el('legend', question));
      const pad = new SketchPad(axes, points, question);
      fieldset.append(pad.element);
      const commit = button(t('game.predict.commitSketch'), () => undefined);
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
      const note = escNote('sketch', countsForStars, after);
      form.append(fieldset, footer(note, commit));
      d.replaceChildren(heading, el('p', levelTitle, 'muted'), form);
      this.guardEsc(note, countsForStars, 'sketch');
      this.dialog.show(pad.element.querySelector<HTMLElement>('svg'), () => {
        this.starGuard = null;
        resolve(sketch);
      });
    });
  }
}
