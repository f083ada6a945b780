/**
 * The reversal agent's levels played by scripted players as the page plays them (the run stops at the
 * first trial end where every objective is met): each is winnable, a good strategy with right
 * predictions earns 3 stars, wrong predictions 1, and a wrong strategy misses an objective. Each
 * level runs with its own seed (reversal-learning 1993, reversal-acc-lesion 1997,
 * reversal-probabilistic 1998; rate units, dtMs 1, trials of 800 ms); the sandbox plays a short span.
 */
import { describe, expect, it } from 'vitest';
import { assetsOf, loadLevelFile, expectPlayerCase, playerCaseTitle, type PlayerCase } from '../../levels/campaign/campaignPlayers';
import { runLevel } from '../../../src/levels/runLevel';
import type { SimCommand } from '../../../src/sim/commands/commandQueue';

const THRESHOLD = 'circuits.agent.switchThreshold';
/** The lesion toggle switched on before Play (the controls panel sends it at tick 0). */
const LESION = [{ tick: 0, command: { type: 'lesionErrorUnit', enabled: true } as SimCommand }];

const cases: Record<string, PlayerCase[]> = {
  'reversal-learning': [
    { name: 'keeps the threshold and predicts about 2 errors and an error unit that fires only on missing rewards', strategy: { answers: { errorsBeforeSwitch: 1, errorOnRewards: 1 } }, stars: 3, used: 39 },
    { name: 'keeps the threshold but predicts it knows at once', strategy: { answers: { errorsBeforeSwitch: 0, errorOnRewards: 1 } }, stars: 1, used: 39 },
    { name: 'lowers the threshold to 0.7 (switches after one error)', strategy: { settings: { [THRESHOLD]: 0.7 }, answers: { errorsBeforeSwitch: 1, errorOnRewards: 1 } }, stars: 3 },
    { name: 'raises the threshold to 3 (errors cannot reach it; only the slow value learner switches)', strategy: { settings: { [THRESHOLD]: 3 }, answers: { errorsBeforeSwitch: 1, errorOnRewards: 1 } }, stars: 0 },
  ],
  'reversal-acc-lesion': [
    { name: 'lesions the error unit and predicts several times more errors', strategy: { commands: LESION, answers: { lesionErrors: 1 } }, stars: 3, used: 52 },
    { name: 'lesions the error unit but predicts it never switches', strategy: { commands: LESION, answers: { lesionErrors: 2 } }, stars: 1, used: 52 },
    { name: 'leaves the error unit intact (it switches after 2 errors)', strategy: { answers: { lesionErrors: 1 } }, stars: 0 },
  ],
  'reversal-probabilistic': [
    { name: 'sets the threshold to 1.3 (a run of errors) and predicts that patience pays', strategy: { settings: { [THRESHOLD]: 1.3 }, answers: { whichEarnsMore: 1 } }, stars: 3, used: 138 },
    { name: 'sets the threshold to 1.3 but predicts switching after every error earns more', strategy: { settings: { [THRESHOLD]: 1.3 }, answers: { whichEarnsMore: 0 } }, stars: 1, used: 138 },
    { name: 'sets the threshold to 1.6', strategy: { settings: { [THRESHOLD]: 1.6 }, answers: { whichEarnsMore: 1 } }, stars: 3 },
    { name: 'keeps the threshold at 0.7 (switches after every unlucky error)', strategy: { answers: { whichEarnsMore: 1 } }, stars: 0 },
    { name: 'raises the threshold to 2.5 (errors can never reach it)', strategy: { settings: { [THRESHOLD]: 2.5 }, answers: { whichEarnsMore: 1 } }, stars: 0 },
  ],
};

describe('reversal levels are winnable and earn their stars', () => {
  for (const [id, list] of Object.entries(cases)) {
    for (const c of list) {
      it(playerCaseTitle(id, c), () => { expectPlayerCase(id, c); }, 60_000);
    }
  }
  it('reversal-sandbox spawns and plays 2 s of free play', () => {
    const level = loadLevelFile('reversal-sandbox');
    const outcome = runLevel(level, { durationMs: 2000, assets: assetsOf(level) });
    expect(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.errors)).toBe(true);
  });
});
