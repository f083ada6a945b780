// The campaign menu's chapters from levels/campaign.json and the built-in level list (no simulation).
import { describe, expect, it } from 'vitest';
import { campaignChapters } from '../../../src/app/campaignCatalog';
import { listLevels } from '../../../src/app/levelCatalog';
import { nextLevelId } from '../../../src/ui/campaign/chapters';

const levels = listLevels();

describe('campaign chapters', () => {
  it('the manifest is not offered as a level', () => {
    expect(levels.map((l) => l.id)).not.toContain('campaign');
  });

  it('follow the manifest, end each chapter with its sandbox, and list every level exactly once', () => {
    const { chapters, warning } = campaignChapters(levels);
    expect(warning).toBeNull();
    expect(chapters[0].title).toMatch(/Spikes/);
    for (const chapter of chapters.filter((c) => c.title !== 'Other levels')) {
      expect(chapter.levels.at(-1)?.sandbox).toBe(true);
      expect(chapter.levels.filter((l) => l.sandbox)).toHaveLength(1);
    }
    const ids = chapters.flatMap((c) => c.levels.map((l) => l.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(levels.map((l) => l.id).sort());
    expect(nextLevelId(chapters, chapters[0].levels[0].id)).toBe(chapters[0].levels[1].id);
  });

  it('fall back to the level groups with a warning naming the problem when the manifest is broken', () => {
    const broken = { schemaVersion: 1, id: 'c', title: 'C', chapters: [{ id: 'a', title: 'A', summary: 'S', levels: ['no-such-level'], sandbox: levels[0].id }] };
    const { chapters, warning } = campaignChapters(levels, broken);
    expect(warning).toMatch(/chapters\[0\]\.levels\[0\].*no-such-level/);
    expect(chapters.flatMap((c) => c.levels).length).toBe(levels.length);
  });
});
