/**
 * The campaign's long levels (chapters 4-6) played in full by scripted players (the same strategies
 * as test/levels/circuits and test/science-long/songbirdLevels): every objective is met and the stars
 * match the lesson (1 star when it has no star rules). Sandboxes spawn and play a short span.
 * Each level runs with its own dtMs, integration scheme and seed (see its file).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assetsOf, loadLevelFile, play, readCampaign, type Strategy } from '../levels/campaign/campaignPlayers';
import { runLevel } from '../../src/levels/runLevel';

const levelIds = readdirSync(new URL('../../levels/', import.meta.url)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'campaign.json').map((f) => f.replace(/\.json$/, ''));
const campaign = readCampaign(levelIds);
const EYEBLINK_TRIAL_TICKS = 950;
const SONG_TRIAL_TICKS = 670;

const strategies: Record<string, { strategy: Strategy; stars: number; timeoutMs: number }> = {
  'dopamine-omission': { strategy: {}, stars: 1, timeoutMs: 60_000 },
  'dopamine-extinction': { strategy: {}, stars: 1, timeoutMs: 60_000 },
  'dopamine-blocking': { strategy: {}, stars: 1, timeoutMs: 60_000 },
  'eyeblink-isi-sweep': { strategy: {}, stars: 1, timeoutMs: 60_000 },
  'eyeblink-extinction-savings': { strategy: {}, stars: 1, timeoutMs: 60_000 },
  'eyeblink-lesion': { strategy: { commands: [{ tick: 100 * EYEBLINK_TRIAL_TICKS, command: { type: 'inactivate', region: 'nucleus' } }] }, stars: 1, timeoutMs: 60_000 },
  'songbird-tutor': { strategy: {}, stars: 1, timeoutMs: 180_000 },
  'songbird-lman-lesion': { strategy: { commands: [{ tick: 0, command: { type: 'inactivate', region: 'lman' } }] }, stars: 1, timeoutMs: 180_000 },
  'songbird-deafening': { strategy: { commands: [{ tick: 1500 * SONG_TRIAL_TICKS, command: { type: 'lesion', population: 'lman' } }] }, stars: 1, timeoutMs: 240_000 },
  'songbird-white-noise': { strategy: {}, stars: 1, timeoutMs: 240_000 },
};

describe('campaign: long levels are winnable and earn their stars', () => {
  it('every short level of chapters 4-6 not played in the fast test has a scripted player here', () => {
    const fast = ['dopamine-acquisition', 'eyeblink-acquisition'];
    const long = campaign.chapters.filter((c) => ['dopamine', 'cerebellum', 'songbird'].includes(c.id)).flatMap((c) => c.levels).filter((id) => !fast.includes(id));
    expect(long.filter((id) => !(id in strategies))).toEqual([]);
  });
  for (const [id, { strategy, stars, timeoutMs }] of Object.entries(strategies)) {
    it(`${id}: the scripted player meets every objective and earns ${stars} star(s)`, () => {
      const { result, award } = play(id, strategy);
      for (const o of result.objectives) expect(o.met, JSON.stringify(o)).toBe(true);
      expect(award.stars, award.reasons.join(' ')).toBe(stars);
    }, timeoutMs);
  }
});

describe('campaign: every sandbox spawns and plays', () => {
  for (const chapter of campaign.chapters) {
    it(`${chapter.sandbox} (chapter ${chapter.id}) runs 500 ms of free play`, () => {
      const level = loadLevelFile(chapter.sandbox);
      const outcome = runLevel(level, { durationMs: 500, assets: assetsOf(level) });
      expect(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.errors)).toBe(true);
    }, 60_000);
  }
});
