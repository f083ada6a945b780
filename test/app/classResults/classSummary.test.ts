// The class view's numbers: spread (min, median, max), goal counts, prediction tallies, the CSV's
// quoting (commas, quotes, a cell a spreadsheet would run as a formula), and every key the view
// builds from a name exists in English and Spanish.
import { describe, expect, it } from 'vitest';
import { hasKey } from '../../../src/i18n/messages';
import { classCsv, csvCell, csvHeaders } from '../../../src/app/classResults/classCsv';
import { spreadOf, summarizeLevels, type StudentRun } from '../../../src/app/classResults/classSummary';
import type { RunRecord } from '../../../src/levels/results/resultsFile';

function run(student: string, levelId: string, value: number | null, trials: number, answer: string, goalMet: boolean): StudentRun {
  const record: RunRecord = {
    levelId, title: levelId, level: { builtIn: true, contentHash: '0123456789abcdef' }, seed: 1, settings: [], commands: [], ticks: 100, dtMs: 1,
    outcomes: [{ id: 'fires', value, met: goalMet }], goalMet, stars: goalMet ? 2 : 0, attempts: 1, trialsUsed: trials,
    predictions: [{ questionId: 'q1', answer }], curve: Array.from({ length: trials }, (_, i) => ({ trial: i + 1, metrics: { fires: i } })), stateHash: '00000000',
  };
  return { fileName: `${student}.json`, student, record, verdict: { status: 'verified' } };
}

describe('class summary', () => {
  it('spreads values as min, median, max', () => {
    expect(spreadOf([])).toBeNull();
    expect(spreadOf([5])).toEqual({ min: 5, median: 5, max: 5, count: 1 });
    expect(spreadOf([9, 1, 4, 2])).toEqual({ min: 1, median: 3, max: 9, count: 4 });
  });

  it('groups runs per level with goals, trials, outcomes and tallied predictions', () => {
    const runs = [run('Ana', 'a', 9, 3, 'More', true), run('Ben', 'a', null, 5, 'Fewer', false), run('Cy', 'a', 3, 4, 'More', true), run('Di', 'b', 1, 1, 'More', false)];
    const [a, b] = summarizeLevels(runs);
    expect(a.levelId).toBe('a');
    expect(a.goalMet).toBe(2);
    expect(a.trialsRun).toEqual({ min: 3, median: 4, max: 5, count: 3 });
    expect(a.outcomes).toEqual([{ id: 'fires', spread: { min: 3, median: 6, max: 9, count: 2 } }]);
    expect(a.predictions).toEqual([{ questionId: 'q1', answers: [{ choice: null, answer: 'More', count: 2 }, { choice: null, answer: 'Fewer', count: 1 }] }]);
    expect(b.runs.map((r) => r.student)).toEqual(['Di']);
  });

  it('tallies a choice by its index: a Spanish and an English student who chose the same count together, an old text-only answer mapped back', () => {
    const withChoice = (r: StudentRun, choice: number | undefined): StudentRun => ({ ...r, record: { ...r.record, predictions: [{ questionId: 'q1', answer: r.record.predictions[0].answer, ...(choice === undefined ? {} : { choice }) }] } });
    const runs = [
      withChoice(run('Ana', 'a', 1, 1, 'More', true), 0),
      withChoice(run('Bea', 'a', 1, 1, 'Más', true), 0),
      // A version 1 file: text only, in Spanish; mapped back to choice 0 through the languages shipped.
      withChoice(run('Carlos', 'a', 1, 1, 'Más', true), undefined),
      withChoice(run('Dan', 'a', 1, 1, 'Fewer', true), 1),
      // A text no language has: kept as its own answer.
      withChoice(run('Eve', 'a', 1, 1, 'Some', true), undefined),
    ];
    const choiceOfText = (_level: string, _question: string, answer: string): number | null => ({ More: 0, Más: 0, Fewer: 1, Menos: 1 } as Record<string, number>)[answer] ?? null;
    const [a] = summarizeLevels(runs, choiceOfText);
    expect(a.predictions).toEqual([{ questionId: 'q1', answers: [
      { choice: 0, answer: 'More', count: 3 }, { choice: 1, answer: 'Fewer', count: 1 }, { choice: null, answer: 'Some', count: 1 },
    ] }]);
  });

  it('summarizes runs on a changed copy of a level apart from the real level, named as a copy', () => {
    const real = run('Ana', 'a', 9, 3, 'More', true);
    const ben = run('Ben', 'a', 2, 1, 'More', true);
    const copy: StudentRun = { ...ben, record: { ...ben.record, level: { builtIn: false, data: { id: 'a', rewritten: true } } } };
    copy.verdict = { status: 'changedCopy', levelId: 'a' };
    const summaries = summarizeLevels([real, copy]);
    expect(summaries).toHaveLength(2);
    const copied = summaries.find((s) => s.changedCopy)!;
    expect(copied.runs.map((r) => r.student)).toEqual(['Ben']);
    expect(summaries.find((s) => !s.changedCopy)!.runs.map((r) => r.student)).toEqual(['Ana']);
    expect(hasKey('results.classView.changedCopyTitle') && hasKey('results.check.changedCopy') && hasKey('results.diff.changedCopy')).toBe(true);
  });
});

