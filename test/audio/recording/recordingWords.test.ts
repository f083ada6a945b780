/** The recorder's verdict in English and Spanish: every problem and the mapping, with their numbers. */
import { afterEach, describe, expect, it } from 'vitest';
import { mappingInWords, problemInWords } from '../../../src/audio/recording/recordingWords';
import type { RecordingProblem } from '../../../src/audio/recording/recordingProblems';
import { setLocale } from '../../../src/i18n/messages';

const problems: RecordingProblem[] = [
  { code: 'tooLong', seconds: 3.6, maxSeconds: 3 },
  { code: 'silence', peakDbfs: -70 },
  { code: 'clipping', percent: 68.4 },
  { code: 'noiseOnly', soundMs: 800 },
  { code: 'noPitch', voicedMs: 10, soundMs: 80 },
  { code: 'unusable', detail: 'template: no syllables found in the recording' },
  { code: 'tooShort', ms: 50, minMs: 100 },
];
const mapping = { octaves: -2, factor: 0.25, sourceLowHz: 1705, sourceHighHz: 2460, sourceMedianHz: 2007, mappedLowHz: 426.25, mappedHighHz: 615, mappedMedianHz: 501.75 };

afterEach(() => setLocale('en'));

describe.each(['en', 'es'])('recorder words (%s)', (locale) => {
  it('says each problem differently, with its numbers', () => {
    setLocale(locale);
    const said = problems.map(problemInWords);
    expect(new Set(said).size).toBe(problems.length);
    for (const text of said) expect(text).not.toMatch(/recorder\.|\{/);
    expect(said[0]).toContain('3,6'.replace(',', locale === 'en' ? '.' : ','));
    expect(said[1]).toContain('70');
    expect(said[4]).toContain('80');
    expect(said[6]).toMatch(locale === 'en' ? /too short.*50 ms.*100 ms/ : /demasiado corta.*50 ms.*100 ms/);
  });
  it('shows the mapping: both ranges and the shift', () => {
    setLocale(locale);
    const lines = mappingInWords(mapping, 4, 620);
    expect(lines.join(' ')).toMatch(locale === 'en' ? /2 octaves lower/ : /2 octavas más grave/);
    expect(lines.join(' ')).toMatch(/426/);
    expect(lines.join(' ')).toMatch(/2[.,]?460/);
    expect(lines[2]).toMatch(/4/);
  });
});
