/**
 * How the belief levels' objective numbers read: a share in % with its goal in % ("74% (goal ≤ 5%)"),
 * weights with two fixed decimals and means of counts with one, value and goal alike ("0.14",
 * "≥ 0.20"), and a Spanish page keeps those decimals ("0,20").
 */
import { describe, expect, it } from 'vitest';
import { goalText, objectiveDisplay, valueText } from '../../../src/levels/labels/objectiveText';
import { localeDigitsOr } from '../../../src/i18n/definedWords';
import { builtInLevel } from '../../levels/helpers';

describe('belief metrics on the objectives card', () => {
  it('beads: shares in % for value and goal', () => {
    const level = builtInLevel('beads-task', {});
    const a = objectiveDisplay(level, 'aCareful');
    expect(a.label).toBe('Games learner A decided after 1-2 beads');
    expect(valueText(74.5, a)).toBe('74.5%');
    expect(goalText('<=', 5, a)).toBe('≤ 5%');
  });
  it('cues and checking: fixed decimals for value and goal', () => {
    const cues = builtInLevel('aberrant-salience', {});
    const tone = objectiveDisplay(cues, 'bTone');
    expect([valueText(0.135, tone), goalText('>=', 0.2, tone), valueText(0.9213, objectiveDisplay(cues, 'aLight'))]).toEqual(['0.14', '≥ 0.20', '0.92']);
    const checks = builtInLevel('excessive-checking', {});
    expect([valueText(3.78, objectiveDisplay(checks, 'aStops')), goalText('<=', 2, objectiveDisplay(checks, 'aStops'))]).toEqual(['3.8', '≤ 2.0']);
  });
  it('a Spanish page keeps the decimals the code chose', () => {
    expect(localeDigitsOr(0.2, '0.20', 'es')).toBe('0,20');
    expect(localeDigitsOr(0.135, '0.135', 'es')).toBe('0,135');
  });
});
