/**
 * The class view's CSV: one row per student × level, with the verdict in words, the goal, stars,
 * attempts, trials, every objective's value, and the predictions. Cells are quoted as RFC 4180 says,
 * and a cell a spreadsheet would read as a formula (=, +, -, @ first) is kept as text.
 */
import { t } from '../../i18n/messages';
import type { StudentRun } from './classSummary';

const HEADER_KEYS = ['file', 'student', 'level', 'title', 'check', 'goal', 'stars', 'attempts', 'trialsUsed', 'trialsRun', 'seed', 'predictions'] as const;

/** The column headers in the page's language (stars, attempts, trials to the goal and predictions say they are not checked). */
export function csvHeaders(): CsvWords['headers'] {
  return Object.fromEntries(HEADER_KEYS.map((k) => [k, t(`results.csv.${k}`)])) as Record<(typeof HEADER_KEYS)[number], string>;
}

export interface CsvWords {
  readonly headers: {
    readonly file: string; readonly student: string; readonly level: string; readonly title: string; readonly check: string;
    readonly goal: string; readonly stars: string; readonly attempts: string; readonly trialsUsed: string; readonly trialsRun: string;
    readonly seed: string; readonly predictions: string;
  };
  verdict(run: StudentRun): string;
  yesNo(value: boolean): string;
  objectiveHeader(id: string): string;
}

export function csvCell(value: string | number): string {
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function classCsv(runs: readonly StudentRun[], words: CsvWords): string {
  const objectiveIds = [...new Set(runs.flatMap((r) => r.record.outcomes.map((o) => o.id)))];
  const h = words.headers;
  const header = [h.file, h.student, h.level, h.title, h.check, h.goal, h.stars, h.attempts, h.trialsUsed, h.trialsRun, h.seed, ...objectiveIds.map((id) => words.objectiveHeader(id)), h.predictions];
  const rows = runs.map((r) => {
    const { record } = r;
    const values = objectiveIds.map((id) => {
      const outcome = record.outcomes.find((o) => o.id === id);
      return outcome?.value ?? '';
    });
    const predictions = record.predictions.map((p) => `${p.questionId}: ${p.answer}`).join('; ');
    return [r.fileName, r.student, record.levelId, record.title, words.verdict(r), words.yesNo(record.goalMet), record.stars, record.attempts, record.trialsUsed, record.curve.length, record.seed, ...values, predictions];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
