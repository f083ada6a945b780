/**
 * Eyeblink acquisition at ISI 250 ms (SCIENCE.md §5; pace target of issue 3), seeds 1-3:
 * ≥ 80% CRs within 150 paired trials, the CR peak on probe trials near the ISI, the Purkinje
 * simple-spike minimum before the US, and fewer complex spikes once the CR is learnt (the nucleus
 * inhibits the olive). The full ISI sweep, ISI function, extinction and savings run in
 * test/science-long/cerebellumEyeblink.long.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { hashWorldState } from '../../../src/sim';
import { runEyeblinkSession, trialsToCriterion, type EyeblinkSession } from '../../../src/circuits/cerebellum';
import { mean, meanProbePeakMs, purkinjeMinimumMs } from './eyeblinkAnalysis';

const ISI = 250;
const sessions: EyeblinkSession[] = [1, 2, 3].map((seed) =>
  runEyeblinkSession([{ name: 'acquisition', kind: 'paired', trials: 150, isiMs: ISI, probeEvery: 10 }], seed));

describe(`eyeblink acquisition, ISI ${ISI} ms, seeds 1-3`, () => {
  it('reaches ≥ 80% CRs within 150 paired trials in every seed', () => {
    const reached = sessions.map((s) => trialsToCriterion(s.trials));
    console.log(`trials to 80% CRs (10-trial window): ${reached.join(', ')}`);
    for (const r of reached) { expect(r).toBeGreaterThan(0); expect(r).toBeLessThanOrEqual(150); }
  });
  it('starts without CRs (no CR in the first 10 trials of any seed beyond 2)', () => {
    for (const s of sessions) expect(s.trials.slice(0, 10).filter((t) => t.cr).length).toBeLessThanOrEqual(2);
  });
  it('CR peak on late probe trials within 0.2·ISI + 50 ms of the ISI (mean of seeds)', () => {
    const peak = mean(sessions.map((s) => meanProbePeakMs(s.trials)));
    console.log(`CR peak ${peak.toFixed(0)} ms (ISI ${ISI})`);
    expect(Math.abs(peak - ISI)).toBeLessThanOrEqual(0.2 * ISI + 50);
  });
  it('Purkinje simple-spike minimum within [ISI − 150, ISI] (mean of seeds)', () => {
    const minimum = mean(sessions.map((s) => purkinjeMinimumMs(s, 5, ISI + 300)));
    console.log(`Purkinje minimum ${minimum.toFixed(0)} ms`);
    expect(minimum).toBeGreaterThanOrEqual(ISI - 150);
    expect(minimum).toBeLessThanOrEqual(ISI);
  });
  it('complex spikes per paired trial fall as the CR is learnt', () => {
    for (const s of sessions) {
      const paired = s.trials.filter((t) => !t.probe);
      expect(mean(paired.slice(-20).map((t) => t.complexSpikes))).toBeLessThan(mean(paired.slice(0, 10).map((t) => t.complexSpikes)));
    }
  });
  it('is deterministic: the same seed gives the same state hash', () => {
    const again = runEyeblinkSession([{ name: 'acquisition', kind: 'paired', trials: 20, isiMs: ISI, probeEvery: 10 }], 1);
    const once = runEyeblinkSession([{ name: 'acquisition', kind: 'paired', trials: 20, isiMs: ISI, probeEvery: 10 }], 1);
    expect(hashWorldState(again.world)).toBe(hashWorldState(once.world));
  });
});
