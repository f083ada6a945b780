/**
 * A translated level runs exactly as the English one. Every built-in level that has Spanish texts,
 * as the page hands it out in Spanish (src/app/levelLanguage.ts), equals the English file once the
 * texts are set aside. One level of each kind is also run: the first 2000 ticks (the level's own
 * seed and integration scheme, runLevel's fixed step) end in the same state hash in both languages.
 * (Running every level costs ~0.6 s each; the structural check already covers the others.)
 */
import { describe, expect, it } from 'vitest';
import { localizedBuiltInLevel } from '../../../src/app/levelLanguage';
import { runLevel } from '../../../src/levels/runLevel';
import { withoutLevelTexts } from '../../../src/levels/text/localizeLevel';
import { builtInLevelAssets, loadOk } from '../helpers';
import { englishData, translatedIds } from './spanishFiles';

const TICKS = 2000;
const levelIds = translatedIds.filter((id) => id !== 'campaign');
/** One level of each kind: a single cell, STDP, the calcium rule, a songbird, a cerebellum and a reward circuit. */
const RUN_IN_BOTH = new Set(['spike-threshold', 'stdp-pairing', 'calcium-frequency', 'songbird-deafening', 'eyeblink-acquisition', 'dopamine-acquisition']);

describe('a level runs the same in Spanish', () => {
  it('there are translated levels to check', () => {
    expect(levelIds.length).toBeGreaterThan(0);
  });

  for (const id of levelIds) {
    const runs = RUN_IN_BOTH.has(id);
    it(`${id}: only the texts differ${runs ? `, and ${TICKS} ticks end in the same state hash` : ''}`, () => {
      const englishRaw = englishData(id);
      const spanishRaw = localizedBuiltInLevel(id, englishRaw, 'es');
      expect(spanishRaw).not.toEqual(englishRaw);
      expect(withoutLevelTexts(spanishRaw)).toEqual(withoutLevelTexts(englishRaw));
      if (!runs) return;
      const english = loadOk(englishRaw);
      const spanish = loadOk(spanishRaw);
      const assets = builtInLevelAssets(english);
      const durationMs = TICKS * english.dtMs;
      const inEnglish = runLevel(english, { durationMs, assets });
      const inSpanish = runLevel(spanish, { durationMs, assets });
      if (!inEnglish.ok || !inSpanish.ok) throw new Error(`${id} failed to spawn`);
      expect(inSpanish.result.ticks).toBe(TICKS);
      expect(inSpanish.result.stateHash).toBe(inEnglish.result.stateHash);
    });
  }
});
