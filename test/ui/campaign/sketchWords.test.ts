/**
 * A sketch's verdict and a curve in words, in the page's language (pure: no simulation). In Spanish
 * no English word is left and numbers use the decimal comma; the default x-axis label "Trial" is
 * shown as the locale's word when a level names none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, t } from '../../../src/i18n/messages';
import { sketchXLabel } from '../../../src/levels/campaign/sketch';
import { setLabelTranslator } from '../../../src/levels/labels/labelWords';
import { translatedOr } from '../../../src/i18n/definedWords';
import { describeCurve, sketchScoreWords, sketchValueWords } from '../../../src/ui/campaign/sketchWords';

const spec = { xLabel: 'Trial', yMin: 0, yMax: 40, yUnit: 'Hz' };

afterEach(() => { setLocale('en'); setLabelTranslator(null); });

describe('sketch words', () => {
  it('in English, describe a curve and a score', () => {
    expect(describeCurve([0.1, 0.8, 0.5], [1, 50, 100], spec)).toBe('Starts at 4\u00a0Hz, highest 32\u00a0Hz at trial 50, ends at 20\u00a0Hz at trial 100.');
    expect(describeCurve([0.05, 0.8], [301, 370], { ...spec, yUnit: '%', yMax: 100 })).toBe('Starts at 5%, ends at 80% at trial 370.');
    expect(describeCurve([0.8, 0.1, 0.5], [1, 50, 100], spec)).toBe('Starts at 32\u00a0Hz, lowest 4\u00a0Hz at trial 50, ends at 20\u00a0Hz at trial 100.');
    expect(describeCurve([], [], spec)).toBe('No curve.');
    expect(sketchScoreWords(0.9, true)).toBe('A close match (90 of 100).');
    expect(sketchScoreWords(0.6, true)).toBe('The right shape, roughly (60 of 100).');
    expect(sketchScoreWords(0.3, false)).toBe('Partly right, but the shape differs (30 of 100).');
    expect(sketchScoreWords(0.1, false)).toBe('A different shape (10 of 100).');
  });

  it('in Spanish, every verdict and curve is Spanish, with decimal commas', () => {
    setLocale('es');
    setLabelTranslator(translatedOr);
    const xLabel = sketchXLabel({ xLabel: 'Trial' });
    expect(xLabel).toBe('Ensayo');
    expect(sketchXLabel({ xLabel: 'Interpretación' })).toBe('Interpretación');
    expect(describeCurve([0.1, 0.8, 0.5], [1, 50, 100], { ...spec, xLabel })).toBe('Empieza en 4\u00a0Hz, máximo de 32\u00a0Hz en ensayo 50, termina en 20\u00a0Hz en ensayo 100.');
    expect(sketchValueWords(2.5, 'Hz')).toBe('2,5\u00a0Hz');
    const verdicts = [sketchScoreWords(0.9, true), sketchScoreWords(0.6, true), sketchScoreWords(0.3, false), sketchScoreWords(0.1, false)];
    expect(verdicts).toEqual(['Muy parecida (90 de 100).', 'La forma correcta, más o menos (60 de 100).', 'En parte correcta, pero la forma es distinta (30 de 100).', 'Una forma distinta (10 de 100).']);
    for (const text of [...verdicts, describeCurve([], [], spec), t('game.sketch.xLabelDefault')]) {
      expect(text).not.toMatch(/\b(match|shape|right|curve|Starts|ends|Trial|of 100)\b/);
    }
  });
});
