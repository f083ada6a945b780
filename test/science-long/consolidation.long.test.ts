/**
 * Consolidation: early and late LTP, tagging and capture (Frey & Morris 1997; the tag, trigger and
 * consolidation model of Clopath et al. 2008), on levels/consolidation-sandbox.json played with its
 * buttons: two pathways of 20 fibres (100 Hz Poisson pulses during a train) onto one LIF CA1 cell,
 * exact exponential step, dtMs 1, seeds 1, 2, 3 (each claim holds for every seed). One trial = 10
 * model minutes; a weak tetanus is one 200 ms train, a strong one three 1000 ms trains in trials 3-5.
 * - A weak tetanus gives early LTP (≥ ×1.15 right after) that fades within a few model hours
 *   (≤ ×1.05 three hours later, ≤ ×1.02 at the end of the 12-hour run).
 * - A strong tetanus gives late LTP that lasts (≥ ×1.4 at the end, within 3 % of its value three
 *   hours after the tetanus).
 * - A weak tetanus on pathway 2 30 model minutes after the strong one on pathway 1 is captured and
 *   lasts (≥ ×1.3 at the end); 4 model hours after, it is not (≤ ×1.05); before its own tetanus,
 *   pathway 2 stays at ×1 (input specificity).
 * - Anisomycin from the start spares early LTP (the same ratio after the first train, to 2 %, before
 *   any protein could be captured; ≥ ×1.3) and blocks late LTP (≤ ×1.03 at the end); switched on 2
 *   model hours after the tetanus it no longer does (≥ ×1.4).
 */
import { describe, expect, it } from 'vitest';
import { runProtocol, TRIALS_PER_MODEL_HOUR, type Protocol } from '../levels/consolidation/consolidationRuns';

const SEEDS = [1, 2, 3];
const FIRST = 3;
const LAST_STRONG = FIRST + 2;
const H3 = 3 * TRIALS_PER_MODEL_HOUR;
const STRONG: Protocol = { trains: [FIRST, FIRST + 1, LAST_STRONG].map((trial) => ({ trial, train: 'strongTrain1' as const })) };
const WEAK: Protocol = { trains: [{ trial: FIRST, train: 'weakTrain1' }] };
const weakOnTwoAfter = (trials: number): Protocol => ({ trains: [...STRONG.trains, { trial: LAST_STRONG + trials, train: 'weakTrain2' }] });
const last = (xs: number[]) => xs[xs.length - 1];
const f = (x: number) => x.toFixed(3);

describe('consolidation: early and late LTP, tagging and capture (seeds 1, 2, 3)', () => {
  const runs = SEEDS.map((seed) => ({
    seed,
    weak: runProtocol(WEAK, seed),
    strong: runProtocol(STRONG, seed),
    capture30: runProtocol(weakOnTwoAfter(3), seed),
    capture4h: runProtocol(weakOnTwoAfter(4 * TRIALS_PER_MODEL_HOUR), seed),
    blocked: runProtocol({ ...STRONG, anisomycinAtTrial: 0 }, seed),
    blockedLate: runProtocol({ ...STRONG, anisomycinAtTrial: LAST_STRONG + 2 * TRIALS_PER_MODEL_HOUR }, seed),
  }));
  for (const r of runs) {
    console.log(`seed ${r.seed}: weak ×${f(r.weak.pathway1[FIRST])} → 3 h ×${f(r.weak.pathway1[FIRST + H3])} → end ×${f(last(r.weak.pathway1))}; `
      + `strong ×${f(r.strong.pathway1[LAST_STRONG])} → 3 h ×${f(r.strong.pathway1[LAST_STRONG + H3])} → end ×${f(last(r.strong.pathway1))}; `
      + `capture 30 min: pathway 2 end ×${f(last(r.capture30.pathway2))}, 4 h: ×${f(last(r.capture4h.pathway2))}; `
      + `anisomycin from the start: first train ×${f(r.blocked.pathway1[FIRST])} (without ×${f(r.strong.pathway1[FIRST])}), tetanus ×${f(r.blocked.pathway1[LAST_STRONG])} → end ×${f(last(r.blocked.pathway1))}, from 2 h after: end ×${f(last(r.blockedLate.pathway1))}`);
  }

  it('a weak tetanus gives early LTP that fades within a few model hours', () => {
    for (const r of runs) {
      expect(r.weak.pathway1[FIRST]).toBeGreaterThanOrEqual(1.15);
      expect(r.weak.pathway1[FIRST + H3]).toBeLessThanOrEqual(1.05);
      expect(last(r.weak.pathway1)).toBeLessThanOrEqual(1.02);
    }
  });

  it('a strong tetanus gives late LTP that lasts', () => {
    for (const r of runs) {
      const end = last(r.strong.pathway1);
      expect(end).toBeGreaterThanOrEqual(1.4);
      expect(Math.abs(end - r.strong.pathway1[LAST_STRONG + H3])).toBeLessThanOrEqual(0.03 * end);
    }
  });

  it('a weak tetanus 30 model minutes after a strong one on another pathway is captured; 4 hours after, it is not', () => {
    for (const r of runs) {
      expect(last(r.capture30.pathway2)).toBeGreaterThanOrEqual(1.3);
      expect(last(r.capture4h.pathway2)).toBeLessThanOrEqual(1.05);
      // Input specificity: pathway 2 is untouched until its own tetanus, whatever pathway 1's proteins.
      expect(r.capture4h.pathway2[LAST_STRONG + 4 * TRIALS_PER_MODEL_HOUR - 1]).toBeCloseTo(1, 12);
    }
  });

  it('blocking protein synthesis blocks late LTP but not early LTP, and only while proteins are being made', () => {
    for (const r of runs) {
      const early = r.strong.pathway1[FIRST];
      expect(Math.abs(r.blocked.pathway1[FIRST] - early)).toBeLessThanOrEqual(0.02 * early);
      expect(r.blocked.pathway1[LAST_STRONG]).toBeGreaterThanOrEqual(1.3);
      expect(last(r.blocked.pathway1)).toBeLessThanOrEqual(1.03);
      expect(last(r.blockedLate.pathway1)).toBeGreaterThanOrEqual(1.4);
    }
  });
});
