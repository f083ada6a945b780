// The critical-period relay cells are labelled by eye (populations[].groups, drawn by
// src/render/circuit/groupLabels.ts): the level names the two rows, and a group that runs past its
// population's last neuron is refused with its path. No simulation is run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { criticalPeriodLevel } from './criticalPeriodRuns';

describe('critical-period: the relay cells are grouped by eye', () => {
  it('left eye 0-19, right eye 20-39; a group past the last neuron is an error at its count', () => {
    const thalamus = criticalPeriodLevel().populations.find((p) => p.id === 'thalamus')!;
    expect(thalamus.groups).toEqual([{ label: 'Left eye', first: 0, count: 20 }, { label: 'Right eye', first: 20, count: 20 }]);
    const data = JSON.parse(readFileSync('levels/critical-period.json', 'utf8'));
    data.populations[0].groups[1].count = 21;
    const loaded = loadLevel(data);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map((e) => `${e.path}: ${e.message}`)).toContain("populations[0].groups[1].count: the group runs past the population's last neuron: 20 + 21 > 40");
  });
});
