// The Level dropdown in campaign order, and what a question promises happens after Commit (pure rules).
import { describe, expect, it } from 'vitest';
import { campaignChapters, levelMenuOf } from '../../src/app/campaignCatalog';
import { listLevels } from '../../src/app/levelCatalog';
import { afterCommit, waitsForSetup } from '../../src/app/setupWait';

const levels = listLevels();

describe('the Level dropdown', () => {
  const { chapters } = campaignChapters(levels);
  const menu = levelMenuOf(chapters);

  it('starts with the campaign\'s first level, chapters in order as groups, every level once', () => {
    expect(menu.items[0].id).toBe(chapters[0].levels[0].id);
    expect(menu.groups).toEqual(chapters.map((c) => c.title));
    expect(menu.items.map((i) => i.id).sort()).toEqual(levels.map((l) => l.id).sort());
    expect(new Set(menu.items.map((i) => i.id)).size).toBe(menu.items.length);
  });

  it('keeps each level in its chapter\'s group, in the chapter\'s order', () => {
    for (const chapter of chapters) {
      expect(menu.items.filter((i) => i.group === chapter.title).map((i) => i.id)).toEqual(chapter.levels.map((l) => l.id));
    }
  });

  it('gives a repeated chapter title its position, so no level joins another chapter\'s group', () => {
    const twice = levelMenuOf([{ title: 'A', levels: [{ id: 'x', title: 'X' }] }, { title: 'A', levels: [{ id: 'y', title: 'Y' }] }]);
    expect(twice.groups).toEqual(['A', 'A (2)']);
    expect(twice.items.map((i) => i.group)).toEqual(['A', 'A (2)']);
  });
});

describe('after Commit', () => {
  const withSlider = { playerParameters: [{}] };
  it('a level with sliders at its first tick waits for setup; later or without sliders it runs', () => {
    expect(waitsForSetup(withSlider, 0)).toBe(true);
    expect(waitsForSetup(withSlider, 10)).toBe(false);
    expect(waitsForSetup({}, 0)).toBe(false);
    expect(afterCommit(withSlider, 0, true)).toBe('waitsForSetup');
    expect(afterCommit({}, 0, true)).toBe('runs');
    expect(afterCommit({}, 0, true, true)).toBe('waitsForChange'); // a start question that leads into the player's move (a drug first)
    expect(afterCommit(withSlider, 500, false)).toBe('goesOn');
  });
});
