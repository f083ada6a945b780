/**
 * The belief-learner levels played by scripted players as the page plays them (the run stops at
 * the first trial end where every objective is met): each is winnable, a good strategy with right
 * predictions earns 3 stars, wrong predictions 1, and a wrong strategy misses an objective. Each
 * level runs with its own seed (beads-task 1988, aberrant-salience 2003, excessive-checking 2000;
 * trial-level learners, dtMs 1); the sandbox plays a short span. Beads and checking play blocks of
 * 10 games or episodes and ask for 100 of each, so a right strategy ends after exactly 10 blocks
 * (never on the luck of a first block).
 */
import { describe, expect, it } from 'vitest';
import { assetsOf, loadLevelFile, expectPlayerCase, playerCaseTitle, type PlayerCase } from '../../levels/campaign/campaignPlayers';
import { runLevel } from '../../../src/levels/runLevel';

const beads = (a: number, b: number) => ({ 'circuits.beads.gainA': a, 'circuits.beads.gainB': b });
const cues = (a: number, b: number) => ({ 'circuits.cues.chanceFiringA': a, 'circuits.cues.chanceFiringB': b });
const TYPICAL_A = { 'circuits.checks.gainA': 1, 'circuits.checks.successUpdateA': 0.6 };
const checksB = (gain: number, update: number) => ({ ...TYPICAL_A, 'circuits.checks.gainB': gain, 'circuits.checks.successUpdateB': update });

const cases: Record<string, PlayerCase[]> = {
  'beads-task': [
    { name: 'sets gain 1 for A and 3 for B and predicts more wrong answers', strategy: { settings: beads(1, 3), answers: { mistakes: 0 } }, stars: 3, used: 10 },
    { name: 'sets the same gains but predicts fewer wrong answers', strategy: { settings: beads(1, 3), answers: { mistakes: 1 } }, stars: 1, used: 10 },
    { name: 'sets gain 1.25 for A and 2.75 for B (the edges that still work)', strategy: { settings: beads(1.25, 2.75), answers: { mistakes: 0 } }, stars: 3 },
    { name: 'leaves both learners at gain 2', strategy: { answers: { mistakes: 0 } }, stars: 0 },
    { name: 'raises only B to gain 3 (A still decides after 2 beads in most games)', strategy: { settings: { 'circuits.beads.gainB': 3 }, answers: { mistakes: 0 } }, stars: 0 },
    { name: 'swaps them (A at gain 3, B at gain 1)', strategy: { settings: beads(3, 1), answers: { mistakes: 0 } }, stars: 0 },
  ],
  'aberrant-salience': [
    { name: 'gives A no chance bursts and B bursts on half the trials, and predicts the light is still learned', strategy: { settings: cues(0, 0.5), answers: { lightStill: 0 } }, stars: 3, used: 3 },
    { name: 'sets the same but predicts the tone stays at 0', strategy: { settings: cues(0, 0.5), answers: { lightStill: 2 } }, stars: 1, used: 3 },
    { name: 'gives B bursts on 6 trials in 10', strategy: { settings: cues(0, 0.6), answers: { lightStill: 0 } }, stars: 3 },
    { name: 'leaves both at 2 bursts in 10', strategy: { answers: { lightStill: 0 } }, stars: 0 },
    { name: 'switches the bursts off for both (the tone never seems to matter)', strategy: { settings: cues(0, 0), answers: { lightStill: 0 } }, stars: 0 },
    { name: 'gives both learners bursts on half the trials', strategy: { settings: cues(0.5, 0.5), answers: { lightStill: 0 } }, stars: 0 },
  ],
  'excessive-checking': [
    { name: 'makes A typical and B large (3) and barely calmed (0.1), and predicts both changes are needed', strategy: { settings: checksB(3, 0.1), answers: { bothNeeded: 0 } }, stars: 3, used: 10 },
    { name: 'sets the same but predicts a larger response alone does it', strategy: { settings: checksB(3, 0.1), answers: { bothNeeded: 1 } }, stars: 1, used: 10 },
    { name: 'makes B size 4 and calming 0.2', strategy: { settings: checksB(4, 0.2), answers: { bothNeeded: 0 } }, stars: 3 },
    { name: 'only makes B\'s response large (size 4, calming left at 0.4)', strategy: { settings: { ...TYPICAL_A, 'circuits.checks.gainB': 4 }, answers: { bothNeeded: 0 } }, stars: 0 },
    { name: 'only weakens B\'s calming (size 1, calming 0.1)', strategy: { settings: checksB(1, 0.1), answers: { bothNeeded: 0 } }, stars: 0 },
    { name: 'leaves both learners in the middle', strategy: { answers: { bothNeeded: 0 } }, stars: 0 },
  ],
};

describe('belief-learner levels are winnable and earn their stars', () => {
  for (const [id, list] of Object.entries(cases)) {
    for (const c of list) {
      it(playerCaseTitle(id, c), () => { expectPlayerCase(id, c); }, 60_000);
    }
  }
  it('error-processing-sandbox spawns and plays 2 s of free play with all three tasks', () => {
    const level = loadLevelFile('error-processing-sandbox');
    const outcome = runLevel(level, { durationMs: 2000, assets: assetsOf(level) });
    expect(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.errors)).toBe(true);
  });
});
