/**
 * Song, Miller & Abbott (2000) network as a spec: one conductance-based LIF neuron (τm 20 ms, rest
 * −70, threshold −54, reset −60, E_ex 0, τ_ex 5 ms; conductances in units of the leak) driven by
 * 1000 Poisson spike sources at 15 Hz through additive all-to-all STDP synapses, g_max 0.015,
 * A₊ = 0.005·g_max, A₋ = −1.05·A₊, τ₊ = τ₋ = 20 ms; initial weights uniform on [0, g_max].
 * Integration: LIF exact exponential step, dt 0.1 ms. Shared by the quick and the long test.
 */
import type { NetworkSpec } from '../../../src/sim/build/networkSpec';
import type { SimWorld } from '../../../src/sim/world/world';

export const G_MAX = 0.015;

export function songMillerAbbottSpec(seed: number): NetworkSpec {
  return {
    seed,
    dtMs: 0.1,
    neuronTypes: [
      { name: 'input', model: 3, rateHz: 15 },
      {
        name: 'smaLif', model: 2, inputMode: 1, tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -60,
        refractoryMs: 0, tauExcMs: 5, eExcMv: 0, tauInhMs: 5, eInhMv: -70,
      },
    ],
    populations: [
      { name: 'inputs', type: 'input', count: 1000 },
      { name: 'cell', type: 'smaLif', count: 1 },
    ],
    projections: [{
      name: 'in', from: 'inputs', to: 'cell', connect: { rule: 'allToAll' },
      weight: { dist: 'uniform', min: 0, max: G_MAX }, delayMs: 0.1, receptor: 'excitatory',
      plasticity: {
        rule: 'stdp', aPlus: 0.005 * G_MAX, aMinus: -1.05 * 0.005 * G_MAX, tauPlusMs: 20, tauMinusMs: 20,
        wMin: 0, wMax: G_MAX, form: 'additive', pairing: 'allToAll',
      },
    }],
  };
}

/** Counts of the projection's weights in the ten deciles of [0, g_max] (g_max itself in the top one). */
export function decileCounts(world: SimWorld): number[] {
  const counts = new Array<number>(10).fill(0);
  const projection = world.projections[0];
  for (let s = projection.firstSynapse; s < projection.firstSynapse + projection.count; s++) {
    counts[Math.min(9, Math.floor((world.synapses.weight[s] / G_MAX) * 10))] += 1;
  }
  return counts;
}
