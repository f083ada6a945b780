/**
 * The belief learners' kernels against answers worked by hand: the beads observer at gain 1 is
 * exact Bayes; Rescorla-Wagner steps; a checking episode's error responses.
 */
import { describe, expect, it } from 'vitest';
import { playBeadsGame } from '../../../src/circuits/beliefLearner/beadsTask';
import { learnSalienceTrial } from '../../../src/circuits/beliefLearner/salienceTask';
import { playCheckingEpisode } from '../../../src/circuits/beliefLearner/checkingTask';

const beads = { majorityShare: 0.85, decisionThreshold: 0.99, maxBeads: 20 };

describe('beads observer', () => {
  it('at gain 1 its belief is Bayes\' posterior, and it decides at the first bead that passes 99 %', () => {
    const seq = new Float64Array([1, -1, 1, 1, 1, 1, ...new Array<number>(14).fill(1)]);
    const belief = new Float64Array(20);
    const out = playBeadsGame(beads, 1, seq, belief, { beadsDrawn: 0, choice: 0 });
    const posterior = (net: number) => 0.85 ** net / (0.85 ** net + 0.15 ** net);
    expect(belief[0]).toBeCloseTo(0.85, 12);
    expect(belief[1]).toBeCloseTo(0.5, 12);
    expect(belief[3]).toBeCloseTo(posterior(2), 12);
    // Net 3 blue beads (posterior 0.9949) first comes at bead 5.
    expect(out).toEqual({ beadsDrawn: 5, choice: 1 });
  });
  it('at gain 3 one bead is enough, whichever colour it is', () => {
    const seq = new Float64Array(20).fill(1);
    seq[0] = -1;
    const out = playBeadsGame(beads, 3, seq, new Float64Array(20), { beadsDrawn: 0, choice: 0 });
    expect(out).toEqual({ beadsDrawn: 1, choice: -1 });
  });
});

describe('Rescorla-Wagner with a gain and chance bursts', () => {
  it('moves only the cues present, by α·(gain·(r − V) + burst)', () => {
    const w = new Float64Array([0.5, 0.2]);
    learnSalienceTrial({ learningRate: 0.1, rewardProbability: 0.8 }, 2, true, new Float64Array([0, 1, 0]), w, 0);
    expect(w[0]).toBe(0.5);
    expect(w[1]).toBeCloseTo(0.2 + 0.1 * (2 * (0 - 0.2) + 1), 12);
  });
});

describe('checking episode', () => {
  const settings = { stopThreshold: 0.5, maxChecks: 20, failureProbability: 0.05, unclearProbability: 0.2 };
  it('a clear success shrinks the response by the update; it stops once at or below the threshold', () => {
    const responses = new Float64Array(20);
    const clear = new Float64Array(21).fill(0.9);
    expect(playCheckingEpisode(settings, 2, 0.5, clear, responses, 0)).toBe(2);
    expect([...responses.slice(0, 2)]).toEqual([1, 0.5]);
  });
  it('an unclear check leaves the response; a failed action found at the first check resets the doubt to 1', () => {
    const responses = new Float64Array(20);
    const draws = new Float64Array(21).fill(0.9);
    draws[0] = 0; // the action failed
    draws[2] = 0; // the second check is unclear
    expect(playCheckingEpisode(settings, 1, 0.6, draws, responses, 0)).toBe(3);
    expect(responses[0]).toBe(1);
    expect(responses[1]).toBe(1);
    expect(responses[2]).toBeCloseTo(0.4, 12);
  });
});
