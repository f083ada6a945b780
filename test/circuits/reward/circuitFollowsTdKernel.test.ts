/**
 * The spiking reward circuit against the TD kernel it claims to follow (src/circuits/reward/tdKernel.ts),
 * trial by trial. Protocol (sequential, 3 s trials, tone at 1000 ms): 60 tone → juice trials (juice
 * 1000 ms after the tone), 1 trial with the juice omitted, 20 tone-alone trials. The circuit is the
 * dopamine-acquisition level's (harness: 8 taps of 200 ms, γ = 1; network scheme, exact LIF step,
 * dt 1 ms), seeds 3, 7 and 11.
 *
 * The kernel runs the same protocol on the same state representation: one TD step per tap (200 ms),
 * a complete serial compound of 8 taps started by the tone, γ from the level, the juice at tap 5.
 * The circuit has no α of its own (its η, dopamine-neuron gain, pool and striatal rate curve set it),
 * and pauses teach less than bursts: the kernel uses the step sizes α+ = 0.30 (δ > 0) and α− = 0.25
 * (δ < 0) stated in docs/model.md; the test also fits them to each run and checks the fit lands there.
 *
 * From the circuit, per TD step s of each trial: V̄ and δ̄, its value readout and TD error averaged
 * over [s·Δ + L, (s+1)·Δ + L) from trial start, L = 40 ms the readout's latency (synapse, striatal
 * membrane, the 30 ms value filter; r is delayed by rewardDelayMs to match it). They are compared
 * with the kernel's w (V at each tap before the trial) and δ at the cue step and the juice step.
 * Negative controls: the same criteria fail for a kernel with half or twice the step sizes, for the
 * juice one tap early (a wrong state representation), and for the circuit's trials shuffled.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTdWeights, runTdTrial, type TdParams, type TdTrial } from '../../../src/circuits/reward/tdKernel';
import { cue, phase, reward, runConditioning, trialType, type DopamineTrial } from './rewardHarness';

const LEVEL = JSON.parse(readFileSync(new URL('../../../levels/dopamine-acquisition.json', import.meta.url), 'utf8')) as { circuits: Array<{ tapMs: number; gamma?: number }> };
const TAP_MS = LEVEL.circuits[0].tapMs;
const GAMMA = LEVEL.circuits[0].gamma ?? 1;
const TAPS = 8; // the harness's delay line
const TRIAL_MS = 3000;
const CUE_MS = 1000;
const JUICE_AFTER_CUE_MS = 1000;
const LAG_MS = 40;
const ACQUISITION = 60;
const EXTINCTION = 20;
/** The circuit's TD step sizes (docs/model.md, reward circuit). */
const ALPHA = { positive: 0.3, negative: 0.25 };

const STEPS = TRIAL_MS / TAP_MS;
const CUE_STEP = CUE_MS / TAP_MS;
const JUICE_STEP = CUE_STEP + JUICE_AFTER_CUE_MS / TAP_MS;

/** Per trial: V at each tap (taps 0..7) and δ at the cue step and the juice (or due-juice) step. */
interface Series { value: number[][]; deltaCue: number[]; deltaJuice: number[]; delta: number[][] }

function runCircuit(seed: number): { trials: DopamineTrial[]; series: Series } {
  const trials = runConditioning(['tone'], [
    phase('acquisition', ACQUISITION, [trialType('paired', [cue('tone', CUE_MS), reward(1, JUICE_AFTER_CUE_MS, 'tone')])], 'sequential'),
    phase('omission', 1, [trialType('omitted', [cue('tone', CUE_MS)])], 'sequential'),
    phase('extinction', EXTINCTION, [trialType('toneAlone', [cue('tone', CUE_MS)])], 'sequential'),
  ], seed);
  const stepMean = (signal: Float32Array, step: number) => {
    const from = Math.round((step * TAP_MS + LAG_MS) / trials[0].dtMs);
    const to = Math.min(signal.length, Math.round(((step + 1) * TAP_MS + LAG_MS) / trials[0].dtMs));
    let sum = 0;
    for (let i = from; i < to; i++) sum += signal[i];
    return sum / (to - from);
  };
  const series: Series = { value: [], deltaCue: [], deltaJuice: [], delta: [] };
  for (const t of trials) {
    if (t.cueOnsetMs.tone !== CUE_MS) throw new Error(`tone at ${t.cueOnsetMs.tone} ms, expected ${CUE_MS}`);
    series.value.push(Array.from({ length: TAPS }, (_, k) => stepMean(t.value, CUE_STEP + k)));
    series.delta.push(Array.from({ length: STEPS - 1 }, (_, s) => stepMean(t.delta, s)));
    series.deltaCue.push(stepMean(t.delta, CUE_STEP));
    series.deltaJuice.push(stepMean(t.delta, JUICE_STEP));
  }
  return { trials, series };
}

