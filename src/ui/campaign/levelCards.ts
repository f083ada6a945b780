/**
 * The cards around a level: an explanation card before it (intro and goal), a "what just
 * happened" card after its objectives are met (the explanation, the stars earned, the player's
 * predictions next to what happened), and a card when a run ends short of its goal (what was
 * missed, and Retry). Text only, never HTML.
 */
import { button, el, ModalDialog } from './modalDialog';
import { sketchResultFigure, type SketchResultData } from './sketchResult';
import { starsLabel, starsText } from './stars';
import { t } from '../../i18n/messages';

function paragraphs(text: string): HTMLElement[] {
  return text.split(/\n\s*\n/).filter((p) => p.trim() !== '').map((p) => el('p', p.trim()));
}

export interface ResultCardData {
  title: string;
  stars: number;
  maxStars: number;
  bestStars: number;
  /** "60 trials" or "12 seconds". */
  usedText: string;
  /** Why these stars, one sentence per star rule. */
  reasons: readonly string[];
  failures: number;
  whatHappened: string;
  /** `sketch` set: a sketched prediction, shown as the sketch next to the run's curve (answer and outcome are then words). */
  predictions: ReadonlyArray<{ question: string; answer: string; outcome: string; correct: boolean; reveal: string; sketch?: SketchResultData }>;
  /** Offered as "Next level" when set. */
  nextTitle: string | null;
  /** Where the level comes from when it is not one of the game's (a file, a link, the editor's draft): said under the stars. */
  origin?: string | null;
}

/** The card after a run that ended short of its goal: what was missed, by how much, and a way back in. */
export interface FailureCardData {
  title: string;
  /** Each missed objective: its description and its labelled value against the goal ("Spread: 0.6 ms (goal > 3 ms)"). */
  missed: ReadonlyArray<{ description: string; value: string }>;
  /** Attempts without success so far, this one included; null in free play, which counts none. */
  failures: number | null;
  /** Where the level comes from when it is not one of the game's. */
  origin?: string | null;
  /** The player's predictions against what this run showed (not saved: the attempt did not count). */
  predictions?: ResultCardData['predictions'];
}

export class LevelCards {
  private readonly intro = new ModalDialog('level-intro-dialog', 'level-intro-title');
  private readonly result = new ModalDialog('level-result-dialog', 'level-result-title');

  get open(): boolean {
    return this.intro.open || this.result.open;
  }

  /** `origin`: where the level comes from when it is not one of the game's (said under the heading). */
  showIntro(title: string, intro: string, goal: string, onStart: () => void, origin: string | null = null): void {
    const d = this.intro.element;
    const heading = el('h2', title);
    heading.id = 'level-intro-title';
    const goalBox = el('p', undefined, 'level-card-goal');
    goalBox.append(el('strong', t('game.card.goalLabel')), goal);
    const start = button(t('game.card.start'), () => this.intro.close());
    start.id = 'level-intro-start';
    const from = origin === null ? [] : [el('p', origin, 'muted level-card-origin')];
    d.replaceChildren(heading, ...from, ...paragraphs(intro), ...(goal ? [goalBox] : []), start);
    this.intro.show(start, onStart);
  }

