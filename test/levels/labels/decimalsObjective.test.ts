/**
 * A metric with fixed decimals (MetricDisplay.decimals) reads to them: developmental pruning's
 * "Accuracy holds" objective shows points to one decimal, not the 0.0625 the run measures, and its
 * goal the same way; the page's language keeps the decimals ("0,1", "0,0").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { goalText, objectiveDisplay, objectiveValueLine, valueText } from '../../../src/levels/labels/objectiveText';
import { localeDigitsOr } from '../../../src/i18n/definedWords';

describe('an objective with fixed decimals', () => {
  const loaded = loadLevel(readFileSync('levels/developmental-pruning.json', 'utf8'));
  if (!loaded.ok) throw new Error('developmental-pruning.json does not load');
  const display = objectiveDisplay(loaded.level, 'accuracyHolds');

  it('shows points to one decimal', () => {
    expect(display.decimals).toBe(1);
    expect(valueText(0.0625, display)).toBe('0.1 points');
    expect(valueText(-0.04, display)).toBe('0.0 points');
    expect(valueText(-10.11, display)).toBe('-10.1 points');
    expect(goalText('>=', -1, display)).toBe('≥ -1.0 points');
    expect(objectiveValueLine(display, { comparison: '>=', threshold: -1, value: 0.0625 })).toBe('Accuracy minus the never-pruned twin\'s: 0.1 points (goal ≥ -1.0 points)');
  });

  it('leaves other metrics at 3 significant digits', () => {
    const fall = objectiveDisplay(loaded.level, 'fall');
    expect(fall.decimals).toBeUndefined();
    expect(valueText(40.0892, fall)).toBe('40.1%');
  });

  it('keeps the decimals in Spanish digits', () => {
    expect(localeDigitsOr(0.1, '0.1', 'es')).toBe('0,1');
    expect(localeDigitsOr(0, '0.0', 'es')).toBe('0,0');
    expect(localeDigitsOr(85.6, '85.6', 'es')).toBe('85,6');
    expect(localeDigitsOr(1234, '1234', 'es')).toMatch(/^1\.?234$/);
  });
});
