/**
 * SCIENCE.md §5 signatures of the eyeblink circuit (src/circuits/cerebellum), seeds 1-3, measured on
 * CS-alone probe trials (every 10th trial) from the circuit's own spikes and eyelid:
 * - CR timing tracks the ISI over {150, 250, 500, 1000} ms: the mean CR peak rises with the ISI and
 *   |peak − ISI| ≤ 0.2·ISI + 50 ms; the Purkinje simple-spike minimum falls within [ISI − 150, ISI].
 * - ISI function: an inverted U over 100-2000 ms, fastest at 250-500 ms, slower at 100 and 1000 ms, much
 *   slower at 2000 ms; ISI 0 gives < 10% CRs.
 * - Extinction: tone-alone trials bring CRs below 20% of their asymptote.
 * - Savings: reacquisition takes fewer than half the trials of the original acquisition (trials to
 *   the end of the first 10-trial window with ≥ 8 CRs, for both).
 * Integration: the engine's fixed-step scheme, dt = 1 ms (cerebellumNetworkSpec).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CEREBELLUM_PARAMS, runEyeblinkSession, trialsToCriterion, type EyeblinkSession, type EyeblinkTrial } from '../../src/circuits/cerebellum';
import { mean, meanProbePeakMs, purkinjeMinimumMs } from '../circuits/cerebellum/eyeblinkAnalysis';

const SEEDS = [1, 2, 3];
const acquisition = (isiMs: number, trials: number, seed: number): EyeblinkSession =>
  runEyeblinkSession([{ name: 'acquisition', kind: 'paired', trials, isiMs, probeEvery: 10 }], seed);

describe('CR timing tracks the ISI (200 paired trials each, seeds 1-3)', () => {
  const isis = [150, 250, 500, 1000];
  const peaks: number[] = [];
  const minima: number[] = [];
  for (const isi of isis) {
    it(`ISI ${isi} ms`, () => {
      const sessions = SEEDS.map((seed) => acquisition(isi, 200, seed));
      const peak = mean(sessions.map((s) => meanProbePeakMs(s.trials)));
      const minimum = mean(sessions.map((s) => purkinjeMinimumMs(s, 5, isi + 300)));
      console.log(`ISI ${isi}: CR peak ${peak.toFixed(0)} ms, Purkinje minimum ${minimum.toFixed(0)} ms`);
      peaks.push(peak);
      minima.push(minimum);
      expect(Math.abs(peak - isi)).toBeLessThanOrEqual(0.2 * isi + 50);
      expect(minimum).toBeGreaterThanOrEqual(isi - 150);
      expect(minimum).toBeLessThanOrEqual(isi);
    });
  }
  it('the CR peak increases monotonically with the ISI', () => {
    expect(peaks).toHaveLength(isis.length);
    for (let i = 1; i < peaks.length; i++) expect(peaks[i]).toBeGreaterThan(peaks[i - 1]);
  });
});

/**
 * The ISI function (Schneiderman & Gormezano 1964; Smith 1968): acquisition is an inverted U over the
 * tone-puff interval, fastest at 200-500 ms, slower at 100 ms (the motor path's 30 ms latency and
 * the lid's closing time leave little of the 100 ms for the closure to pass the criterion before the
 * puff: only a pause from the tone's very onset makes a CR) and at ≥ 1000 ms (a blurred, fading time
 * basis). Speed: trials to the end of the first 10-trial window with ≥ 8 CRs, within 300 paired
 * trials (never: counted as 301). Seeds 1-3, the engine's fixed-step scheme at dt = 1 ms.
 */
