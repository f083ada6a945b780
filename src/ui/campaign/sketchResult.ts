/**
 * The result card's figure for a sketch prediction: the player's sketch and the run's curve in one
 * small SVG (two colours from the page's CSS, and dashed vs solid so colour is not the only cue),
 * a legend, the score in words, and both curves in words for screen readers.
 */
import { controlTrials, sketchAxes, type SketchScore } from '../../levels/campaign/sketch';
import { describeCurve, sketchScoreWords } from './sketchWords';
import type { SketchPrediction } from '../../levels/schema/lesson';
import { el } from './modalDialog';
import { createSketchPlot, polylinePoints, svgEl, type SketchAxes } from './sketchPlot';
import { t } from '../../i18n/messages';

export interface SketchResultData {
  axes: SketchAxes;
  /** The player's control points (plot heights 0-1, evenly spaced over the axis). */
  sketch: readonly number[];
  /** The run's curve: trial numbers and plot heights 0-1 (SketchScore gridTrials / actualOnGrid). */
  actualTrials: readonly number[];
  actualHeights: readonly number[];
  /** The score in words (sketchScoreWords). */
  scoreText: string;
}

function legendItem(text: string, className: string): HTMLElement {
  const item = el('span', undefined, 'sketch-legend-item');
  const swatch = svgEl('svg', { width: 26, height: 10, 'aria-hidden': 'true' });
  swatch.append(svgEl('line', { x1: 1, x2: 25, y1: 5, y2: 5, class: `sketch-line ${className}` }));
  item.append(swatch, ` ${text}`);
  return item;
}

export function sketchResultFigure(data: SketchResultData): HTMLElement {
  const figure = el('figure', undefined, 'sketch-result');
  const plot = createSketchPlot(data.axes, 360, 200);
  const sketchTrials = controlTrials(data.sketch.length, { first: data.axes.firstTrial, last: data.axes.lastTrial });
  plot.svg.setAttribute('role', 'img');
  const mine = describeCurve(data.sketch, sketchTrials, data.axes);
  const actual = describeCurve(data.actualHeights, data.actualTrials, data.axes);
  plot.svg.setAttribute('aria-label', t('game.sketch.resultLabel', { mine, actual }));
  plot.svg.append(
    svgEl('polyline', { class: 'sketch-line sketch-line-actual', fill: 'none', points: polylinePoints(plot, data.actualTrials, data.actualHeights) }),
    svgEl('polyline', { class: 'sketch-line sketch-line-player', fill: 'none', points: polylinePoints(plot, sketchTrials, data.sketch) }),
  );
  const legend = el('div', undefined, 'sketch-legend');
  legend.setAttribute('aria-hidden', 'true');
  legend.append(legendItem(t('game.sketch.yours'), 'sketch-line-player'), legendItem(t('game.sketch.whatHappened'), 'sketch-line-actual'));
  const caption = el('figcaption', data.scoreText, 'sketch-score');
  figure.append(plot.svg, legend, caption);
  return figure;
}

/**
 * One entry of the result card's predictions for a scored sketch: the sketch and the run's curve,
 * the score in words, the reveal text. The page calls it after scoring (checkSketchPrediction).
 */
export function sketchPredictionCard(prediction: SketchPrediction, levelTrials: number, sketch: readonly number[], scored: SketchScore): {
  question: string; answer: string; outcome: string; correct: boolean; reveal: string; sketch: SketchResultData;
} {
  const axes = sketchAxes(prediction, levelTrials);
  const ranTo = Math.round(scored.trialsCompared);
  // A run that stopped early (goal met) is compared over the part that ran: say so.
  const partial = ranTo < axes.lastTrial ? [t('game.sketch.comparedOver', { axis: axes.xLabel.toLowerCase(), first: axes.firstTrial, last: ranTo })] : [];
  const scoreText = [sketchScoreWords(scored.score, scored.correct), ...partial].join(' ');
  return {
    question: prediction.question,
    answer: describeCurve(sketch, controlTrials(sketch.length, { first: axes.firstTrial, last: axes.lastTrial }), axes),
    outcome: scoreText,
    correct: scored.correct,
    reveal: prediction.reveal,
    sketch: { axes, sketch, actualTrials: scored.gridTrials, actualHeights: scored.actualOnGrid, scoreText },
  };
}
