/**
 * Calcium-controlled plasticity (src/sim/plasticity/applyCalcium.ts, src/sim/models/calcium.ts),
 * Shouval, Bear & Cooper 2002, SCIENCE.md §7. Protocol worlds: calciumProtocol.ts (LIF, exact
 * exponential step, dt 0.5 ms, seed 1; nothing random). Rule: τCa 50 ms, NMDA 5 / 150 ms, Mg 1 mM,
 * θd 0.35, θp 0.55, gain 0.0012, η₀ 2e-5 per ms, w0 0.5, wMax 1.
 */
import { describe, expect, it } from 'vitest';
import { calciumLearningRate, calciumOmega, dualExponentialPeak, magnesiumBlock } from '../../../src/sim/models/calcium';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import { CALCIUM_RULE, W0, frequencySpec, peakCalcium, runFrequencyProtocol } from './calciumProtocol';

describe('kernels', () => {
  it('Jahr & Stevens Mg block B(V) = 1/(1 + [Mg]/3.57·e^(−0.062V))', () => {
    expect(magnesiumBlock(0, 1)).toBeCloseTo(1 / (1 + 1 / 3.57), 12);
    expect(magnesiumBlock(-65, 1)).toBeCloseTo(1 / (1 + Math.exp(4.03) / 3.57), 12);
    expect(magnesiumBlock(-65, 0)).toBe(1);
    expect(magnesiumBlock(-30, 1)).toBeGreaterThan(magnesiumBlock(-65, 1));
  });
  it('Ω: ~0 below θd, LTD between the thresholds, LTP above θp', () => {
    expect(Math.abs(calciumOmega(0, 0.35, 0.55, 80))).toBeLessThan(1e-9);
    expect(calciumOmega(0.45, 0.35, 0.55, 80)).toBeLessThan(-0.95);
    expect(calciumOmega(0.8, 0.35, 0.55, 80)).toBeGreaterThan(0.99);
  });
  it('η rises steeply with calcium; the NMDA gating peaks at 1', () => {
    expect(calciumLearningRate(0.55, 1, 0.55)).toBeCloseTo(1, 12);
    expect(calciumLearningRate(1.1, 1, 0.55)).toBeCloseTo(8, 12);
    const peak = dualExponentialPeak(5, 150);
    const tPeak = (5 * 150 * Math.log(30)) / 145;
    expect(peak).toBeCloseTo(Math.exp(-tPeak / 150) - Math.exp(-tPeak / 5), 12);
  });
});

describe('BPAP: a postsynaptic spike after the presynaptic one adds calcium (relief of the Mg block)', () => {
  it('peak calcium with a post spike 5 ms after the pre spike exceeds pre alone', () => {
    const rule = { ...CALCIUM_RULE, learningRatePerMs: 0 };
    const alone = peakCalcium(buildWorld(frequencySpec(1, 1, rule)), 1000);
    const paired = peakCalcium(buildWorld(frequencySpec(1, 1, rule, [106])), 1000);
    expect(paired).toBeGreaterThan(1.3 * alone);
  });
});

describe('frequency response: 100 presynaptic pulses (BCM-like curve)', () => {
  const frequencies = [1, 2, 3, 5, 7, 10, 20, 50];
  const ratio = new Map<number, number>();
  for (const f of frequencies) ratio.set(f, runFrequencyProtocol(f).synapses.weight[0] / W0);

  it('1 Hz → LTD (w < 0.9·w0)', () => {
    expect(ratio.get(1)).toBeLessThan(0.9);
  });
  it('50 Hz → LTP (w > 1.2·w0)', () => {
    expect(ratio.get(50)).toBeGreaterThan(1.2);
  });
  it('exactly one sign change of Δw, between 3 and 10 Hz', () => {
    const signs = frequencies.map((f) => Math.sign(ratio.get(f)! - 1));
    let changes = 0;
    let at = -1;
    for (let i = 1; i < signs.length; i++) if (signs[i] !== signs[i - 1]) { changes++; at = i; }
    expect(changes).toBe(1);
    expect(frequencies[at - 1]).toBeGreaterThanOrEqual(3);
    expect(frequencies[at]).toBeLessThanOrEqual(10);
    // measured: 1 Hz 0.758, 2 Hz 0.703, 3 Hz 0.796, 5 Hz 1.788, 7 Hz 1.306, 10-50 Hz 1.999 (w/w0)
  });
});
