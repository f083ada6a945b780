import { describe, expect, it } from 'vitest';
import { parseErrorPath, pathStartsWith, validateDraft } from '../../src/editor/draftProblems';
import { formatPath } from '../../src/levels/errors';
import { templateByKey } from '../../src/editor/templates';

describe('level error paths become draft paths', () => {
  it.each([
    ['', []],
    ['title', ['title']],
    ['projections[0].connect.p', ['projections', 0, 'connect', 'p']],
    ['a["x-y"][3]', ['a', 'x-y', 3]],
  ])('%s', (text, segments) => {
    expect(parseErrorPath(text)).toEqual(segments);
  });
  it('reads back every path formatPath writes', () => {
    const samples = [['timeline', 'sessions', 0, 'phases', 12, 'trialMs'], ['circuits', 0, 'odd key', 2], ['$x', 'y_1']];
    for (const segments of samples) expect(parseErrorPath(formatPath(segments))).toEqual(segments);
  });
  it('prefix test', () => {
    expect(pathStartsWith(['a', 0, 'b'], ['a', 0])).toBe(true);
    expect(pathStartsWith(['a', 1, 'b'], ['a', 0])).toBe(false);
    expect(pathStartsWith(['a'], ['a', 0])).toBe(false);
  });
  it('puts a bad value\'s problem on its field', () => {
    const draft = templateByKey('free-network')!.create() as Record<string, unknown>;
    expect(validateDraft(draft)).toEqual([]);
    const populations = structuredClone(draft.populations) as { count: number }[];
    populations[1].count = -4;
    const problems = validateDraft({ ...draft, populations });
    expect(problems).toContainEqual({ path: ['populations', 1, 'count'], message: 'must be ≥ 1, got -4' });
  });
});
