// What the objectives panel says (src/ui/objectivesPanel.ts objectiveItemTexts, starCountNote): every
// built-in level's objectives read with human labels and units, never a metric id or an objective id
// (issue 12, item 6). No simulation: outcomes are made up at the threshold, off it, and unmeasured.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unitCount } from '../../src/levels/campaign/stars';
import { metricDisplay } from '../../src/levels/labels/metricLabels';
import { formatNumber } from '../../src/levels/labels/objectiveText';
import { loadLevel } from '../../src/levels/loadLevel';
import type { ObjectiveOutcome } from '../../src/levels/objectives/evaluateObjectives';
import { METRIC_NAMES } from '../../src/levels/schema/metrics';
import type { Level } from '../../src/levels/schema/level';
import { objectiveItemTexts, starCountNote } from '../../src/ui/objectivesPanel';

const levelsDir = new URL('../../levels/', import.meta.url);
const ids = readdirSync(levelsDir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'campaign.json').map((f) => f.replace(/\.json$/, ''));

function level(id: string): Level {
  const loaded = loadLevel(readFileSync(new URL(`${id}.json`, levelsDir), 'utf8'));
  if (!loaded.ok) throw new Error(`${id}: ${JSON.stringify(loaded.errors)}`);
  return loaded.level;
}

/** An internal identifier's shape: lowerCamelCase (spikeCount, crPercent, weightChangeRatio). */
const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z0-9]*\b/;

function outcomes(l: Level, value: (threshold: number | [number, number]) => number | null): ObjectiveOutcome[] {
  return l.objectives.map((o) => {
    const threshold = Array.isArray(o.threshold) ? [o.threshold[0], o.threshold[1]] as [number, number] : o.threshold as number;
    const v = value(threshold);
    return { id: o.id, description: o.description, metric: o.metric, comparison: o.comparison, threshold, value: v, met: false };
  });
}

describe('objectives panel text', () => {
  for (const id of ids) {
    it(`${id}: labels and units, no ids`, () => {
      const l = level(id);
      const readings = [
        outcomes(l, () => null),
        outcomes(l, (t) => (Array.isArray(t) ? t[0] : t)),
        outcomes(l, (t) => (Array.isArray(t) ? (t[0] + t[1]) / 2 : t) + 0.37),
      ];
      for (const reading of readings) {
        for (const text of objectiveItemTexts(l, reading)) {
          const shown = `${text.description} ${text.value}`;
          expect(shown, `${id}: ${shown}`).not.toMatch(CAMEL_CASE);
          const objective = l.objectives.find((o) => o.id === text.id)!;
          // The metric's name and the objective's id are not words a player reads (ids of one word, like
          // "learned", may be ordinary words in a description; they must not be the value's label).
          expect(text.value.includes(objective.metric), `${id}: ${text.value}`).toBe(false);
          expect(text.value.startsWith(`${objective.id}:`), `${id}: ${text.value}`).toBe(false);
          expect(text.value).toMatch(/^[A-Z][^:]*: (not measured yet|yes|no|-?[\d.]+[^ ]*( [^(]+)?) \(goal .+\)$/);
        }
      }
    });
  }

  it('every metric has a label and a unit that is not its name', () => {
    for (const name of METRIC_NAMES) {
      const display = metricDisplay(name);
      expect(display.label, name).not.toBe(name);
      expect(display.label, name).not.toMatch(CAMEL_CASE);
    }
  });

  it('shows counts as whole numbers, units on numbers, and the goal in symbols', () => {
    const texts = (id: string, value: number) => objectiveItemTexts(level(id), outcomes(level(id), () => value)).map((t) => t.value);
    expect(texts('spike-threshold', 0)).toEqual(['Spikes: 0 (goal ≥ 5)']);
    expect(texts('spike-types', 3)).toEqual(['Spikes of the right cell: 3 (goal ≥ 80)', 'Spikes of the left cell: 3 (goal < 25)']);
    expect(texts('eyeblink-acquisition', 40)).toEqual(['CRs: 40% (goal ≥ 80%)', 'Blink peak after the tone: 40 ms (goal 150–350 ms)']);
    expect(texts('stdp-pairing', 1.2345)).toEqual(['Weight change: 1.23× (goal > 1.3×)']);
    expect(texts('izhikevich-2003', 7.25)).toEqual(['Firing rate: 7.25 Hz (goal 3–30 Hz)']);
    expect(texts('songbird-white-noise', 0.5)).toEqual(['Pitch shift of syllable 1: 0.5 SD (goal ≥ 1 SD)', 'Other syllables\' largest shift (share of syllable 1\'s): 0.5% (goal ≤ 33%)']);
    expect(formatNumber(2.5, true)).toBe('2.5');
    expect(formatNumber(264.04)).toBe('264');
    expect(formatNumber(12345.6)).toBe('12346');
  });

  it('says one trial, two trials', () => {
    expect(unitCount(1, 'trials')).toBe('1 trial');
    expect(unitCount(0, 'trials')).toBe('0 trials');
    expect(unitCount(2, 'seconds')).toBe('2 seconds');
    expect(unitCount(1, 'seconds')).toBe('1 second');
  });

  it('under the objectives: watching is free until the first change (which restarts the level), then every trial of the run counts', () => {
    const l = level('spike-threshold');
    expect(starCountNote(l, { unit: 'trials', done: 4, watchingIsFree: true })).toBe('Watching is free: your first change restarts the level with it, and only then do trials count.');
    expect(starCountNote(l, { unit: 'trials', done: 1, watchingIsFree: false })).toBe('Stars count this run from its start: 1 trial so far.');
    expect(starCountNote(l, { unit: 'trials', done: 0, watchingIsFree: false })).toBe('Stars count this run from its start: 0 trials so far.');
    // A level whose stars do not count trials, and one whose stars measure when you act.
    expect(starCountNote(level('izhikevich-2003'), { unit: 'seconds', done: 4, watchingIsFree: true })).toBeNull();
    expect(starCountNote(level('eyeblink-lesion'), { unit: 'trials', done: 4, watchingIsFree: false })).toBe('Every trial counts for stars here: they measure how soon you act.');
  });
});