  /**
   * The card of a run that ended before every objective was met, in the result card's dialog and look:
   * the missed objectives with their values, then Retry (the level from its start, with the player's
   * settings, as Reset does) and Close (to look at the finished run).
   */
  showFailure(data: FailureCardData, onRetry: () => void, onClose?: () => void): void {
    const d = this.result.element;
    const heading = el('h2', t('game.card.notReached', { title: data.title }));
    heading.id = 'level-result-title';
    const facts = el('p', data.failures === null ? t('game.lesson.endedUnmet') : t('game.card.attempts', { count: data.failures }), 'muted');
    const parts: HTMLElement[] = [heading, facts];
    if (data.origin) parts.push(el('p', data.origin, 'muted level-card-origin'));
    parts.push(el('h3', t('game.card.missed')));
    const list = el('ul', undefined, 'level-card-missed');
    list.id = 'level-result-missed';
    for (const m of data.missed) {
      const item = el('li');
      item.append(el('strong', m.description), el('br'), m.value);
      list.append(item);
    }
    parts.push(list);
    if (data.predictions && data.predictions.length > 0) parts.push(...predictionList(data.predictions));
    const row = el('div', undefined, 'level-card-buttons level-card-buttons-sticky');
    const retry = button(t('game.card.retry'), () => {
      this.result.close();
      onRetry();
    });
    retry.id = 'level-result-retry';
    const close = button(t('game.card.close'), () => this.result.close());
    close.id = 'level-result-close';
    row.append(retry, close);
    parts.push(row);
    d.replaceChildren(...parts);
    this.result.show(retry, onClose);
    d.scrollTop = 0;
  }

  showResult(data: ResultCardData, onNext: (() => void) | null, onClose?: () => void): void {
    const d = this.result.element;
    const heading = el('h2', t('game.card.complete', { title: data.title }));
    heading.id = 'level-result-title';
    const stars = el('p', starsText(data.stars, data.maxStars), 'level-card-stars');
    stars.id = 'level-result-stars';
    stars.dataset.stars = String(data.stars);
    stars.setAttribute('aria-label', starsLabel(data.stars, data.maxStars));
    const best = starsLabel(data.bestStars, data.maxStars);
    const facts = el('p', data.failures === 0
      ? t('game.card.factsFirstTry', { used: data.usedText, best })
      : t('game.card.factsAfterFailures', { used: data.usedText, count: data.failures, best }), 'muted');
    const parts: HTMLElement[] = [heading, stars, facts];
    if (data.origin) parts.push(el('p', data.origin, 'muted level-card-origin'));
    if (data.reasons.length > 0) {
      const why = el('ul', undefined, 'level-card-reasons muted');
      for (const reason of data.reasons) why.append(el('li', reason));
      parts.push(why);
    }
    if (data.whatHappened) parts.push(el('h3', t('game.panel.whatHappened')), ...paragraphs(data.whatHappened));
    if (data.predictions.length > 0) parts.push(...predictionList(data.predictions));
    const row = el('div', undefined, 'level-card-buttons');
    const keep = button(t('game.card.keepPlaying'), () => this.result.close());
    keep.id = 'level-result-close';
    if (onNext && data.nextTitle) {
      const next = button(t('game.card.next', { title: data.nextTitle }), () => {
        this.result.close();
        onNext();
      });
      next.id = 'level-result-next';
      row.append(next);
    }
    row.append(keep);
    parts.push(row);
    row.classList.add('level-card-buttons-sticky');
    d.replaceChildren(...parts);
    this.result.show(row.querySelector('button'), onClose);
    // The buttons stay in sight at the card's foot (sticky), so focusing Next does not scroll; the
    // card opens at its top, where the stars are, even when a sketch makes it taller than the screen.
    d.scrollTop = 0;
  }
}

/** "Your predictions": each question with the answer given against what happened (a sketch beside the curve). */
function predictionList(predictions: ResultCardData['predictions']): HTMLElement[] {
  const list = el('ul', undefined, 'level-card-predictions');
  for (const p of predictions) {
    const item = el('li');
    item.dataset.correct = String(p.correct);
    if (p.sketch) {
      item.classList.add('level-card-sketch');
      item.append(el('strong', p.question), sketchResultFigure({ ...p.sketch, scoreText: `${p.correct ? '✓' : '✗'} ${p.sketch.scoreText}` }), p.reveal);
    } else {
      item.append(el('strong', p.question), el('br'), p.correct ? t('game.card.predictedRight', { answer: p.answer }) : t('game.card.predictedWrong', { answer: p.answer, outcome: p.outcome }), el('br'), p.reveal);
    }
    list.append(item);
  }
  return [el('h3', t('game.card.yourPredictions')), list];
}
