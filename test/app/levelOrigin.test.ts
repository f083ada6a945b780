/**
 * Where a played level comes from (levelOrigin.ts): the editor's draft and a level opened from a file
 * play as campaign levels do and are said to come from elsewhere; a built-in chapter level plays as
 * a campaign level and is said to be nothing special; a chapter's sandbox stays free play.
 */
import { describe, expect, it } from 'vitest';
import { campaignChapters } from '../../src/app/campaignCatalog';
import { DRAFT_SESSION_ID } from '../../src/app/editor/draftSession';
import { listLevels } from '../../src/app/levelCatalog';
import { levelOriginText, playsAsCampaign } from '../../src/app/levelOrigin';
import { YourLevels } from '../../src/app/open/yourLevels';
import { loadLevel } from '../../src/levels/loadLevel';
import { readFileSync } from 'node:fs';
import { recordedTutor } from '../../src/audio/recording/recordedTutor';
import { songbirdRecordedTutor } from '../../src/circuits/songbird/recording/recordedTutorHook';
import { withRecordedTutor } from '../../src/levels/recordedTutorLevel';
import { whistle } from '../audio/recording/syntheticSounds';

const { chapters } = campaignChapters(listLevels());
const noFiles = (): Promise<Uint8Array> => Promise.reject(new Error('no files in this test'));

function yourLevelsWithPairing(): { yours: YourLevels; key: string } {
  const loaded = loadLevel(readFileSync(new URL('../../levels/stdp-pairing.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('stdp-pairing does not load');
  const yours = new YourLevels(noFiles);
  return { yours, key: yours.add(loaded.level, new Map()).id };
}

describe('levelOrigin', () => {
  it('the draft is a preview that saves nothing, played as a campaign level', () => {
    const { yours } = yourLevelsWithPairing();
    expect(levelOriginText(DRAFT_SESSION_ID, yours)).toMatch(/preview of your draft.*not saved/);
    expect(playsAsCampaign(DRAFT_SESSION_ID, chapters, yours)).toBe(true);
  });

  it('a level opened from a file says so and is in no chapter, yet plays as a campaign level', () => {
    const { yours, key } = yourLevelsWithPairing();
    expect(key).toBe('yours.stdp-pairing');
    expect(levelOriginText(key, yours)).toMatch(/^A level someone made, opened from a file or link.*under "Your levels".*do not count toward the campaign's chapters\.$/);
    expect(playsAsCampaign(key, chapters, yours)).toBe(true);
    expect(chapters.some((c) => c.levels.some((l) => l.id === key))).toBe(false);
  });

  it('built-in levels: no origin words; a chapter level plays as a campaign level, a sandbox does not', () => {
    const { yours } = yourLevelsWithPairing();
    const withSandbox = chapters.find((c) => c.levels.some((l) => l.sandbox) && c.levels.some((l) => !l.sandbox));
    expect(withSandbox).toBeDefined();
    const short = withSandbox!.levels.find((l) => !l.sandbox)!;
    const sandbox = withSandbox!.levels.find((l) => l.sandbox)!;
    expect(levelOriginText(short.id, yours)).toBeNull();
    expect(playsAsCampaign(short.id, chapters, yours)).toBe(true);
    expect(playsAsCampaign(sandbox.id, chapters, yours)).toBe(false);
    // The built-in of the same id as the opened file is still a built-in.
    expect(levelOriginText('stdp-pairing', yours)).toBeNull();
  });

  it('a level saved by Record a tutor says its tutor is a recording, not "a level someone made"', () => {
    const loaded = loadLevel(readFileSync(new URL('../../levels/songbird-tutor.json', import.meta.url), 'utf8'));
    if (!loaded.ok) throw new Error('songbird-tutor does not load');
    const tune = recordedTutor(whistle([{ startMs: 50, durationMs: 500, startHz: 1500, endHz: 2200 }]), 44100, songbirdRecordedTutor);
    if (!tune.ok) throw new Error(JSON.stringify(tune.problems));
    const made = withRecordedTutor(loaded.level, tune.tutor.wav);
    if (!made.ok) throw new Error(made.error);
    const yours = new YourLevels(noFiles);
    const key = yours.add(made.level, new Map([['recorded-tutor.wav', tune.tutor.wav]])).id;
    expect(key).toBe('yours.songbird-tutor-recorded');
    expect(levelOriginText(key, yours)).toMatch(/^Your level made with Record a tutor: the tutor is a recording.*under "Your levels"/);
    expect(playsAsCampaign(key, chapters, yours)).toBe(true);
  });
});
