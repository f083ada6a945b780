/**
 * songbird-white-noise's objectives must be earned by a specific shift (issue 13, item 4): made-up
 * pitch records go into the spawned level's songbird record (100 baseline renditions of every
 * syllable, then 100 shifted ones), the circuit's shift measures are updated as after a rendition, and
 * the level's own objectives (metric, args, comparison, threshold) read them through the level's
 * metric plumbing. A uniform shift of every syllable must fail; the bird's specific shift must pass.
 * No simulation (the level is spawned, never stepped).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { toMeasureSpec } from '../../../src/levels/metrics/toMeasureSpec';
import { compare, compileMeasure, stateMeasureNow } from '../../../src/sim/timeline/measures';
import { songbirdStateOf } from '../../../src/circuits/songbird';
import { History, HISTORY_FIELDS } from '../../../src/circuits/songbird/songRecord';
import { addSyllableBaseline } from '../../../src/circuits/songbird/whiteNoiseContingency';
import { otherShiftPercent, SHIFT_RENDITIONS, updateSyllableShifts } from '../../../src/circuits/songbird/syllableShifts';
import type { MetricName } from '../../../src/levels/schema/metrics';

const BASELINE_HZ = 600;
const SD_HZ = 6;

/** The level's objectives met after a noise phase whose syllables moved by shiftsSd (baseline SDs). */
function objectivesMet(shiftsSd: number[]): Record<string, boolean> {
  const loaded = loadLevel(JSON.parse(readFileSync(new URL('../../../levels/songbird-white-noise.json', import.meta.url), 'utf8')));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const spawned = spawnLevel(loaded.level);
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  const state = songbirdStateOf(spawned.world)!;
  const wn = state.whiteNoise!;
  const syllables = shiftsSd.length;
  // Baseline: alternating ±SD around 600 Hz (sample SD ≈ SD_HZ for 100 renditions).
  for (let r = 0; r < 100; r++) addSyllableBaseline(wn, shiftsSd.map(() => BASELINE_HZ + (r % 2 === 0 ? SD_HZ : -SD_HZ)));
  const { record } = state;
  for (let r = 0; r < SHIFT_RENDITIONS; r++) {
    for (let s = 0; s < syllables; s++) record.history[r * HISTORY_FIELDS + History.syllablePitchHz + s] = BASELINE_HZ + shiftsSd[s] * SD_HZ;
  }
  updateSyllableShifts(record, wn, SHIFT_RENDITIONS - 1, syllables);
  const met: Record<string, boolean> = {};
  for (const objective of loaded.level.objectives) {
    const measure = compileMeasure(spawned.world, toMeasureSpec({ metric: objective.metric as MetricName, args: objective.args as Record<string, unknown> }));
    met[objective.id] = compare(stateMeasureNow(spawned.world, measure), objective.comparison, objective.threshold as number);
  }
  return met;
}

describe('songbird-white-noise objectives', () => {
  it('a uniform shift of all five syllables fails the specificity objective (a small one and a large one)', () => {
    // 1.2 SD everywhere: enough for "shifted", and within the ±1.5 SD band the old objective allowed syllable 2.
    expect(objectivesMet([1.2, 1.2, 1.2, 1.2, 1.2])).toEqual({ shifted: true, specific: false });
    expect(objectivesMet([3, 3, 3, 3, 3])).toEqual({ shifted: true, specific: false });
  });

  it('a syllable other than the second moving with the target fails it too', () => {
    expect(objectivesMet([2, 0, 0, 0, 2])).toEqual({ shifted: true, specific: false });
  });

  it('a shift of the first syllable alone passes both', () => {
    expect(objectivesMet([2, 0.3, -0.4, 0.1, 0.5])).toEqual({ shifted: true, specific: true });
  });

  it('another syllable moving half as far as the target fails; a third passes', () => {
    expect(objectivesMet([2.4, 0, 1.2, 0, 0]).specific).toBe(false);
    expect(objectivesMet([2.4, 0, -0.79, 0, 0]).specific).toBe(true);
  });

  it('no shift at all passes neither', () => {
    expect(objectivesMet([0, 0, 0, 0, 0])).toEqual({ shifted: false, specific: false });
  });

  it('the specificity is the largest other |shift| in % of the target\'s', () => {
    expect(otherShiftPercent([2, -1, 0.5], 3, 0)).toBeCloseTo(50, 12);
    expect(otherShiftPercent([-2, 2, 0], 3, 0)).toBeCloseTo(100, 12);
    expect(otherShiftPercent([0, 1], 2, 0)).toBeNaN();
    expect(otherShiftPercent([1, Number.NaN], 2, 0)).toBeNaN();
  });
});
