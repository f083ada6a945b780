/**
 * Dopamine-gated STDP (src/sim/plasticity/applyDaStdp.ts, src/sim/models/daStdp.ts), Izhikevich 2007,
 * SCIENCE.md §3. Pair tests: LIF neurons, exact exponential step, pulse-driven (pairWorld), seed 1.
 * Network test: Izhikevich network scheme, dt 1 ms, seed 1.
 */
import { describe, expect, it } from 'vitest';
import { runPair } from './pairWorld';
import { daStdpClosedForm } from '../../../src/sim/models/daStdp';
import type { DaStdpSpec } from '../../../src/sim/plasticity/plasticitySpec';
import { stepSim } from '../../../src/sim/schedule';
import { otherWeights, setUpDistalReward } from './distalRewardNetwork';

const RULE: DaStdpSpec = {
  rule: 'daStdp', aPlus: 1, aMinus: -1.5, tauPlusMs: 20, tauMinusMs: 20, tauEligibilityMs: 1000,
  wMin: -1e6, wMax: 1e6, modulator: 'dopamine',
};

/** One pre→post pairing (post at 105 ms, Δt = +5 ms) and one dopamine pulse D0 at 105 + delay ms. */
function pairingThenPulse(delayMs: number, d0: number, dtMs: number, rule: DaStdpSpec): number {
  const world = runPair({
    dtMs, preTimesMs: [100], postTimesMs: [105], plasticity: rule, initialWeight: 0,
    modulators: [{ name: 'dopamine', kind: 'dopamine', baseline: 0, tauMs: 200 }],
    extraStimuli: [{ kind: 'modulatorPulse', name: 'reward', modulator: 'dopamine', timesMs: [105 + delayMs], amount: d0 }],
  }, 105 + delayMs + 5000);
  return world.synapses.weight[0];
}

describe('closed form: Δw = c₀·D₀·e^(−Δ/τc)·τc·τd/(τc + τd) (τc = 1000, τd = 200 ms)', () => {
  const c0 = Math.exp(-5 / 20);
  for (const delayMs of [0, 500, 1000, 2000]) {
    it(`Δ = ${delayMs} ms, D₀ = 0.5, dt 1 ms: within 1% (exact per-tick integration)`, () => {
      const dw = pairingThenPulse(delayMs, 0.5, 1, RULE);
      const expected = daStdpClosedForm(c0, 0.5, delayMs, 1000, 200);
      expect(Math.abs(dw / expected - 1)).toBeLessThan(0.01);
      // The pulse enters the level at the end of its tick: with that tick counted the match is exact.
      expect(dw / daStdpClosedForm(c0, 0.5, delayMs + 1, 1000, 200)).toBeCloseTo(1, 9);
    });
  }
  it('166.7 ms · e^(−Δ/1000) per unit c₀·D₀', () => {
    expect(daStdpClosedForm(1, 1, 0, 1000, 200)).toBeCloseTo(166.667, 3);
    expect(daStdpClosedForm(1, 1, 1000, 1000, 200)).toBeCloseTo(166.667 * Math.exp(-1), 3);
  });
  it('updating weights every 10 ms (the paper) gives the same Δw as every tick, dt 0.5 ms', () => {
    const perTick = pairingThenPulse(1000, 0.5, 0.5, RULE);
    const every10 = pairingThenPulse(1000, 0.5, 0.5, { ...RULE, weightUpdateEveryMs: 10 });
    expect(every10 / perTick).toBeCloseTo(1, 9);
    expect(Math.abs(perTick / daStdpClosedForm(Math.exp(-5 / 20), 0.5, 1000, 1000, 200) - 1)).toBeLessThan(0.01);
  });
  it('no dopamine, no weight change; a post→pre pairing makes Δw negative', () => {
    const world = runPair({
      dtMs: 1, preTimesMs: [100], postTimesMs: [105], plasticity: RULE, initialWeight: 0,
      modulators: [{ name: 'dopamine', kind: 'dopamine', baseline: 0, tauMs: 200 }],
    }, 3000);
    expect(world.synapses.weight[0]).toBe(0);
    const reversed = runPair({
      dtMs: 1, preTimesMs: [105], postTimesMs: [100], plasticity: RULE, initialWeight: 0,
      modulators: [{ name: 'dopamine', kind: 'dopamine', baseline: 0, tauMs: 200 }],
      extraStimuli: [{ kind: 'modulatorPulse', name: 'reward', modulator: 'dopamine', timesMs: [600], amount: 0.5 }],
    }, 4000);
    expect(reversed.synapses.weight[0] / daStdpClosedForm(-1.5 * Math.exp(-5 / 20), 0.5, 496, 1000, 200)).toBeCloseTo(1, 7);
  });
});