const MAX_TRIALS = 300;
const NEVER = MAX_TRIALS + 1;
describe(`ISI function (trials to 80% CRs within ${MAX_TRIALS} paired trials, seeds 1-3)`, () => {
  const isis = [100, 250, 500, 1000, 2000];
  const speed = new Map<number, number>();
  for (const isi of isis) {
    it(`ISI ${isi} ms`, () => {
      const reached = SEEDS.map((seed) => trialsToCriterion(acquisition(isi, MAX_TRIALS, seed).trials));
      const trials = mean(reached.map((r) => (r < 0 ? NEVER : r)));
      console.log(`ISI ${isi}: trials to 80% CRs ${reached.map((r) => (r < 0 ? 'never' : r)).join(', ')} (mean ${trials.toFixed(0)})`);
      speed.set(isi, trials);
    });
  }
  it('ISI 0 gives < 10% CRs on probe trials', () => {
    const fractions = SEEDS.map((seed) => {
      const probes = acquisition(0, 200, seed).trials.filter((t) => t.probe);
      // A probe of ISI 0 has no "before the US" window: count any closure above the criterion in the tone.
      return probes.filter((t) => t.peakClosure > 0.15).length / probes.length;
    });
    console.log(`ISI 0: probe CR fraction ${fractions.map((f) => f.toFixed(2)).join(', ')}`);
    expect(mean(fractions)).toBeLessThan(0.1);
  });
  it('is an inverted U: fastest at 250-500 ms (≤ 150 trials), ≥ 1.5× slower at 100 and 1000 ms, ≥ 2× slower or absent at 2000 ms', () => {
    expect([...speed.keys()].sort((a, b) => a - b)).toEqual(isis);
    const fastest = Math.min(speed.get(250)!, speed.get(500)!);
    expect(Math.min(...speed.values())).toBe(fastest);
    expect(fastest).toBeLessThanOrEqual(150);
    expect(speed.get(100)!).toBeGreaterThanOrEqual(1.5 * fastest);
    expect(speed.get(1000)!).toBeGreaterThanOrEqual(1.5 * fastest);
    expect(speed.get(2000)!).toBeGreaterThanOrEqual(2 * fastest);
  });
});

const EXTRA = 50;
const OLIVE_CELLS = DEFAULT_CEREBELLUM_PARAMS.purkinjeCount;
/** Trial (tone) length of an ISI-250 trial in eyeblinkTimeline: 250 + 400 ms. */
const TRIAL_MS = 650;
describe('extinction and savings (ISI 250; 150 paired, 250 tone-alone, 150 paired; seeds 1-3)', () => {
  const runs = SEEDS.map((seed) => runEyeblinkSession([
    { name: 'acquisition', kind: 'paired', trials: 150, isiMs: 250, probeEvery: 10 },
    { name: 'extinction', kind: 'toneAlone', trials: 200 + EXTRA, isiMs: 250 },
    { name: 'reacquisition', kind: 'paired', trials: 150, isiMs: 250, probeEvery: 10 },
  ], seed));
  const part = (s: EyeblinkSession, from: number, to: number) => s.trials.slice(from, to);
  const crFraction = (trials: { cr: boolean }[]) => trials.filter((t) => t.cr).length / trials.length;
  it('extinction: CRs in the last 20 tone-alone trials < 20% of the acquisition asymptote', () => {
    const asymptote = mean(runs.map((s) => crFraction(part(s, 120, 150))));
    const extinguished = mean(runs.map((s) => crFraction(part(s, 330 + EXTRA, 350 + EXTRA))));
    console.log(`asymptote ${asymptote.toFixed(2)}, end of extinction ${extinguished.toFixed(2)}`);
    expect(extinguished).toBeLessThan(0.2 * asymptote);
  });
  it('extinction is driven by the olive falling below its spontaneous rate while the CR lasts', () => {
    // Complex spikes per olive cell per second of tone-alone trial: while the nucleus still fires
    // (first 10 extinction trials, CRs present) it holds the olive below its spontaneous ~1 Hz, so
    // uncorrelated PF LTP wins; once the CR is gone (last 20) the olive is back near its baseline.
    const rateHz = (trials: EyeblinkTrial[]) => mean(trials.map((t) => t.complexSpikes)) / (OLIVE_CELLS * TRIAL_MS / 1000);
    const early = mean(runs.map((s) => rateHz(part(s, 150, 160))));
    const late = mean(runs.map((s) => rateHz(part(s, 330 + EXTRA, 350 + EXTRA))));
    console.log(`CF rate in the tone: first 10 extinction trials ${early.toFixed(2)} Hz, last 20 ${late.toFixed(2)} Hz`);
    expect(early).toBeLessThan(0.6);
    expect(late).toBeGreaterThan(early);
  });
  it('savings: reacquisition reaches the criterion in fewer than half the trials of acquisition', () => {
    // Trials to criterion: up to the end of the first 10-trial window with ≥ 8 CRs, the same count
    // for both phases, same seeds.
    const first = runs.map((s) => trialsToCriterion(part(s, 0, 150)));
    const again = runs.map((s) => trialsToCriterion(part(s, 350 + EXTRA, 500 + EXTRA)));
    console.log(`trials to criterion: acquisition ${first.join(', ')}, reacquisition ${again.join(', ')}; ` +
      `ratio of means ${(mean(again) / mean(first)).toFixed(2)}`);
    for (const n of [...first, ...again]) expect(n).toBeGreaterThan(0);
    expect(mean(again)).toBeLessThan(mean(first) / 2);
  });
});
