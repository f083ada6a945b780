/**
 * Consolidation: early and late LTP, tagging and capture (Frey & Morris 1997; the tag, trigger and
 * consolidation model of Clopath et al. 2008), on levels/consolidation-sandbox.json: two pathways of
 * 20 Poisson fibres (100 Hz during a train) onto one LIF CA1 cell, exact exponential step, dtMs 1,
 * seeds 1, 2, 3 (each claim holds for every seed and for their mean). One trial = 10 model minutes.
 * - A weak tetanus (one 200 ms train) gives early LTP (≥ ×1.15 right after) that fades within a few
 *   model hours (≤ ×1.05 three hours later, ≤ ×1.02 at the end, 6.7 hours after).
 * - A strong tetanus (three 1000 ms trains) gives late LTP that lasts (≥ ×1.4 at the end, within 3 %
 *   of its value three hours after the tetanus).
 * - A weak tetanus on pathway 2 30 model minutes after a strong one on pathway 1 is captured and lasts
 *   (≥ ×1.3 at the end); 4 model hours after, it is not (≤ ×1.05), and before its own tetanus pathway 2
 *   stays at ×1 (input specificity).
 * - Anisomycin (protein synthesis 0) from the start spares early LTP (the same ratio at the end of the
 *   first train, to 2 %, before any protein could be captured; ≥ ×1.3 at the end of the tetanus) and
 *   blocks late LTP (≤ ×1.03 at the end); switched on 2 model hours after the tetanus it no longer
 *   does (≥ ×1.4).
 */
import { describe, expect, it } from 'vitest';
import { runProtocol, STRONG_MS, TRIALS_PER_MODEL_HOUR, WEAK_MS, type Protocol, type ProtocolRun } from '../levels/consolidation/consolidationRuns';

const SEEDS = [1, 2, 3];
const NONE = 0;
const WEAK: Protocol = { trains1: 1, trainMs1: WEAK_MS, waitTrials: 1, trains2: 1, trainMs2: NONE };
const STRONG: Protocol = { trains1: 3, trainMs1: STRONG_MS, waitTrials: 1, trains2: 1, trainMs2: NONE };
const captureAfter = (waitTrials: number): Protocol => ({ trains1: 3, trainMs1: STRONG_MS, waitTrials, trains2: 1, trainMs2: WEAK_MS });
const last = (xs: number[]) => xs[xs.length - 1];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const H3 = 3 * TRIALS_PER_MODEL_HOUR;

describe('consolidation: early and late LTP, tagging and capture (seeds 1, 2, 3)', () => {
  const runs = SEEDS.map((seed) => ({
    seed,
    weak: runProtocol(WEAK, seed),
    strong: runProtocol(STRONG, seed),
    capture30: runProtocol(captureAfter(3), seed),
    capture4h: runProtocol(captureAfter(4 * TRIALS_PER_MODEL_HOUR), seed),
    blocked: runProtocol({ ...STRONG, anisomycinAtTrial: 0 }, seed),
    blockedLate: runProtocol({ ...STRONG, anisomycinAtTrial: STRONG.trains1 + 3 + 2 * TRIALS_PER_MODEL_HOUR }, seed),
  }));
  const at = (run: ProtocolRun, pathway: 'pathway1' | 'pathway2', trial: number) => run[pathway][trial];
  for (const r of runs) {
    console.log(`seed ${r.seed}: weak ×${at(r.weak, 'pathway1', r.weak.tetanus1End).toFixed(3)} → 3 h ×${at(r.weak, 'pathway1', r.weak.tetanus1End + H3).toFixed(3)} → end ×${last(r.weak.pathway1).toFixed(3)}; `
      + `strong ×${at(r.strong, 'pathway1', r.strong.tetanus1End).toFixed(3)} → 3 h ×${at(r.strong, 'pathway1', r.strong.tetanus1End + H3).toFixed(3)} → end ×${last(r.strong.pathway1).toFixed(3)}; `
      + `capture 30 min: pathway 2 end ×${last(r.capture30.pathway2).toFixed(3)}, 4 h: ×${last(r.capture4h.pathway2).toFixed(3)}; `
      + `anisomycin from the start: first train ×${at(r.blocked, 'pathway1', r.blocked.tetanus1End - 2).toFixed(3)} (without ×${at(r.strong, 'pathway1', r.strong.tetanus1End - 2).toFixed(3)}), tetanus ×${at(r.blocked, 'pathway1', r.blocked.tetanus1End).toFixed(3)} → end ×${last(r.blocked.pathway1).toFixed(3)}, from 2 h after: end ×${last(r.blockedLate.pathway1).toFixed(3)}`);
  }

  it('a weak tetanus gives early LTP that fades within a few model hours', () => {
    for (const r of runs) {
      expect(at(r.weak, 'pathway1', r.weak.tetanus1End)).toBeGreaterThanOrEqual(1.15);
      expect(at(r.weak, 'pathway1', r.weak.tetanus1End + H3)).toBeLessThanOrEqual(1.05);
      expect(last(r.weak.pathway1)).toBeLessThanOrEqual(1.02);
    }
    expect(mean(runs.map((r) => last(r.weak.pathway1)))).toBeLessThanOrEqual(1.02);
  });

  it('a strong tetanus gives late LTP that lasts', () => {
    for (const r of runs) {
      const end = last(r.strong.pathway1);
      expect(end).toBeGreaterThanOrEqual(1.4);
      expect(Math.abs(end - at(r.strong, 'pathway1', r.strong.tetanus1End + H3))).toBeLessThanOrEqual(0.03 * end);
    }
  });

  it('a weak tetanus 30 model minutes after a strong one on another pathway is captured; 4 hours after, it is not', () => {
    for (const r of runs) {
      expect(last(r.capture30.pathway2)).toBeGreaterThanOrEqual(1.3);
      expect(last(r.capture4h.pathway2)).toBeLessThanOrEqual(1.05);
      // Input specificity: pathway 2 is untouched until its own tetanus, whatever pathway 1's proteins.
      expect(at(r.capture4h, 'pathway2', r.capture4h.tetanus2End - 1)).toBeCloseTo(1, 12);
    }
    expect(mean(runs.map((r) => last(r.capture30.pathway2)))).toBeGreaterThan(mean(runs.map((r) => last(r.capture4h.pathway2))) + 0.25);
  });

  it('blocking protein synthesis blocks late LTP but not early LTP, and only while proteins are being made', () => {
    for (const r of runs) {
      const firstTrain = r.strong.tetanus1End - STRONG.trains1 + 1;
      const early = at(r.strong, 'pathway1', firstTrain);
      expect(Math.abs(at(r.blocked, 'pathway1', firstTrain) - early)).toBeLessThanOrEqual(0.02 * early);
      expect(at(r.blocked, 'pathway1', r.blocked.tetanus1End)).toBeGreaterThanOrEqual(1.3);
      expect(last(r.blocked.pathway1)).toBeLessThanOrEqual(1.03);
      expect(last(r.blockedLate.pathway1)).toBeGreaterThanOrEqual(1.4);
    }
  });
});
