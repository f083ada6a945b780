import { afterEach, describe, expect, it } from 'vitest';
import { campaignChapters } from '../../src/app/campaignCatalog';
import { listLevels } from '../../src/app/levelCatalog';
import { localizedBuiltInLevel, localizedCampaign } from '../../src/app/levelLanguage';
import { setLocale } from '../../src/i18n/messages';
import { loadCampaign } from '../../src/levels/campaign/loadCampaign';
import { loadLevel } from '../../src/levels/loadLevel';
import { levelTextPaths } from '../../src/levels/text/levelTextPaths';
import { builtInLevelIds, englishData } from '../levels/text/spanishFiles';

afterEach(() => setLocale('en'));

describe('built-in levels in the page\'s language', () => {
  it('English hands out the level file as it is', () => {
    const data = englishData('spike-threshold');
    expect(localizedBuiltInLevel('spike-threshold', data, 'en')).toBe(data);
  });

  it('Spanish: the level menu, the opened level and the campaign chapters speak Spanish', async () => {
    setLocale('es');
    const levels = listLevels();
    const entry = levels.find((l) => l.id === 'spike-threshold')!;
    expect(entry.title).toBe('¿Qué es una espiga?');
    const opened = (await entry.load()) as { title: string; lesson: { goal: string } };
    expect(opened.title).toBe(entry.title);
    expect(opened.lesson.goal).toMatch(/corriente inyectada/);
    const { chapters, warning } = campaignChapters(levels);
    expect(warning).toBeNull();
    expect(chapters[0].title).toBe('1. Espigas');
    expect(chapters[0].levels[0]).toMatchObject({ id: 'spike-threshold', title: '¿Qué es una espiga?' });
  });

  it('a level without a file in a language stays in English', () => {
    const data = { id: 'not-built-in', title: 'Mine' };
    expect(localizedBuiltInLevel('not-built-in', data, 'es')).toBe(data);
  });

  for (const locale of ['en-XA', 'ar-XB']) {
    it(`${locale}: every built-in level's texts are transformed and it still loads (schema limits kept)`, () => {
      for (const id of builtInLevelIds) {
        const data = englishData(id);
        const shown = localizedBuiltInLevel(id, data, locale) as { title: string };
        expect(shown.title, id).not.toBe((data as { title: string }).title);
        const loaded = loadLevel(shown);
        expect(loaded.ok ? [] : loaded.errors, id).toEqual([]);
        expect(levelTextPaths(shown)).toEqual(levelTextPaths(data));
      }
      const campaign = localizedCampaign(englishData('campaign'), locale) as { chapters: Array<{ title: string }> };
      expect(campaign.chapters[0].title).not.toBe('1. Spikes');
      expect(loadCampaign(campaign, { levelIds: builtInLevelIds }).ok).toBe(true);
    });
  }
});
