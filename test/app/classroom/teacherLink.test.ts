/**
 * A visit's teacher link: the address's parameters and a "#lesson=" merged (the address wins over the
 * lesson's settings; the lesson's levels are the offered set, its own levels joining Your levels),
 * the menus' one chapter in the lesson's order, the first level, and the warnings in words.
 */
import { describe, expect, it } from 'vitest';
import { TeacherLink } from '../../../src/app/classroom/teacherLink';
import { AUDIO_CHOICES, LOCK_NAMES } from '../../../src/app/classroom/teacherParams';
import type { LevelEntry } from '../../../src/app/levelCatalog';
import { YourLevels } from '../../../src/app/open/yourLevels';
import { hasKey } from '../../../src/i18n/messages';
import { encodeLessonLink } from '../../../src/levels/share/lessonLink';
import type { Chapter } from '../../../src/ui/campaign/chapters';
import { builtInLevel } from '../../levels/helpers';

const entry = (id: string, title: string): LevelEntry => ({ id, title, group: 'Plasticity', maxStars: 3, load: () => Promise.resolve(builtInLevel(id)) });
const levels = [entry('spike-threshold', 'What is a spike?'), entry('stdp-pairing', 'Order matters'), entry('izhikevich-2003', 'Sandbox')];
const chapters: Chapter[] = [{ id: 'spikes', title: '1. Spikes', levels: [{ id: 'spike-threshold', title: 'What is a spike?' }, { id: 'izhikevich-2003', title: 'Sandbox', sandbox: true }] }, { id: 'timing', title: '2. Timing', levels: [{ id: 'stdp-pairing', title: 'Order matters' }] }];
const sources = () => ({ levels, chapters, yourLevels: new YourLevels(() => Promise.reject(new Error('no files'))) });

describe('a visit\'s teacher link', () => {
  it('without parameters it offers everything and opens what the address says', () => {
    const link = TeacherLink.read({ search: '?level=stdp-pairing', hash: '' }, sources());
    expect(link.warning).toBeNull();
    expect(link.menuChapters()).toBe(chapters);
    expect(link.offersOnly).toBe(false);
    expect(link.firstLocation({ search: '?level=stdp-pairing', hash: '#level=abc' })).toEqual({ search: '?level=stdp-pairing', hash: '#level=abc' });
  });

  it('a lesson offers its levels in order (its own level as one of Your levels); the address wins over its settings', () => {
    const own = { ...builtInLevel('stdp-pairing'), id: 'class-pairing', title: 'Class pairing' };
    const lesson = encodeLessonLink({ title: 'Week 3', levels: [own, 'spike-threshold', 'no-such-level'], params: { lock: 'speed', seed: '9', audio: 'muted', bogus: 'x' } });
    if (!lesson.ok) throw new Error('encode');
    const s = sources();
    const link = TeacherLink.read({ search: '?seed=4&editor', hash: `#${lesson.fragment}` }, s);
    expect(link.settings).toMatchObject({ offered: ['yours.class-pairing', 'spike-threshold'], seed: 4, audio: 'muted' });
    expect([...link.settings.locks]).toEqual(['speed']);
    expect(s.yourLevels.has('yours.class-pairing')).toBe(true);
    expect(link.menuChapters()).toEqual([{ title: 'Week 3', levels: [{ id: 'yours.class-pairing', title: 'Class pairing', maxStars: 3 }, { id: 'spike-threshold', title: 'What is a spike?' }] }]);
    expect(link.warning).toMatch(/level 3 of the lesson, “no-such-level”, is no level here/);
    expect(link.firstLocation({ search: '?seed=4&editor', hash: `#${lesson.fragment}` })).toEqual({ search: '?seed=4&editor=&level=yours.class-pairing', hash: `#${lesson.fragment}` });
  });

  it('the builder (?teacher) starts from the link\'s choices: its levels in order, locks, seed, language, sound, speed, switches and the lesson\'s title', () => {
    const plain = TeacherLink.read({ search: '?teacher&levels=stdp-pairing,spike-threshold&lock=speed,commands&seed=9&locale=es&audio=muted&speed=slow&colorProfile=projector&teacherNotes=false', hash: '' }, sources());
    expect(plain.builderStart()).toEqual({
      title: '', levelIds: ['stdp-pairing', 'spike-threshold'], locks: ['commands', 'speed'], seed: 9, locale: 'es', audio: 'muted', speed: 'slow',
      projector: true, teacherNotes: false, allowLinks: true,
    });
    const own = { ...builtInLevel('stdp-pairing'), id: 'class-pairing', title: 'Class pairing' };
    const lesson = encodeLessonLink({ title: 'Week 3', levels: [own, 'spike-threshold'], params: { lock: 'parameters' } });
    if (!lesson.ok) throw new Error('encode');
    const fromLesson = TeacherLink.read({ search: '?teacher', hash: `#${lesson.fragment}` }, sources()).builderStart();
    expect(fromLesson).toMatchObject({ title: 'Week 3', levelIds: ['yours.class-pairing', 'spike-threshold'], locks: ['parameters'], seed: null, locale: null, audio: 'enabled' });
    // No lesson in the address: an empty form (the builder's defaults).
    expect(TeacherLink.read({ search: '?teacher', hash: '' }, sources()).builderStart()).toEqual({
      title: '', levelIds: [], locks: [], seed: null, locale: null, audio: 'enabled', speed: null, projector: false, teacherNotes: true, allowLinks: true,
    });
  });

  it('a damaged lesson is named and changes nothing; locks drop ?editor and a #level= address', () => {
    const s = sources();
    const link = TeacherLink.read({ search: '?lock=editor,open&chapter=timing', hash: '#lesson=AAAA' }, s);
    expect(link.warning).toMatch(/^This lesson link could not be opened: /);
    expect(s.yourLevels.menuItems()).toEqual([]);
    expect(link.firstLocation({ search: '?lock=editor,open&editor&chapter=timing', hash: '#level=xyz' })).toEqual({ search: '?lock=editor%2Copen&chapter=timing&level=stdp-pairing', hash: '' });
    expect(link.allowsCommand({ type: 'setParameter', path: 'x', value: 1 })).toBe(true);
    const locked = TeacherLink.read({ search: '?lock=parameters,commands', hash: '' }, sources());
    expect(locked.allowsCommand({ type: 'setParameter', path: 'x', value: 1 })).toBe(false);
    expect(locked.allowsCommand({ type: 'lesion', population: 'x' } as never)).toBe(false);
  });

  it('every lock and sound choice the builder offers has its words in English and Spanish', () => {
    for (const locale of ['en', 'es']) {
      for (const lock of LOCK_NAMES) expect(hasKey(`classroom.builder.lock.${lock}`, locale), `${locale} ${lock}`).toBe(true);
      for (const audio of AUDIO_CHOICES) expect(hasKey(`classroom.builder.audio.${audio}`, locale), `${locale} ${audio}`).toBe(true);
    }
  });
});

