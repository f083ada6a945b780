/**
 * The developmental pruning levels played by scripted players as the page plays them (the run
 * stops at the first trial end where every objective is met; here the last, when the network is
 * grown up): each is winnable, a good strategy with right predictions earns 3 stars, wrong
 * predictions 1, and a wrong strategy misses an objective. Each level runs with its own seed
 * (developmental-pruning 1979, developmental-pruning-random 2004; rate network, one epoch per 25 ms
 * of level time, dtMs 1); the sandbox plays a short span.
 */
import { describe, expect, it } from 'vitest';
import { assetsOf, loadLevelFile, expectPlayerCase, playerCaseTitle, type PlayerCase } from '../../levels/campaign/campaignPlayers';
import { runLevel } from '../../../src/levels/runLevel';

const PRUNED = 'circuits.brain.pruneFraction';
const TARGETED = 'circuits.brain.targetedShare';
const RIGHT = { accuracy: 0, peak: 0 };

const cases: Record<string, PlayerCase[]> = {
  'developmental-pruning': [
    { name: 'lets the network grow up (40% pruned) and predicts accuracy holds and an early peak', strategy: { answers: RIGHT }, stars: 3, used: 12 },
    { name: 'lets it grow up but predicts accuracy falls by 40%', strategy: { answers: { accuracy: 1, peak: 0 } }, stars: 1, used: 12 },
    { name: 'prunes 80% of the peak (too deep: the count falls too far and accuracy drops)', strategy: { settings: { [PRUNED]: 0.8 }, answers: RIGHT }, stars: 0 },
    { name: 'prunes only 10% (the count hardly falls)', strategy: { settings: { [PRUNED]: 0.1 }, answers: RIGHT }, stars: 0 },
  ],
  'developmental-pruning-random': [
    { name: 'picks every removal by errors and use and predicts random pruning costs accuracy', strategy: { settings: { [TARGETED]: 1 }, answers: { random: 0 } }, stars: 3, used: 12 },
    { name: 'picks by errors and use but predicts only the number matters', strategy: { settings: { [TARGETED]: 1 }, answers: { random: 1 } }, stars: 1, used: 12 },
    { name: 'keeps pruning at random (accuracy falls below the unpruned twin)', strategy: { answers: { random: 0 } }, stars: 0 },
  ],
};

describe('developmental pruning levels are winnable and earn their stars', () => {
  for (const [id, list] of Object.entries(cases)) {
    for (const c of list) {
      it(playerCaseTitle(id, c), () => { expectPlayerCase(id, c); }, 120_000);
    }
  }
  it('developmental-pruning-sandbox spawns and plays 500 ms of free play', () => {
    const level = loadLevelFile('developmental-pruning-sandbox');
    const outcome = runLevel(level, { durationMs: 500, assets: assetsOf(level) });
    expect(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.errors)).toBe(true);
  });
});
