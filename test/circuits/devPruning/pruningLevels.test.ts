/**
 * The developmental pruning levels played by scripted players as the page plays them (the run
 * stops at the first trial end where every objective is met; here the last, when the network is
 * grown up): each is winnable, a good strategy with right predictions earns 3 stars, wrong
 * predictions 1, and a wrong strategy misses an objective. Each level runs with its own seed
 * (developmental-pruning 1979, developmental-pruning-random 2004; rate network, one epoch per 200 ms
 * of level time, 12 epochs a trial, which the page calls a year; dtMs 1); the sandbox plays its first
 * three years and records its measures in each.
 */
import { describe, expect, it } from 'vitest';
import { assetsOf, loadLevelFile, expectPlayerCase, playerCaseTitle, type PlayerCase } from '../../levels/campaign/campaignPlayers';
import { runLevel } from '../../../src/levels/runLevel';

const PRUNED = 'circuits.brain.pruneFraction';
const TARGETED = 'circuits.brain.targetedShare';
const RIGHT = { accuracy: 0, peak: 0 };

const cases: Record<string, PlayerCase[]> = {
  'developmental-pruning': [
    { name: 'lets the network grow up (40% pruned) and predicts accuracy holds and an early peak', strategy: { answers: RIGHT }, stars: 3, used: 20 },
    { name: 'lets it grow up but predicts accuracy falls by 40%', strategy: { answers: { accuracy: 1, peak: 0 } }, stars: 1, used: 20 },
    { name: 'prunes 80% of the peak (too deep: the count falls too far and accuracy drops)', strategy: { settings: { [PRUNED]: 0.8 }, answers: RIGHT }, stars: 0 },
    { name: 'prunes only 10% (the count hardly falls)', strategy: { settings: { [PRUNED]: 0.1 }, answers: RIGHT }, stars: 0 },
  ],
  'developmental-pruning-random': [
    { name: 'picks every removal by errors and use and predicts random pruning costs accuracy', strategy: { settings: { [TARGETED]: 1 }, answers: { random: 0 } }, stars: 3, used: 20 },
    { name: 'picks by errors and use but predicts only the number matters', strategy: { settings: { [TARGETED]: 1 }, answers: { random: 1 } }, stars: 1, used: 20 },
    { name: 'keeps pruning at random (accuracy falls below the unpruned twin)', strategy: { answers: { random: 0 } }, stars: 0 },
  ],
};

describe('developmental pruning levels are winnable and earn their stars', () => {
  for (const [id, list] of Object.entries(cases)) {
    for (const c of list) {
      it(playerCaseTitle(id, c), () => { expectPlayerCase(id, c); }, 120_000);
    }
  }
  it('developmental-pruning-sandbox records synapses, accuracy and the gap to the twin in each of its first three years', () => {
    const level = loadLevelFile('developmental-pruning-sandbox');
    const outcome = runLevel(level, { trials: 3, assets: assetsOf(level) });
    expect(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.errors)).toBe(true);
    if (!outcome.ok) return;
    const years = outcome.result.trials.map((trial) => trial.metrics);
    expect(years).toHaveLength(3);
    for (const year of years) for (const id of ['synapses', 'accuracy', 'vsTwin']) expect(typeof year[id], `${id} in ${JSON.stringify(year)}`).toBe('number');
    // Synaptogenesis runs through age 2: the count climbs from year 1 to year 2, and learning lifts accuracy.
    expect(years[1].synapses).toBeGreaterThan(years[0].synapses as number);
    expect(years[2].accuracy).toBeGreaterThan(years[0].accuracy as number);
  });
});
