import { describe, expect, it } from 'vitest';
import { problemInWords } from '../../../src/ui/open/problemWords';

describe('problemInWords', () => {
  it('says the schema\'s symbols in words, after the field path', () => {
    expect(problemInWords({ path: 'populations[2].count', message: 'must be ≤ 20000, got 50000' })).toBe('populations[2].count: must be at most 20000, got 50000');
    expect(problemInWords({ path: 'dtMs', message: 'must be ≥ 0.01, got 0' })).toBe('dtMs: must be at least 0.01, got 0');
    expect(problemInWords({ path: 'durationMs', message: 'must be > 0, got 0' })).toBe('durationMs: must be more than 0, got 0');
  });

  it('a problem with the whole file starts as a sentence', () => {
    expect(problemInWords({ path: '', message: 'invalid JSON at line 1, column 2: unexpected end of file' })).toBe('Invalid JSON at line 1, column 2: unexpected end of file');
  });
});
