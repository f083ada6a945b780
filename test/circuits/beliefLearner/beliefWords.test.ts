/**
 * The belief scene's words on the levels' own worlds (English): a learner stopped by the check cap
 * is said to have checked "the most it may" (its response still above the line), one that stopped
 * below the line is not; the light's weight above the reward rate is explained only when a learner's
 * is; the beads averages print the circuit's shares as % (100 % after 1-2 beads at gain 3).
 */
import { describe, expect, it } from 'vitest';
import { beliefLearnersOf } from '../../../src/circuits/beliefLearner/beliefCircuit';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { runTicks } from '../../../src/sim/schedule';
import { averageSentence, checkLegend, lastSentence, lightNote } from '../../../src/render/scenes/belief/beliefWords';
import { builtInLevel } from '../../levels/helpers';

/** The level's circuit after `ms` of level time with these settings. */
function circuitAfter(id: string, settings: Record<string, number>, ms: number) {
  const level = builtInLevel(id, settings);
  const spawned = spawnLevel(level, { seed: 1 });
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  runTicks(spawned.world, Math.round(ms / level.dtMs));
  return beliefLearnersOf(spawned.world)[0];
}

describe('belief scene words', () => {
  it('checking: the cap is named when it stopped a learner, the legend gives the line and the cap', () => {
    const c = circuitAfter('excessive-checking', { 'circuits.checks.gainA': 1, 'circuits.checks.successUpdateA': 1, 'circuits.checks.gainB': 4, 'circuits.checks.successUpdateB': 0 }, 1000);
    expect(lastSentence(c, 1)).toBe('Learner B checked 20 times, the most it may; its error response ended at 4.00, still above the line');
    expect(lastSentence(c, 0)).toMatch(/^Learner A checked [12] times?; its error response ended at /);
    expect(checkLegend(c)).toContain('at or below the line (0.50), or after 20 checks at most');
  });
  it('cues: the light-above-reward note appears with many bursts and not without bursts', () => {
    expect(lightNote(circuitAfter('aberrant-salience', { 'circuits.cues.chanceFiringA': 0, 'circuits.cues.chanceFiringB': 0.6 }, 30000))).toContain('a chance burst while the light is on adds to the light\'s weight too');
    expect(lightNote(circuitAfter('aberrant-salience', { 'circuits.cues.chanceFiringA': 0, 'circuits.cues.chanceFiringB': 0 }, 30000))).toBe('');
  });
  it('beads: the shares print as % of games', () => {
    const c = circuitAfter('beads-task', { 'circuits.beads.gainA': 1, 'circuits.beads.gainB': 3 }, 5000);
    expect(averageSentence(c, 1)).toMatch(/decided after 1-2 beads: 100 %; wrong: \d{1,2} % \(games so far: 50\)$/);
    expect(averageSentence(c, 0)).toMatch(/decided after 1-2 beads: 0 %;/);
  });
});
