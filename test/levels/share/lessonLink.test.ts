/**
 * "#lesson=" links: a lesson of built-in ids and a level of the teacher's own round-trips exactly;
 * hostile or damaged links are refused with a path-named reason and never throw.
 */
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../../../src/levels/share/base64url';
import { decodeLessonLink, encodeLessonLink, lessonOnlyFragment, lessonParameterOf, MAX_LESSON_LEVELS } from '../../../src/levels/share/lessonLink';
import { fragmentParam } from '../../../src/levels/share/fragmentParam';
import { MAX_LINK_CHARS } from '../../../src/levels/share/shareLimits';
import { builtInLevel } from '../helpers';

function packed(value: unknown): string {
  return encodeBase64url(zlibSync(new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value))));
}

describe('lesson links', () => {
  it('round-trips built-in ids, a level of the teacher\'s own and the settings, in order', () => {
    const own = { ...builtInLevel('stdp-pairing'), id: 'my-pairing', title: 'My pairing' };
    const link = encodeLessonLink({ title: 'Week 3', levels: ['spike-threshold', own, 'stdp-pairing'], params: { lock: 'speed', seed: '7' } });
    if (!link.ok) throw new Error(JSON.stringify(link.errors));
    expect(link.fragment.startsWith('lesson=')).toBe(true);
    expect(lessonParameterOf(`https://x.org/game/?levels=a#${link.fragment}`)).toBe(link.fragment.slice('lesson='.length));
    const back = decodeLessonLink(`#${link.fragment}`);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.lesson.title).toBe('Week 3');
    expect(back.lesson.params).toEqual({ lock: 'speed', seed: '7' });
    expect(back.lesson.levels.map((l) => (l.kind === 'builtIn' ? l.id : `own:${l.level.id}`))).toEqual(['spike-threshold', 'own:my-pairing', 'stdp-pairing']);
    const ownBack = back.lesson.levels[1];
    expect(ownBack.kind === 'level' && ownBack.level.title).toBe('My pairing');
  });

  it('refuses damaged, oversized and ill-formed lessons with the reason and the field path', () => {
    const cases: Array<[string, RegExp]> = [
      ['#lesson=', /holds no lesson/],
      ['#lesson=!!!!', /lesson/],
      [`#lesson=${'A'.repeat(MAX_LINK_CHARS + 1)}`, /at most 48000/],
      [`#lesson=${packed('not json')}`, /not JSON/],
      [`#lesson=${packed({ lesson: 1, title: 'x', levels: [], params: {} })}`, /levels/],
      [`#lesson=${packed({ lesson: 2, title: 'x', levels: ['a'], params: {} })}`, /lesson/],
      [`#lesson=${packed({ lesson: 1, title: 'x', levels: ['<script>alert(1)</script>'], params: {} })}`, /levels\.0/],
      [`#lesson=${packed({ lesson: 1, title: 'x', levels: Array(MAX_LESSON_LEVELS + 1).fill('a'), params: {} })}`, /levels/],
      [`#lesson=${packed({ lesson: 1, title: 'x', levels: ['a'], params: { 'bad name': 'x' } })}`, /params/],
      [`#lesson=${packed({ lesson: 1, title: 'x', levels: ['a'], params: {}, extra: 1 })}`, /extra|nrecognized/],
      [`#lesson=${packed({ lesson: 1, title: 'x', levels: [{ id: 'broken' }], params: {} })}`, /^levels\[0\]/],
    ];
    for (const [link, expected] of cases) {
      const result = decodeLessonLink(link);
      expect(result.ok, link.slice(0, 60)).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => `${e.path}${e.path ? ': ' : ''}${e.message}`).join(' | '), link.slice(0, 60)).toMatch(expected);
    }
  });

  it('a garbled link is caught by its checksum, and a zip bomb stops at the size limit', () => {
    const good = encodeLessonLink({ title: 't', levels: ['spike-threshold'], params: {} });
    if (!good.ok) throw new Error('encode');
    const body = good.fragment.slice('lesson='.length);
    const flipped = `${body.slice(0, -3)}${body.at(-3) === 'A' ? 'B' : 'A'}${body.slice(-2)}`;
    expect(decodeLessonLink(flipped).ok).toBe(false);
    const bomb = packed(' '.repeat(3_000_000));
    const result = decodeLessonLink(bomb);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/more than a lesson link may hold/);
  });

  it('refuses to make a link too long to share', () => {
    // Seeded random notes do not compress (6 bits a character): three levels of 20,000 characters overflow 48,000.
    let state = 12345;
    const noise = (n: number): string => Array.from({ length: n }, () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'[state >>> 26];
    }).join('');
    const base = builtInLevel('stdp-pairing');
    const levels = [0, 1, 2].map((i) => ({ ...base, id: `own-${i}`, lesson: { ...base.lesson!, teacherNotes: noise(20_000) } }));
    const result = encodeLessonLink({ title: 'big', levels, params: {} });
    if (!result.ok) expect(result.errors[0].message).toMatch(/too large for a link/);
    expect(result.ok).toBe(false);
  });
});

describe('fragment parameters and a lesson alone', () => {
  it('finds a parameter anywhere among the parts, in a fragment or a whole link', () => {
    expect(fragmentParam('#a=1&lesson=xyz&b=2', 'lesson')).toBe('xyz');
    expect(fragmentParam('https://x.org/?lesson=no#level=abc', 'level')).toBe('abc');
    expect(fragmentParam('https://x.org/?lesson=no#level=abc', 'lesson')).toBeNull();
    expect(fragmentParam('lesson=', 'lesson')).toBe('');
  });

  it('keeps only the lesson of a fragment', () => {
    expect(lessonOnlyFragment('#level=abc&lesson=xyz')).toBe('#lesson=xyz');
    expect(lessonOnlyFragment('#lesson=xyz')).toBe('#lesson=xyz');
    expect(lessonOnlyFragment('#level=abc')).toBe('');
    expect(lessonOnlyFragment('')).toBe('');
  });
});
