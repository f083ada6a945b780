/**
 * The campaign's sketch predictions tell the truth: each level runs as the page runs it, until its
 * goal is met (stopWhenGoalMet; its own dtMs, integration scheme and seed, as in its file; no player
 * commands), and the shape its reveal text describes scores as right, while the shape of the
 * misconception the question targets does not. Curves measured this way (level seeds):
 * dopamine-acquisition cue burst ~5 Hz for 10 trials, rising to ~25 Hz when the goal is met at trial 24; songbird-tutor similarity 13 → 57 by rendition
 * 225 → 80 when the goal is met at 801; eyeblink savings 0-20% CRs on trials 321-357, then 30% → 70% over
 * trials 360-366, where the goal is met. About 50 s in all (songbird-tutor is most of it).
 */
import { describe, expect, it } from 'vitest';
import { runLevel } from '../../src/levels/runLevel';
import { checkSketchPrediction } from '../../src/levels/campaign/sketch';
import { assetsOf, loadLevelFile } from '../levels/campaign/campaignPlayers';

const cases: Record<string, { id: string; right: number[]; wrong: Record<string, number[]>; timeoutMs: number }> = {
  'dopamine-acquisition': {
    id: 'cueCurve',
    // The reveal's shape: ~5 Hz, then from trial ~10 a rise to 25 Hz or more by trial 25, then a plateau.
    right: [0.12, 0.2, 0.65, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75],
    // "Dopamine is pleasure": nothing at the tone, ever; or a burst at the tone from the start; or a
    // middling response that never changes.
    wrong: { 'never at the tone': Array<number>(10).fill(0.12), 'at the tone from the start': Array<number>(10).fill(0.75), 'flat at 20 Hz': Array<number>(10).fill(0.5) },
    timeoutMs: 60_000,
  },
  'songbird-tutor': {
    id: 'similarityCurve',
    right: [0.2, 0.45, 0.6, 0.68, 0.73, 0.76, 0.78, 0.79, 0.8, 0.81],
    wrong: { 'copies at once': Array<number>(10).fill(0.95), 'quickly perfect': [0.2, 0.9, 1, 1, 1, 1, 1, 1, 1, 1], 'never improves': Array<number>(10).fill(0.2) },
    timeoutMs: 120_000,
  },
  'eyeblink-extinction-savings': {
    id: 'relearnCurve',
    right: [0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.45, 0.8],
    // "Extinction erased it": relearning as slow as the first time (no blinks in 20 trials).
    wrong: { 'memory gone': [0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.07, 0.1], 'never faded': Array<number>(8).fill(0.9) },
    timeoutMs: 60_000,
  },
};

describe('sketch predictions: the expected curve is what the level does', () => {
  for (const [levelId, c] of Object.entries(cases)) {
    it(`${levelId}: the revealed shape is right, the misconceptions are not`, () => {
      const level = loadLevelFile(levelId);
      const outcome = runLevel(level, { assets: assetsOf(level), stopWhenGoalMet: true });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      const right = checkSketchPrediction(level, c.id, c.right, outcome.result.trials);
      if (!right.ok) throw new Error(right.error);
      expect(right.result.correct, `score ${right.result.score}`).toBe(true);
      for (const [name, sketch] of Object.entries(c.wrong)) {
        const wrong = checkSketchPrediction(level, c.id, sketch, outcome.result.trials);
        if (!wrong.ok) throw new Error(wrong.error);
        expect(wrong.result.correct, `${name}: score ${wrong.result.score}`).toBe(false);
      }
    }, c.timeoutMs);
  }
});
