/**
 * What the class view shows of many students' files, as plain data: per level, the spread of each
 * outcome and of trials run (min, median, max), how many reached the goal, and the predictions
 * tallied per question. Pure, so it is unit-tested; the view only draws it.
 */
import { levelContentHash } from '../../levels/results/contentHash';
import type { RunRecord } from '../../levels/results/resultsFile';
import type { Verdict } from '../../levels/results/verifyRun';

export interface StudentRun {
  readonly fileName: string;
  readonly student: string;
  readonly record: RunRecord;
  /** null while the replay runs (or after it was cancelled). */
  verdict: Verdict | null;
  /** Whether this run's check was cancelled (its verdict stays null). */
  cancelled?: boolean;
}

export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly count: number;
}

export interface LevelSummary {
  readonly levelId: string;
  /** The content hash of the level these runs were played on: runs on a changed copy are summarized apart. */
  readonly contentHash: string;
  /** Whether these runs were played on a changed copy of the built-in level of this id. */
  readonly changedCopy: boolean;
  readonly title: string;
  /** Every run of the level loaded (for the table); the numbers below count only `counted`. */
  readonly runs: readonly StudentRun[];
  /** The verified runs: only what a replay reproduced goes into the curves, spreads and tallies. */
  readonly counted: readonly StudentRun[];
  readonly goalMet: number;
  readonly trialsRun: Spread | null;
  /** Per objective id (in the first run's order), the spread of its recorded values. */
  readonly outcomes: ReadonlyArray<{ readonly id: string; readonly spread: Spread | null }>;
  /** Per question id, each answer with how many chose it (most chosen first). */
  readonly predictions: ReadonlyArray<{ readonly questionId: string; readonly answers: readonly TalliedAnswer[] }>;
}

/**
 * One answer of the tally: a choice by its index (counted together in every language, shown in the
 * teacher's), or, with `choice` null, a text no choice has (a sketch in words, or an old answer to a
 * question since reworded), shown as the student wrote it.
 */
export interface TalliedAnswer {
  readonly choice: number | null;
  /** The text of the first such answer read (a student's language). */
  readonly answer: string;
  readonly count: number;
}

/** The choice index of an answer saved as text only (a version 1 file), or null (results/choiceIndex.ts). */
export type ChoiceOfText = (levelId: string, questionId: string, answer: string) => number | null;

export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1], count: sorted.length };
}

/** The hash of the level a run was played on (named for a built-in one, computed for a carried one). */
export function playedLevelHash(record: RunRecord): string {
  return record.level.builtIn ? record.level.contentHash : levelContentHash(record.level.data);
}

export function summarizeLevels(runs: readonly StudentRun[], choiceOfText: ChoiceOfText = () => null): LevelSummary[] {
  // Per (level id, content hash): a changed copy under a built-in's id is never mixed with the real level.
  const byLevel = new Map<string, StudentRun[]>();
  for (const run of runs) {
    const key = `${run.record.levelId}\n${playedLevelHash(run.record)}`;
    const list = byLevel.get(key) ?? [];
    list.push(run);
    byLevel.set(key, list);
  }
  return [...byLevel.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, all]) => {
    const [levelId, contentHash] = key.split('\n');
    const list = all.filter((r) => r.verdict?.status === 'verified');
    const objectiveIds = [...new Set(list.flatMap((r) => r.record.outcomes.map((o) => o.id)))];
    const questions = new Map<string, Map<string, { choice: number | null; answer: string; count: number }>>();
    for (const r of list) {
      for (const p of r.record.predictions) {
        const answers = questions.get(p.questionId) ?? new Map<string, { choice: number | null; answer: string; count: number }>();
        const choice = p.choice ?? choiceOfText(levelId, p.questionId, p.answer);
        const key = choice === null ? `text:${p.answer}` : `choice:${choice}`;
        const tally = answers.get(key) ?? { choice, answer: p.answer, count: 0 };
        tally.count++;
        answers.set(key, tally);
        questions.set(p.questionId, answers);
      }
    }
    return {
      levelId,
      contentHash,
      changedCopy: all.some((r) => r.verdict?.status === 'changedCopy'),
      title: all[0].record.title,
      runs: all,
      counted: list,
      goalMet: list.filter((r) => r.record.goalMet).length,
      trialsRun: spreadOf(list.map((r) => r.record.curve.length)),
      outcomes: objectiveIds.map((id) => ({
        id,
        spread: spreadOf(list.flatMap((r) => r.record.outcomes.filter((o) => o.id === id && o.value !== null).map((o) => o.value as number))),
      })),
      predictions: [...questions.entries()].map(([questionId, answers]) => ({
        questionId,
        answers: [...answers.values()].sort((a, b) => b.count - a.count || (a.choice ?? 100) - (b.choice ?? 100) || a.answer.localeCompare(b.answer)),
      })),
    };
  });
}
