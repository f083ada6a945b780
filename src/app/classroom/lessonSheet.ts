/**
 * The printable lesson sheet: for each chosen level, in order, its goal, objectives, prediction
 * questions with their choices (the answer marked, for the teacher) and its teacher notes. Printing
 * shows this sheet alone (teacherView.css, @media print). Text only, through textContent.
 */
import { el } from '../../ui/campaign/modalDialog';
import { t } from '../../i18n/messages';
import type { Level } from '../../levels/schema/level';


function section(heading: string, ...content: HTMLElement[]): HTMLElement[] {
  return [el('h4', heading), ...content];
}

function levelPart(level: Level, index: number): HTMLElement {
  const article = el('article', undefined, 'sheet-level');
  article.append(el('h3', t('classroom.sheet.levelHeading', { index: String(index + 1), title: level.title })));
  const lesson = level.lesson;
  if (lesson !== undefined && lesson.goal.trim() !== '') article.append(...section(t('classroom.sheet.goal'), el('p', lesson.goal)));
  if (level.objectives.length > 0) {
    const list = el('ul');
    list.append(...level.objectives.map((o) => el('li', o.description)));
    article.append(...section(t('classroom.sheet.objectives'), list));
  }
  const questions = [...(lesson?.predictions ?? []).map((p) => ({ question: p.question, choices: p.choices as readonly string[], answer: p.answer as number | null })),
    ...(lesson?.sketchPredictions ?? []).map((s) => ({ question: s.question, choices: [] as readonly string[], answer: null }))];
  if (questions.length > 0) {
    const list = el('ol', undefined, 'sheet-questions');
    for (const q of questions) {
      const item = el('li');
      item.append(el('p', q.question));
      if (q.choices.length > 0) {
        const choices = el('ul', undefined, 'sheet-choices');
        choices.append(...q.choices.map((choice, i) => el('li', i === q.answer ? t('classroom.sheet.answer', { choice }) : choice, i === q.answer ? 'sheet-answer' : undefined)));
        item.append(choices);
      } else {
        item.append(el('p', t('classroom.sheet.sketch'), 'muted'));
      }
      list.append(item);
    }
    article.append(...section(t('classroom.sheet.questions'), list));
  }
  const notes = lesson?.teacherNotes.trim() ?? '';
  if (notes !== '') article.append(...section(t('classroom.sheet.notes'), ...notes.split(/\n\s*\n/).map((p) => el('p', p.trim()))));
  return article;
}

/** Fills `sheet` with the lesson's title and its levels (those that could be read). */
export function renderLessonSheet(sheet: HTMLElement, title: string, levels: readonly Level[]): void {
  const heading = el('h2', title);
  const intro = el('p', levels.length === 0 ? t('classroom.sheet.empty') : `${t('classroom.sheet.intro', { count: levels.length })} ${t('classroom.sheet.forTeacher')}`, 'muted');
  sheet.replaceChildren(heading, intro, ...levels.map(levelPart));
}