describe('a teacher link\'s review fixes', () => {
  const lessonFragment = (params: Record<string, string>): string => {
    const lesson = encodeLessonLink({ title: 'Week 4', levels: ['spike-threshold', 'stdp-pairing'], params });
    if (!lesson.ok) throw new Error('encode');
    return lesson.fragment;
  };

  it('an address levels= wins over the lesson\'s list, as its other parameters do', () => {
    const fragment = lessonFragment({});
    const link = TeacherLink.read({ search: '?levels=izhikevich-2003', hash: `#${fragment}` }, sources());
    expect(link.settings.offered).toEqual(['izhikevich-2003']);
    const lessonOnly = TeacherLink.read({ search: '', hash: `#${fragment}` }, sources());
    expect(lessonOnly.settings.offered).toEqual(['spike-threshold', 'stdp-pairing']);
  });

  it('under lock=open only the lesson part of a fragment is kept, wherever it stands', () => {
    const fragment = lessonFragment({});
    const link = TeacherLink.read({ search: '?lock=open', hash: `#${fragment}` }, sources());
    expect(link.firstLocation({ search: '?lock=open', hash: `#${fragment}&level=xyz` }).hash).toBe(`#${fragment}`);
    expect(link.firstLocation({ search: '?lock=open', hash: `#level=xyz&${fragment}` }).hash).toBe(`#${fragment}`);
    expect(link.firstLocation({ search: '?lock=open', hash: '#level=xyz' }).hash).toBe('');
    const open = TeacherLink.read({ search: '', hash: '' }, sources());
    expect(open.firstLocation({ search: '', hash: `#${fragment}&level=xyz` }).hash).toBe(`#${fragment}&level=xyz`);
  });

  it('under a link\'s audio the mute is not saved as the player\'s; the volume is', () => {
    for (const audio of ['muted', 'disabled']) {
      const link = TeacherLink.read({ search: `?audio=${audio}`, hash: '' }, sources());
      expect(link.soundToSave({ muted: true, volume: 0.4 })).toEqual({ volume: 0.4 });
    }
    const free = TeacherLink.read({ search: '', hash: '' }, sources());
    expect(free.soundToSave({ muted: true, volume: 0.4 })).toEqual({ muted: true, volume: 0.4 });
  });
});
