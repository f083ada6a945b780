import { describe, expect, it } from 'vitest';
import { problemInWords } from '../../../src/ui/open/problemWords';
import { formatPath, parsePath } from '../../../src/levels/errors';

describe('problemInWords', () => {
  it('names the field in words, like the editor\'s problems list, with the schema\'s symbols in words and the file\'s path kept', () => {
    expect(problemInWords({ path: 'populations[2].count', message: 'must be ≤ 20000, got 50000' }))
      .toBe('Populations › item 3 › Count: must be at most 20000, got 50000 (in the file: populations[2].count)');
    expect(problemInWords({ path: 'dtMs', message: 'must be ≥ 0.01, got 0' })).toBe('Time step (ms): must be at least 0.01, got 0 (in the file: dtMs)');
    expect(problemInWords({ path: 'durationMs', message: 'must be > 0, got 0' })).toBe('Duration (ms): must be more than 0, got 0 (in the file: durationMs)');
    expect(problemInWords({ path: 'objectives[0].threshold', message: 'must be a number, got "x"' }))
      .toBe('Objectives › item 1 › Threshold: must be a number, got "x" (in the file: objectives[0].threshold)');
  });

  it('a problem with the whole file starts as a sentence', () => {
    expect(problemInWords({ path: '', message: 'invalid JSON at line 1, column 2: unexpected end of file' })).toBe('Invalid JSON at line 1, column 2: unexpected end of file');
  });

  it('reads back every path formatPath writes (keys that are not identifiers too), and refuses what is not one', () => {
    for (const segments of [['dtMs'], ['populations', 2, 'count'], ['params', 'a-b', 0, 'x'], [0], ['projections', 'ee"x', 'w']]) {
      expect(parsePath(formatPath(segments))).toEqual(segments);
    }
    expect(parsePath('a..b')).toBeUndefined();
    expect(parsePath('a[x]')).toBeUndefined();
    expect(problemInWords({ path: 'a[x]', message: 'is required' })).toBe('a[x]: is required');
  });
});
