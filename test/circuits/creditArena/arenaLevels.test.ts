/**
 * The credit-assignment arena's levels played by scripted players as the page plays them (the run
 * stops at the first trial end where every objective is met): each is winnable, a good strategy
 * with right predictions earns 3 stars, wrong predictions 1, and a wrong strategy misses an
 * objective. Each level runs with its own seed (credit-arena 1969, credit-arena-width 2006; rate
 * networks, one epoch per 10 ms of level time, dtMs 1); the sandbox plays a short span.
 */
import { describe, expect, it } from 'vitest';
import { assetsOf, loadLevelFile, expectPlayerCase, playerCaseTitle, type PlayerCase } from '../../levels/campaign/campaignPlayers';
import { runLevel } from '../../../src/levels/runLevel';

type Case = PlayerCase;
const NOISE = 'circuits.arena.noiseSd';
const SMALL = { 'circuits.arena.patternOutputs': 2, 'circuits.arena.hiddenUnits': 8 };

const cases: Record<string, Case[]> = {
  'credit-arena': [
    { name: 'keeps the exploration noise and predicts backprop and why brains use the others', strategy: { answers: { fastest: 0, whyOthers: 1 } }, stars: 3, used: 4 },
    { name: 'keeps the noise but predicts node perturbation wins', strategy: { answers: { fastest: 2, whyOthers: 1 } }, stars: 1, used: 4 },
    { name: 'raises the noise to 0.2 and predicts right', strategy: { settings: { [NOISE]: 0.2 }, answers: { fastest: 0, whyOthers: 1 } }, stars: 3 },
    { name: 'switches the exploration noise off (the trial-and-error rules cannot learn)', strategy: { settings: { [NOISE]: 0 }, answers: { fastest: 0, whyOthers: 1 } }, stars: 0 },
  ],
  'credit-arena-width': [
    { name: 'shrinks the network to 8 hidden and 2 output units and predicts node perturbation falls behind as it grows', strategy: { settings: SMALL, answers: { growing: 0 } }, stars: 3, used: 3 },
    { name: 'shrinks the network but predicts node perturbation catches up', strategy: { settings: SMALL, answers: { growing: 1 } }, stars: 1, used: 3 },
    { name: 'keeps 2 output units but all 32 hidden units', strategy: { settings: { 'circuits.arena.patternOutputs': 2 }, answers: { growing: 0 } }, stars: 3 },
    { name: 'keeps the big network (node perturbation misses the budget)', strategy: { answers: { growing: 0 } }, stars: 0 },
    { name: 'shrinks only the hidden layer to 8 units (8 outputs: even backprop cannot learn them)', strategy: { settings: { 'circuits.arena.hiddenUnits': 8 }, answers: { growing: 0 } }, stars: 0 },
  ],
};

describe('credit-assignment arena levels are winnable and earn their stars', () => {
  for (const [id, list] of Object.entries(cases)) {
    for (const c of list) {
      it(playerCaseTitle(id, c), () => { expectPlayerCase(id, c); }, 120_000);
    }
  }
  it('credit-arena-sandbox spawns and plays 500 ms of free play', () => {
    const level = loadLevelFile('credit-arena-sandbox');
    const outcome = runLevel(level, { durationMs: 500, assets: assetsOf(level) });
    expect(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.errors)).toBe(true);
  });
});
