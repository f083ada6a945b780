/**
 * The teacher link's parameters: good values are read, and a hostile corpus (unknown values, huge
 * values, repeated parameters, script text, unicode tricks) only ever yields warnings that name the
 * parameter and show the value shortened and defused; nothing throws.
 */
import { describe, expect, it } from 'vitest';
import { setLocale, t } from '../../../src/i18n/messages';
import { shownValue, warningText, WARNING_REASONS } from '../../../src/app/classroom/paramWarnings';
import { DEFAULT_SETTINGS, MAX_VALUE_CHARS, parseTeacherParams } from '../../../src/app/classroom/teacherParams';

const context = { levelIds: ['spike-threshold', 'spike-types', 'stdp-pairing', 'izhikevich-2003', 'yours.mine'], chapterIds: ['spikes', 'timing'] };
const parse = (search: string) => parseTeacherParams(search, context);

describe('teacher link parameters', () => {
  it('an address without them changes nothing', () => {
    expect(parse('')).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
    expect(parse('?editor&foo=bar').warnings).toEqual([]);
  });

  it('reads every parameter', () => {
    const { settings, warnings } = parse('?levels=stdp-pairing,spike-threshold,yours.mine&level=spike-threshold&chapter=timing&locale=es-MX&audio=Muted&speed=0.25&seed=42&lock=speed,editor,PARAMETERS&colorProfile=projector&teacherNotes=false&allowLinks=false');
    expect(warnings).toEqual([]);
    expect(settings).toEqual({
      offered: ['stdp-pairing', 'spike-threshold', 'yours.mine'], level: 'spike-threshold', chapter: 1, locale: 'es', audio: 'muted', speed: 'slow',
      seed: 42, locks: new Set(['speed', 'editor', 'parameters']), projector: true, teacherNotes: false, allowLinks: false,
    });
    expect(parse('?chapter=1&randomSeed=4294967295&speed=normal').settings).toMatchObject({ chapter: 0, seed: 4294967295, speed: 'normal' });
  });

  it('leaves out bad values, each with a warning naming the parameter and the value', () => {
    const corpus: Array<[string, string, string, boolean?]> = [
      ['?levels=nope,stdp-pairing,also-nope', 'levels', 'unknownLevels', true],
      ['?levels=nope', 'levels', 'notALevel'],
      ['?levels=,,,', 'levels', 'emptyList'],
      ['?levels=stdp-pairing&level=spike-types', 'level', 'notOffered'],
      ['?levels=stdp-pairing&level=nope', 'level', 'notALevel'],
      ['?chapter=2&level=nope', 'level', 'notALevel'],
      ['?chapter=0', 'chapter', 'notAChapter'],
      ['?chapter=99', 'chapter', 'notAChapter'],
      ['?chapter=-1', 'chapter', 'notAChapter'],
      ['?locale=klingon', 'locale', 'notALocale'],
      ['?locale=en-XA;drop', 'locale', 'notALocale'],
      ['?audio=loud', 'audio', 'notAChoice'],
      ['?speed=fast', 'speed', 'fastAtStart'],
      ['?speed=2', 'speed', 'notAChoice'],
      ['?seed=-1', 'seed', 'notASeed'],
      ['?seed=4294967296', 'seed', 'notASeed'],
      ['?seed=1e3', 'seed', 'notASeed'],
      ['?seed=0x10', 'seed', 'notASeed'],
      ['?seed=12345678901', 'seed', 'notASeed'],
      ['?randomSeed=NaN', 'randomSeed', 'notASeed'],
      ['?seed=1&randomSeed=2', 'randomSeed', 'seedsDiffer'],
      ['?lock=speed,everything', 'lock', 'unknownLocks', true],
      ['?lock=everything', 'lock', 'unknownLocks'],
      ['?colorProfile=neon', 'colorProfile', 'notAChoice'],
      ['?teacherNotes=no', 'teacherNotes', 'notAChoice'],
      ['?allowLinks=0', 'allowLinks', 'notAChoice'],
      ['?seed=1&seed=2', 'seed', 'repeated', true],
      [`?levels=${'a,'.repeat(MAX_VALUE_CHARS)}`, 'levels', 'tooLong'],
    ];
    for (const [search, param, reason, partly] of corpus) {
      const { warnings } = parse(search);
      expect(warnings.map((w) => [w.param, w.reason, w.partly === true]), search.slice(0, 60)).toContainEqual([param, reason, partly === true]);
    }
    expect(parse('?seed=1&seed=2').settings.seed).toBe(1);
    expect(parse('?levels=nope,stdp-pairing').settings.offered).toEqual(['stdp-pairing']);
    expect(parse('?speed=fast').settings.speed).toBeNull();
    // A level that does not exist is the start screen's to name; the parser only drops it.
    expect(parse('?level=nope')).toMatchObject({ settings: { level: null }, warnings: [] });
    expect(parse(`?level=${'x'.repeat(8000)}`)).toMatchObject({ settings: { level: null }, warnings: [] });
  });

  it('survives script text, unicode tricks and huge inputs, and shows them defused and short', () => {
    const hostile = [
      '?levels=<script>alert(1)</script>&audio=<img src=x onerror=alert(1)>',
      `?lock=${encodeURIComponent('speed\u202Eedi\u200Btor')}&locale=${encodeURIComponent('e\u0301s')}`,
      `?seed=${'9'.repeat(100_000)}&levels=${'x'.repeat(100_000)}`,
      `?${Array.from({ length: 500 }, (_, i) => `audio=a${i}`).join('&')}`,
      '?%E0%A4%A=1&levels=%FF%FE',
      '?__proto__=1&constructor=x&levels=__proto__,constructor,toString',
    ];
    for (const search of hostile) {
      const { warnings } = parse(search);
      expect(warnings.length).toBeGreaterThan(0);
      for (const w of warnings) {
        const text = warningText(w);
        expect(text).toContain(w.param);
        expect([...shownValue(w.value)].length).toBeLessThanOrEqual(41);
        expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u0000-\u001f]/);
      }
    }
    expect(shownValue('a\u202Eb\u200Bc\nd')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(shownValue('x'.repeat(100))).toBe(`${'x'.repeat(40)}…`);
  });

  it('every reason has its words in English and Spanish, naming the parameter and value', () => {
    for (const locale of ['en', 'es']) {
      setLocale(locale);
      for (const reason of WARNING_REASONS) {
        expect(t(`classroom.reason.${reason}`, { count: 2, max: 9, choices: 'a, b' })).not.toMatch(/^\[|\{/);
        expect(warningText({ param: 'seed', value: 'abc', reason, details: { count: 2, max: 9, choices: 'a, b' } })).toMatch(/seed=abc/);
      }
    }
    setLocale('es');
    expect(warningText({ param: 'audio', value: 'loud', reason: 'notAChoice', details: { choices: 'enabled, muted, disabled' } }))
      .toBe('Se ignoró audio=loud del enlace: el valor debe ser uno de: enabled, muted, disabled.');
    setLocale('en');
  });
});