describe('what is and is not checked', () => {
  it('counts only verified runs in a level\'s numbers, curves and tallies', () => {
    const checking: StudentRun = { ...run('Ben', 'a', 1, 9, 'Fewer', true), verdict: null };
    const failed: StudentRun = { ...run('Cy', 'a', 2, 8, 'Fewer', true), verdict: { status: 'notVerified', differences: [{ kind: 'hash' }] } };
    const [a] = summarizeLevels([run('Ana', 'a', 5, 3, 'More', true), checking, failed]);
    expect(a.runs).toHaveLength(3);
    expect(a.counted.map((r) => r.student)).toEqual(['Ana']);
    expect(a.goalMet).toBe(1);
    expect(a.trialsRun).toEqual({ min: 3, median: 3, max: 3, count: 1 });
    expect(a.predictions).toEqual([{ questionId: 'q1', answers: [{ choice: null, answer: 'More', count: 1 }] }]);
    expect(hasKey('results.classView.verifiedOnly') && hasKey('results.classView.unchecked')).toBe(true);
  });

  it('says in the CSV headers that stars, attempts, trials to the goal and predictions are not checked', () => {
    const headers = csvHeaders();
    for (const column of [headers.stars, headers.attempts, headers.trialsUsed, headers.predictions]) expect(column).toMatch(/not checked/);
    for (const column of [headers.check, headers.goal, headers.trialsRun]) expect(column).not.toMatch(/not checked/);
  });
});

describe('class CSV', () => {
  it('quotes cells and keeps formulas as text', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes one row per student and level', () => {
    const words = {
      headers: { file: 'File', student: 'Student', level: 'Level id', title: 'Level', check: 'Check', goal: 'Goal', stars: 'Stars', attempts: 'Attempts', trialsUsed: 'Used', trialsRun: 'Run', seed: 'Seed', predictions: 'Predictions' },
      verdict: (r: StudentRun) => r.verdict?.status ?? '',
      yesNo: (v: boolean) => (v ? 'yes' : 'no'),
      objectiveHeader: (id: string) => `Objective ${id}`,
    };
    const lines = classCsv([run('Ana, P.', 'a', 9, 3, 'More', true), run('Ben', 'b', null, 2, 'Fewer', false)], words).split('\r\n');
    expect(lines[0]).toBe('File,Student,Level id,Level,Check,Goal,Stars,Attempts,Used,Run,Seed,Objective fires,Predictions');
    expect(lines[1]).toBe('"Ana, P..json","Ana, P.",a,a,verified,yes,2,1,3,3,1,9,q1: More');
    expect(lines[2]).toBe('Ben.json,Ben,b,b,verified,no,0,1,2,2,1,,q1: Fewer');
    expect(lines[3]).toBe('');
  });
});

describe('keys the class view builds from names', () => {
  const keys = [
    ...['verified', 'notVerified', 'cannotCheck'].map((s) => `results.check.${s}`),
    ...['student', 'level', 'check', 'why', 'goal', 'stars', 'trials'].map((k) => `results.classView.column.${k}`),
    ...['min', 'median', 'max'].map((k) => `results.classView.${k}`),
    ...['file', 'student', 'level', 'title', 'check', 'goal', 'stars', 'attempts', 'trialsUsed', 'trialsRun', 'seed', 'predictions'].map((k) => `results.csv.${k}`),
  ];
  it.each(['en', 'es'])('exist in %s', (locale) => {
    expect(keys.filter((key) => !hasKey(key, locale))).toEqual([]);
  });
});
