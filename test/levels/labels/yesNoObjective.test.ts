import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { toMeasureSpec } from '../../../src/levels/metrics/toMeasureSpec';
import { goalText, objectiveDisplay, objectiveValueLine, valueText } from '../../../src/levels/labels/objectiveText';

/** A "has it happened" objective (the credit arena's "learns the patterns") reads yes/no, never 0/1 or an epoch. */
describe('a yes/no objective', () => {
  const loaded = loadLevel(readFileSync('levels/credit-arena-width.json', 'utf8'));
  if (!loaded.ok) throw new Error('credit-arena-width.json does not load');
  const display = objectiveDisplay(loaded.level, 'perturbationLearns');

  it('shows its value and its goal in words', () => {
    expect(display.yesNo).toBe(true);
    expect(valueText(0, display)).toBe('no');
    expect(valueText(1, display)).toBe('yes');
    expect(goalText('>=', 1, display)).toBe('yes');
    expect(goalText('<', 1, display)).toBe('no');
    expect(objectiveValueLine(display, { comparison: '>=', threshold: 1, value: 0 })).toBe('Node perturbation learns the patterns: no (goal yes)');
  });

  it('reads the rule\'s solved epoch as a flag', () => {
    const spec = toMeasureSpec({ metric: 'arenaRuleLearned', args: { circuit: 'arena', rule: 'nodePerturbation' } });
    expect(spec).toMatchObject({ metric: 'registeredValue', asFlag: true });
  });
});
