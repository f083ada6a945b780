/**
 * The builder's link reads back as what was chosen: composed by linkComposer, parsed by
 * teacherParams (and the lesson fragment by lessonLink); the offered levels become the menus' one
 * chapter in the link's order, and the first level follows level=, then chapter=, then the list.
 */
import { describe, expect, it } from 'vitest';
import { composeTeacherLink, type BuilderChoice } from '../../../src/app/classroom/linkComposer';
import { firstLinkedLevel, offeredChapters } from '../../../src/app/classroom/offeredLevels';
import { parseTeacherParams } from '../../../src/app/classroom/teacherParams';
import { nextLevelId } from '../../../src/ui/campaign/chapters';
import type { Chapter } from '../../../src/ui/campaign/chapters';
import { decodeLessonLink } from '../../../src/levels/share/lessonLink';
import { builtInLevel } from '../../levels/helpers';

const chapters: Chapter[] = [
  { id: 'spikes', title: '1. Spikes', levels: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'sand', title: 'Sandbox', sandbox: true }] },
  { id: 'timing', title: '2. Timing', levels: [{ id: 'c', title: 'C' }, { id: 'sand2', title: 'Sandbox 2', sandbox: true }] },
  { title: 'Other levels', levels: [{ id: 'other', title: 'Other' }] },
];
const base: BuilderChoice = { title: '', levels: [], locks: [], seed: null, locale: null, audio: 'enabled', speed: null, projector: false, teacherNotes: true, allowLinks: true };

describe('the builder\'s link', () => {
  it('leaves defaults out and writes the choices as readable parameters', () => {
    expect(composeTeacherLink('https://school.example/synaptica/?level=x#level=abc', base)).toEqual({ ok: true, url: 'https://school.example/synaptica/' });
    const link = composeTeacherLink('https://school.example/synaptica/index.html', {
      ...base, levels: [{ id: 'c' }, { id: 'a' }], locks: ['speed', 'editor'], seed: 7, locale: 'es', audio: 'muted', speed: 'slow', projector: true, teacherNotes: false, allowLinks: false,
    });
    expect(link).toEqual({ ok: true, url: 'https://school.example/synaptica/index.html?levels=c,a&lock=speed,editor&seed=7&locale=es&audio=muted&speed=slow&colorProfile=projector&teacherNotes=false&allowLinks=false' });
    const { settings, warnings } = parseTeacherParams(new URL((link as { url: string }).url).search, { levelIds: ['a', 'b', 'c'], chapterIds: [] });
    expect(warnings).toEqual([]);
    expect(settings).toMatchObject({ offered: ['c', 'a'], seed: 7, locale: 'es', audio: 'muted', speed: 'slow', projector: true, teacherNotes: false, allowLinks: false });
    expect([...settings.locks]).toEqual(['speed', 'editor']);
  });

  it('puts a lesson with levels of the teacher\'s own in the fragment, in order', () => {
    const own = { ...builtInLevel('stdp-pairing'), id: 'mine', title: 'Mine' };
    const link = composeTeacherLink('https://school.example/', { ...base, title: 'Week 3', levels: [{ id: 'stdp-pairing' }, { level: own }], seed: 3 });
    if (!link.ok) throw new Error(link.message);
    const url = new URL(link.url);
    expect(url.search).toBe('?seed=3');
    const lesson = decodeLessonLink(url.hash);
    if (!lesson.ok) throw new Error(JSON.stringify(lesson.errors));
    expect(lesson.lesson.title).toBe('Week 3');
    expect(lesson.lesson.levels.map((l) => (l.kind === 'builtIn' ? l.id : l.level.title))).toEqual(['stdp-pairing', 'Mine']);
  });

  it('the offered levels are one chapter in the link\'s order, so Next follows it', () => {
    expect(offeredChapters(chapters, null, 'T')).toBe(chapters);
    const offered = offeredChapters(chapters, ['c', 'yours.x', 'a', 'sand'], 'Class', (id) => (id === 'yours.x' ? { id, title: 'X' } : undefined));
    expect(offered).toEqual([{ title: 'Class', levels: [{ id: 'c', title: 'C' }, { id: 'yours.x', title: 'X' }, { id: 'a', title: 'A' }, { id: 'sand', title: 'Sandbox', sandbox: true }] }]);
    expect(nextLevelId(offered, 'c')).toBe('yours.x');
    expect(nextLevelId(offered, 'a')).toBe('sand');
    expect(nextLevelId(offered, 'sand')).toBeNull();
  });

  it('opens level=, else the chapter\'s first offered level, else the first offered level', () => {
    expect(firstLinkedLevel(chapters, { level: 'b', chapter: 1, offered: null })).toBe('b');
    expect(firstLinkedLevel(chapters, { level: null, chapter: 1, offered: null })).toBe('c');
    expect(firstLinkedLevel(chapters, { level: null, chapter: 0, offered: ['c', 'b'] })).toBe('b');
    expect(firstLinkedLevel(chapters, { level: null, chapter: null, offered: ['c', 'b'] })).toBe('c');
    expect(firstLinkedLevel(chapters, { level: null, chapter: null, offered: null })).toBeNull();
  });
});
