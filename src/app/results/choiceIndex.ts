/**
 * A multiple-choice answer by its index, the same in every language. Answers are saved with the
 * chosen index now; older saved progress and version 1 results files kept only the choice's text, in
 * the language the student played in. This maps such a text back to its index through the level's
 * choices in every language the page ships (a built-in level's English text and each translation),
 * or through the level's own texts for a level from a file. Null when no language has that text
 * (the question was reworded since): the answer is then shown as the student wrote it.
 */
import { REAL_LOCALES } from '../../i18n/locales';
import type { Level } from '../../levels/schema/level';
import type { TextTranslations } from '../../levels/text/localizeLevel';

type LessonData = { lesson?: { predictions?: Array<{ id?: unknown; choices?: unknown }> } };

// The same modules the level catalog and levelLanguage.ts bundle (nothing is bundled twice).
const englishLevels = import.meta.glob<LessonData>(['../../../levels/*.json', '!../../../levels/*.schema.json', '!../../../levels/campaign.json'], { eager: true, import: 'default' });
const translationFiles = import.meta.glob<TextTranslations>('../../../levels/locales/*/*.json', { eager: true, import: 'default' });

const idOf = (path: string): string => path.replace(/^.*\//, '').replace(/\.json$/, '');
const ENGLISH = new Map(Object.entries(englishLevels).map(([path, data]) => [idOf(path), data]));

/** The question's choices in every language the page ships ([] for a level it does not ship). */
export function choiceTextsByLanguage(levelId: string, questionId: string): string[][] {
  const english = ENGLISH.get(levelId);
  const questions = english?.lesson?.predictions ?? [];
  const q = questions.findIndex((p) => p.id === questionId);
  if (q < 0 || !Array.isArray(questions[q].choices)) return [];
  const choices = (questions[q].choices as unknown[]).map(String);
  const languages = [choices];
  for (const locale of REAL_LOCALES) {
    const translations = translationFiles[`../../../levels/locales/${locale}/${levelId}.json`];
    if (!translations) continue;
    languages.push(choices.map((text, c) => translations[`/lesson/predictions/${q}/choices/${c}`] ?? text));
  }
  return languages;
}

/** The index of the choice whose text is `answer`, in the level as shown or in any language shipped; null when none. */
export function choiceIndexOfAnswer(level: Level | null, levelId: string, questionId: string, answer: string): number | null {
  const shown = level?.lesson?.predictions?.find((p) => p.id === questionId)?.choices ?? [];
  for (const choices of [shown, ...choiceTextsByLanguage(levelId, questionId)]) {
    const index = choices.indexOf(answer);
    if (index >= 0) return index;
  }
  return null;
}

/**
 * The choice a saved answer names: its index when it has one (saved since answers are kept by
 * index), else its text mapped back through every language. What the lesson's questions (a switched
 * language must not lose an answer) and the results file both read.
 */
export function savedChoice(saved: { readonly answer: string; readonly choice?: number }, level: Level | null, levelId: string, questionId: string): number | null {
  return saved.choice ?? choiceIndexOfAnswer(level, levelId, questionId, saved.answer);
}
