// Which page an address opens (pageRoute.ts): the class view, the teacher's builder, or the game
// (the editor is the game's, opened in front by openFirstView).
import { describe, expect, it } from 'vitest';
import { pageRouteOf } from '../../src/app/pageRoute';

describe('the page an address opens', () => {
  it('?class is the class view, ?teacher the builder, with or without other parameters', () => {
    expect(pageRouteOf('?class')).toBe('class');
    expect(pageRouteOf('?class&locale=es')).toBe('class');
    expect(pageRouteOf('?teacher')).toBe('teacher');
    expect(pageRouteOf('?teacher&levels=a,b&lock=speed&locale=es')).toBe('teacher');
    expect(pageRouteOf('?locale=es&teacher=&guide')).toBe('teacher');
  });

  it('anything else is the game, the editor and levels included; ?class wins over ?teacher', () => {
    for (const search of ['', '?', '?level=spike-threshold', '?editor', '?levels=a&lock=speed', '?teachers', '?classes']) expect(pageRouteOf(search)).toBe('game');
    expect(pageRouteOf('?teacher&class')).toBe('class');
  });
});
