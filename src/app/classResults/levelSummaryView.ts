/**
 * One section per level in the class view: how many reached the goal, every student's learning
 * curve overlaid (with a legend in words), the spread of trials run and of each outcome (min, median,
 * max), and the predictions tallied per question (the question's own text, the answers with counts,
 * a choice counted by its index and shown in the teacher's language).
 */
import { formatNumber, t } from '../../i18n/messages';
import { objectiveDisplay } from '../../levels/labels/objectiveText';
import type { Level } from '../../levels/schema/level';
import { curveMetricOf, learningCurvesSvg, styleOf } from './classPlot';
import type { LevelSummary, Spread, TalliedAnswer } from './classSummary';
import { el } from './dom';
import type { Namer } from './verdictWords';

const num = (value: number): string => formatNumber(value, { maximumSignificantDigits: 4 });

function spreadRow(name: string, spread: Spread | null): HTMLTableRowElement {
  const cells = spread === null ? [t('results.classView.noValue'), '', '']
    : [num(spread.min), num(spread.median), num(spread.max)];
  return el('tr', {}, el('th', { scope: 'row' }, name), ...cells.map((c) => el('td', {}, c)));
}

function questionText(level: Level | null, id: string): string {
  const lesson = level?.lesson;
  return lesson?.predictions?.find((p) => p.id === id)?.question ?? lesson?.sketchPredictions?.find((p) => p.id === id)?.question ?? id;
}

/** An answer as the teacher reads it: a choice in the page's language; a text no choice has, as written. */
function answerText(level: Level | null, questionId: string, answer: TalliedAnswer): string {
  const question = level?.lesson?.predictions?.find((p) => p.id === questionId);
  if (answer.choice !== null && question && answer.choice < question.choices.length) return question.choices[answer.choice];
  // A sketch question's answers are the sketches in words; another text is an answer no choice has.
  return question ? t('results.classView.otherAnswer', { answer: answer.answer }) : answer.answer;
}

function levelSection(summary: LevelSummary, level: Level | null, names: Namer): HTMLElement {
  const section = el('section', { class: 'class-level', 'data-level': summary.levelId, 'data-content-hash': summary.contentHash });
  const levelTitle = names.level(summary.levelId) || summary.title;
  const title = summary.changedCopy ? t('results.classView.changedCopyTitle', { level: levelTitle }) : levelTitle;
  section.append(el('h2', {}, title),
    el('p', { class: 'class-counted' }, t('results.classView.verifiedOnly', { count: summary.runs.length, verified: summary.counted.length })),
    el('p', {}, t('results.classView.goalCount', { count: summary.counted.length, met: summary.goalMet })));
  const metric = curveMetricOf(summary.counted);
  if (metric !== null) {
    const quantity = level ? objectiveDisplay(level, metric) : { label: metric, unit: '' };
    const yLabel = quantity.unit ? `${quantity.label} (${quantity.unit})` : quantity.label;
    const plotTitle = t('results.classView.curveTitle', { quantity: quantity.label, level: title });
    section.append(el('h3', {}, plotTitle), learningCurvesSvg(summary.counted, metric, { title: plotTitle, xLabel: t('results.classView.trial'), yLabel }));
    const legend = el('ul', { class: 'class-legend', 'aria-label': t('results.classView.legend') });
    summary.counted.forEach((r, i) => {
      const { color, dash } = styleOf(i);
      const swatch = el('span', { class: `class-swatch${dash ? ' class-swatch-dashed' : ''}`, 'aria-hidden': 'true' });
      swatch.style.borderColor = color;
      legend.append(el('li', {}, swatch, r.student));
    });
    section.append(legend);
  } else {
    section.append(el('p', {}, t('results.classView.noCurve')));
  }
  const head = el('tr', {}, el('th', { scope: 'col' }, t('results.classView.quantity')), ...['min', 'median', 'max'].map((k) => el('th', { scope: 'col' }, t(`results.classView.${k}`))));
  const body = el('tbody', {}, spreadRow(t('results.classView.trialsRun'), summary.trialsRun),
    ...summary.outcomes.map((o) => spreadRow(names.objective(summary.levelId, o.id), o.spread)));
  section.append(el('table', { class: 'class-spread' }, el('caption', {}, t('results.classView.spread')), el('thead', {}, head), body));
  if (summary.predictions.length > 0) {
    section.append(el('h3', {}, t('results.classView.predictions')));
    for (const q of summary.predictions) {
      const list = el('ul', {}, ...q.answers.map((a) => el('li', {}, t('results.classView.answerCount', { answer: answerText(level, q.questionId, a), count: a.count }))));
      section.append(el('p', { class: 'class-question' }, questionText(level, q.questionId)), list);
    }
  }
  return section;
}

export function renderLevelSummaries(box: HTMLElement, summaries: readonly LevelSummary[], levels: ReadonlyMap<string, Level | null>, names: Namer): void {
  box.replaceChildren(...summaries.map((s) => levelSection(s, levels.get(s.levelId) ?? null, names)));
}
