// A multiple-choice answer saved as text only (older progress, version 1 results files) maps back to
// its choice's index through every language the page ships, so a switched language keeps it and a
// teacher's tally counts a Spanish and an English answer together.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choiceIndexOfAnswer, choiceTextsByLanguage, savedChoice } from '../../../src/app/results/choiceIndex';
import { loadLevel } from '../../../src/levels/loadLevel';
import { localizeLevel } from '../../../src/levels/text/localizeLevel';

function localized(): unknown {
  return localizeLevel(JSON.parse(readFileSync(new URL('../../../levels/calcium-ltp.json', import.meta.url), 'utf8')), spanish);
}

const spanish = JSON.parse(readFileSync(new URL('../../../levels/locales/es/calcium-ltp.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('a choice by its index', () => {
  it('knows the question\'s choices in English and Spanish', () => {
    const languages = choiceTextsByLanguage('calcium-ltp', 'fastOrSlow');
    expect(languages[0]).toEqual(['One spike a second', 'Fifty spikes a second', 'Both the same']);
    expect(languages).toContainEqual([0, 1, 2].map((c) => spanish[`/lesson/predictions/0/choices/${c}`]));
    expect(choiceTextsByLanguage('calcium-ltp', 'noSuchQuestion')).toEqual([]);
    expect(choiceTextsByLanguage('no-such-level', 'fastOrSlow')).toEqual([]);
  });

  it('maps an English or a Spanish text to the same index; a reworded one to null', () => {
    expect(choiceIndexOfAnswer(null, 'calcium-ltp', 'fastOrSlow', 'Fifty spikes a second')).toBe(1);
    expect(choiceIndexOfAnswer(null, 'calcium-ltp', 'fastOrSlow', spanish['/lesson/predictions/0/choices/1'])).toBe(1);
    expect(choiceIndexOfAnswer(null, 'calcium-ltp', 'fastOrSlow', 'Forty spikes a second')).toBeNull();
  });

  it('maps through the level as shown for a level the page does not ship', () => {
    const loaded = loadLevel(readFileSync(new URL('../../../levels/calcium-ltp.json', import.meta.url), 'utf8'));
    if (!loaded.ok) throw new Error('level');
    const own = { ...loaded.level, id: 'my-own-level' };
    expect(choiceIndexOfAnswer(own, 'my-own-level', 'fastOrSlow', 'Both the same')).toBe(2);
    expect(choiceIndexOfAnswer(null, 'my-own-level', 'fastOrSlow', 'Both the same')).toBeNull();
  });

  it('a saved answer keeps its choice across a language switch: by index, or an old English text read on the Spanish page', () => {
    const spanishLevel = loadLevel(JSON.stringify(localized()));
    if (!spanishLevel.ok) throw new Error('Spanish level');
    // Made in English, read with the level in Spanish.
    expect(savedChoice({ answer: 'Fifty spikes a second', choice: 1 }, spanishLevel.level, 'calcium-ltp', 'fastOrSlow')).toBe(1);
    expect(savedChoice({ answer: 'Fifty spikes a second' }, spanishLevel.level, 'calcium-ltp', 'fastOrSlow')).toBe(1);
    expect(savedChoice({ answer: 'Something else' }, spanishLevel.level, 'calcium-ltp', 'fastOrSlow')).toBeNull();
  });
});