/** The kernel on the same protocol: juice at `juiceStep` on the acquisition trials. */
function runKernel(alpha: { positive: number; negative: number }, juiceStep = JUICE_STEP): Series {
  const params: TdParams = { alpha: alpha.positive, alphaNegative: alpha.negative, gamma: GAMMA, taps: TAPS };
  const paired: TdTrial = { steps: STEPS, cueSteps: [CUE_STEP], rewards: [{ step: juiceStep, amount: 1 }] };
  const toneAlone: TdTrial = { steps: STEPS, cueSteps: [CUE_STEP], rewards: [] };
  const protocol = [...Array<TdTrial>(ACQUISITION).fill(paired), ...Array<TdTrial>(1 + EXTINCTION).fill(toneAlone)];
  const w = createTdWeights(1, TAPS);
  const series: Series = { value: [], deltaCue: [], deltaJuice: [], delta: [] };
  for (const trial of protocol) {
    series.value.push(Array.from(w));
    const delta = runTdTrial(w, trial, params);
    series.delta.push(Array.from(delta.subarray(0, STEPS - 1)));
    series.deltaCue.push(delta[CUE_STEP]);
    series.deltaJuice.push(delta[JUICE_STEP]);
  }
  return series;
}

const rms = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, x, i) => s + (x - b[i]) ** 2, 0) / a.length);
function correlation(a: number[], b: number[]): number {
  const ma = a.reduce((s, x) => s + x, 0) / a.length;
  const mb = b.reduce((s, x) => s + x, 0) / b.length;
  let ab = 0, aa = 0, bb = 0;
  for (let i = 0; i < a.length; i++) { ab += (a[i] - ma) * (b[i] - mb); aa += (a[i] - ma) ** 2; bb += (b[i] - mb) ** 2; }
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}

interface Agreement { valueRms: number; cueR: number; cueRms: number; juiceR: number; juiceRms: number }

function agreement(circuit: Series, kernel: Series): Agreement {
  return {
    valueRms: rms(circuit.value.flat(), kernel.value.flat()),
    cueR: correlation(circuit.deltaCue, kernel.deltaCue),
    cueRms: rms(circuit.deltaCue, kernel.deltaCue),
    juiceR: correlation(circuit.deltaJuice, kernel.deltaJuice),
    juiceRms: rms(circuit.deltaJuice, kernel.deltaJuice),
  };
}

/**
 * The tolerance: V within 0.08 RMS over every tap of every trial (V runs 0-1), δ at the cue and at
 * the juice correlated ≥ 0.95 / ≥ 0.9 across trials and within 0.1 RMS. Measured on seeds 3, 7, 11:
 * V 0.05-0.06, δ 0.06-0.08 RMS, r 0.99 / 0.96; step sizes 25 % off already give V 0.09-0.10.
 */
const follows = (a: Agreement) => a.valueRms <= 0.08 && a.cueR >= 0.95 && a.cueRms <= 0.1 && a.juiceR >= 0.9 && a.juiceRms <= 0.1;

/** Least-squares step sizes on V: a 0.05 grid over 0.05-0.6, then a 0.01 grid around its best. */
function fitAlpha(circuit: Series): { positive: number; negative: number } {
  const observed = circuit.value.flat();
  const search = (centre: { positive: number; negative: number }, step: number, half: number) => {
    let best = { ...centre, error: Infinity };
    for (let i = -half; i <= half; i++) {
      for (let j = -half; j <= half; j++) {
        const alpha = { positive: centre.positive + i * step, negative: centre.negative + j * step };
        if (alpha.positive <= 0 || alpha.negative <= 0) continue;
        const error = rms(observed, runKernel(alpha).value.flat());
        if (error < best.error) best = { ...alpha, error };
      }
    }
    return best;
  };
  return search(search({ positive: 0.3, negative: 0.3 }, 0.05, 5), 0.01, 5);
}

