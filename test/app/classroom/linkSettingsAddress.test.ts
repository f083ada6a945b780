/**
 * The query boot reads the link's language and colour profile from: the address's parameters plus a
 * lesson's settings (the address wins), a damaged lesson adding nothing; "Projector" in any case.
 */
import { describe, expect, it } from 'vitest';
import { linkSettingsSearch } from '../../../src/app/classroom/linkSettingsAddress';
import { encodeLessonLink } from '../../../src/levels/share/lessonLink';
import { colorProfileFromSearch } from '../../../src/ui/access/colorProfile';

const lessonHash = (params: Record<string, string>): string => {
  const lesson = encodeLessonLink({ title: 'Week 5', levels: ['spike-threshold'], params });
  if (!lesson.ok) throw new Error('encode');
  return `#${lesson.fragment}`;
};

describe('the link\'s settings as one query', () => {
  it('a lesson\'s locale and colour profile apply; the address\'s own win; other names are ignored', () => {
    const hash = lessonHash({ locale: 'es', colorProfile: 'Projector', bogus: 'x' });
    const fromLesson = new URLSearchParams(linkSettingsSearch({ search: '', hash }));
    expect(fromLesson.get('locale')).toBe('es');
    expect(fromLesson.has('bogus')).toBe(false);
    expect(colorProfileFromSearch(linkSettingsSearch({ search: '', hash }))).toBe('projector');
    const addressWins = new URLSearchParams(linkSettingsSearch({ search: '?locale=en&level=stdp-pairing', hash }));
    expect(addressWins.get('locale')).toBe('en');
    expect(addressWins.get('level')).toBe('stdp-pairing');
  });

  it('without a lesson, or with a damaged one, it is the address as it is', () => {
    expect(linkSettingsSearch({ search: '?locale=es', hash: '' })).toBe('?locale=es');
    expect(linkSettingsSearch({ search: '?locale=es', hash: '#lesson=AAAA' })).toBe('?locale=es');
    expect(linkSettingsSearch({ search: '', hash: '#level=abc' })).toBe('');
  });

  it('the projector profile is read in any case, and nothing else is one', () => {
    expect(colorProfileFromSearch('?colorProfile=PROJECTOR')).toBe('projector');
    expect(colorProfileFromSearch('?colorProfile=projectors')).toBe('default');
    expect(colorProfileFromSearch('')).toBe('default');
  });
});
