/**
 * Inhibitory STDP (src/sim/plasticity/applyInhibitoryStdp.ts; Vogels et al. 2011, SCIENCE.md §8):
 * the pair kernel on a pair world (pairWorld.ts: LIF, exact exponential step, dt 1 ms), and the rule's
 * purpose: 20 LIF cells (current input, τm 20 ms, τexc 5 ms, τinh 10 ms; exact exponential step,
 * dt 1 ms, seed 11) driven by an excitatory Poisson train and inhibited by 100 Poisson sources at
 * 10 Hz through plastic synapses (η 0.02, τ 20 ms, ρ₀ 3 Hz) settle (measured 3.3 and 3.2 Hz) at the target rate whether
 * inhibition starts absent (cells fire ~27 Hz) or overwhelming (cells silent).
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import type { NetworkSpec } from '../../../src/sim/build/networkSpec';
import type { InhibitoryStdpSpec } from '../../../src/sim/plasticity/plasticitySpec';
import { inhibitoryDepressionOffset, inhibitoryDriftPerSecond, inhibitoryPairChange } from '../../../src/sim/models/inhibitoryStdp';
import { runTicks } from '../../../src/sim/schedule';
import type { SimWorld } from '../../../src/sim/world/world';
import { runPair } from './pairWorld';

const RULE: InhibitoryStdpSpec = { rule: 'inhibitoryStdp', learningRate: 0.02, tauMs: 20, targetRateHz: 3, wMax: 50 };

describe('inhibitory STDP kernel', () => {
  const alpha = inhibitoryDepressionOffset(3, 20);
  it('α = 2·ρ₀·τ (0.12 for 3 Hz and 20 ms); the drift vanishes at the target rate', () => {
    expect(alpha).toBeCloseTo(0.12, 15);
    expect(inhibitoryDriftPerSecond(0.01, 20, 3, 10, 3)).toBeCloseTo(0, 15);
    expect(inhibitoryDriftPerSecond(0.01, 20, 3, 10, 20)).toBeGreaterThan(0);
    expect(inhibitoryDriftPerSecond(0.01, 20, 3, 10, 0)).toBeLessThan(0);
  });

  it('symmetric: pre 5 ms before post and post 5 ms before pre both give η·e^(−5/20) − η·α', () => {
    const expected = 1 + inhibitoryPairChange(RULE.learningRate, 20, 5) - RULE.learningRate * alpha;
    const preFirst = runPair({ dtMs: 1, preTimesMs: [100], postTimesMs: [105], plasticity: RULE, initialWeight: 1 }, 300);
    const postFirst = runPair({ dtMs: 1, preTimesMs: [105], postTimesMs: [100], plasticity: RULE, initialWeight: 1 }, 300);
    expect(preFirst.synapses.weight[0]).toBeCloseTo(expected, 12);
    expect(postFirst.synapses.weight[0]).toBeCloseTo(expected, 12);
  });

  it('a presynaptic spike alone weakens by η·α; a postsynaptic spike alone changes nothing', () => {
    expect(runPair({ dtMs: 1, preTimesMs: [100], postTimesMs: [], plasticity: RULE, initialWeight: 1 }, 300).synapses.weight[0])
      .toBeCloseTo(1 - RULE.learningRate * alpha, 12);
    expect(runPair({ dtMs: 1, preTimesMs: [], postTimesMs: [100], plasticity: RULE, initialWeight: 1 }, 300).synapses.weight[0]).toBe(1);
  });
});

function balanceSpec(initialInhibition: number): NetworkSpec {
  return {
    seed: 11,
    dtMs: 1,
    neuronTypes: [
      { name: 'source', model: 3, rateHz: 10 },
      { name: 'cell', model: 2, inputMode: 0, tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -70, refractoryMs: 2, tauExcMs: 5, tauInhMs: 10 },
    ],
    populations: [
      { name: 'interneurons', type: 'source', count: 100 },
      { name: 'cells', type: 'cell', count: 20 },
    ],
    projections: [{
      name: 'inhibition', from: 'interneurons', to: 'cells', connect: { rule: 'allToAll' },
      weight: -initialInhibition, delayMs: 1, receptor: 'inhibitory', plasticity: RULE,
    }],
    stimuli: [{ kind: 'poisson', name: 'excitation', target: 'cells', rateHz: 1600, weight: 2.5, receptor: 'excitatory' }],
  };
}

function rateOfCells(world: SimWorld, ms: number): number {
  const before = world.monitors.spikeCountByPopulation[1];
  runTicks(world, ms);
  return (world.monitors.spikeCountByPopulation[1] - before) / 20 / (ms / 1000);
}

describe('inhibitory STDP balances excitation at the target rate (Vogels et al. 2011)', () => {
  for (const [label, start, initialRate] of [['no inhibition', 0, [15, Infinity]], ['overwhelming inhibition', 2, [0, 0.5]]] as const) {
    it(`from ${label}: the rate ends within 20% of 3 Hz`, () => {
      const world = buildWorld(balanceSpec(start));
      const before = rateOfCells(world, 2000);
      expect(before).toBeGreaterThanOrEqual(initialRate[0]);
      expect(before).toBeLessThanOrEqual(initialRate[1]);
      runTicks(world, 60_000);
      const after = rateOfCells(world, 20_000);
      expect(after).toBeGreaterThan(2.4);
      expect(after).toBeLessThan(3.6);
    });
  }
});