/** A seeded shuffle of the trials (xorshift32), to break the trial-by-trial pairing. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const round = (a: Agreement) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Number(v.toFixed(3))]));

describe('the spiking reward circuit follows the TD kernel, trial by trial', () => {
  const kernel = runKernel(ALPHA);
  for (const seed of [3, 7, 11]) {
    describe(`seed ${seed}`, () => {
      const { series } = runCircuit(seed);
      const fit = agreement(series, kernel);

      it('V at every tap and δ at the cue and at the juice match the kernel with α+ 0.30, α− 0.25', () => {
        console.log(`TD kernel vs circuit, seed ${seed}: ${JSON.stringify(round(fit))}`);
        expect(follows(fit), JSON.stringify(round(fit))).toBe(true);
      });

      it('the step sizes that fit the circuit best are the stated ones (±0.06)', () => {
        const best = fitAlpha(series);
        console.log(`best-fitting step sizes, seed ${seed}: α+ ${best.positive.toFixed(2)}, α− ${best.negative.toFixed(2)}`);
        expect(Math.abs(best.positive - ALPHA.positive)).toBeLessThanOrEqual(0.06);
        expect(Math.abs(best.negative - ALPHA.negative)).toBeLessThanOrEqual(0.06);
      });

      it('the signatures: δ at the juice falls as δ at the cue rises; the omitted juice dips at its due time only', () => {
        const acquisition = { cue: series.deltaCue.slice(0, ACQUISITION), juice: series.deltaJuice.slice(0, ACQUISITION) };
        // The juice's error is gone (~10 trials) before the cue's is complete (~30): not a straight
        // line, so the anticorrelation is compared with the kernel's own.
        const trading = correlation(acquisition.cue, acquisition.juice);
        const kernelTrading = correlation(kernel.deltaCue.slice(0, ACQUISITION), kernel.deltaJuice.slice(0, ACQUISITION));
        console.log(`δ cue vs δ juice over acquisition, seed ${seed}: r = ${trading.toFixed(2)} (kernel ${kernelTrading.toFixed(2)})`);
        expect(trading).toBeLessThan(-0.5);
        expect(Math.abs(trading - kernelTrading)).toBeLessThan(0.15);
        expect(acquisition.juice[0]).toBeGreaterThan(0.8);
        expect(Math.abs(acquisition.cue[0])).toBeLessThan(0.1);
        const last10 = (xs: number[]) => xs.slice(ACQUISITION - 10, ACQUISITION).reduce((s, x) => s + x, 0) / 10;
        expect(last10(acquisition.cue)).toBeGreaterThan(0.85);
        expect(Math.abs(last10(acquisition.juice))).toBeLessThan(0.1);
        // Omission: the kernel's δ is −1 at the due step and 0 elsewhere after the cue.
        const omitted = series.delta[ACQUISITION];
        expect(Math.abs(omitted[JUICE_STEP] - kernel.delta[ACQUISITION][JUICE_STEP])).toBeLessThan(0.2);
        for (let s = CUE_STEP + 1; s < STEPS - 1; s++) if (s !== JUICE_STEP) expect(Math.abs(omitted[s]), `step ${s}`).toBeLessThan(0.15);
      });

      it('negative controls fail the same test: half or twice the step sizes, the juice one tap early, the trials shuffled', () => {
        const controls = {
          halfAlpha: agreement(series, runKernel({ positive: ALPHA.positive / 2, negative: ALPHA.negative / 2 })),
          doubleAlpha: agreement(series, runKernel({ positive: ALPHA.positive * 2, negative: ALPHA.negative * 2 })),
          juiceOneTapEarly: agreement(series, runKernel(ALPHA, JUICE_STEP - 1)),
          shuffledTrials: agreement({
            value: shuffled(series.value, seed), delta: shuffled(series.delta, seed),
            deltaCue: shuffled(series.deltaCue, seed), deltaJuice: shuffled(series.deltaJuice, seed),
          }, kernel),
        };
        for (const [name, control] of Object.entries(controls)) expect(follows(control), `${name}: ${JSON.stringify(round(control))}`).toBe(false);
      });
    });
  }
});