describe("pairing windows: 'spike' (default) and 'arrival' (Izhikevich 2007 code) timing", () => {
  /** Eligibility after one pre spike at 100 ms and one post spike at 100 + Δ ms (dt 1 ms, no dopamine, τc ≫ run). */
  function eligibilityAfter(deltaMs: number, timing: 'spike' | 'arrival'): number {
    const rule: DaStdpSpec = { ...RULE, tauEligibilityMs: 1e15, pairing: 'nearest', timing };
    const world = runPair({
      dtMs: 1, preTimesMs: [100], postTimesMs: [100 + deltaMs], plasticity: rule, initialWeight: 0,
      modulators: [{ name: 'dopamine', kind: 'dopamine', baseline: 0, tauMs: 200 }],
    }, 200);
    expect(world.synapses.weight[0]).toBe(0);
    return world.registry.get('projection.syn.eligibility')![0];
  }
  const decay = (ticks: number) => Math.exp(-ticks / 20);
  it("'arrival': a post spike Δ ≥ 1 ms after the pre spike adds A₊·e^(−(Δ−1)/τ₊); one at Δ ≤ 0 adds A₋·e^(−|Δ|/τ₋)", () => {
    expect(eligibilityAfter(1, 'arrival')).toBeCloseTo(1, 9);
    expect(eligibilityAfter(2, 'arrival')).toBeCloseTo(decay(1), 9);
    expect(eligibilityAfter(10, 'arrival')).toBeCloseTo(decay(9), 9);
    expect(eligibilityAfter(0, 'arrival')).toBeCloseTo(-1.5, 9);
    expect(eligibilityAfter(-1, 'arrival')).toBeCloseTo(-1.5 * decay(1), 9);
    expect(eligibilityAfter(-10, 'arrival')).toBeCloseTo(-1.5 * decay(10), 9);
  });
  it("'spike': Δ ≥ 0 adds A₊·e^(−Δ/τ₊) (Δ = 0 potentiates); Δ < 0 adds A₋·e^(−|Δ|/τ₋)", () => {
    expect(eligibilityAfter(0, 'spike')).toBeCloseTo(1, 9);
    expect(eligibilityAfter(1, 'spike')).toBeCloseTo(decay(1), 9);
    expect(eligibilityAfter(-1, 'spike')).toBeCloseTo(-1.5 * decay(1), 9);
  });
});

describe('distal reward, quick (Izhikevich 2007 network, 1000 neurons, dt 1 ms, seed 1, 120 s)', () => {
  it('the rewarded synapse grows while the others do not', () => {
    const run = setUpDistalReward(1);
    const { world, target } = run;
    const before = otherWeights(run).mean;
    for (let tick = 0; tick < 120_000; tick++) {
      stepSim(world);
      if (tick % 1000 === 0) world.events.length = 0;
    }
    const others = otherWeights(run);
    expect(run.rewardsEarned()).toBeGreaterThan(3);
    // Started at 0 (as in the paper); the others started at 1 and drift down under tonic dopamine.
    expect(world.synapses.weight[target]).toBeGreaterThan(0.8);
    expect(others.mean).toBeLessThan(before);
    expect(world.synapses.weight[target]).toBeGreaterThan(others.mean);
    expect(others.fractionAbove3).toBeLessThan(0.01);
  });
});
