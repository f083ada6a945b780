import { InputMode, NeuronModel, type NetworkSpec } from '../../sim';

/**
 * Song, Miller & Abbott (2000): 1000 Poisson excitatory inputs at 15 Hz onto one conductance-based
 * LIF neuron (τm 20 ms, rest −70, threshold −54, reset −60 mV, E_ex 0 mV, τ_ex 5 ms), additive
 * all-to-all STDP with g_max 0.015, A₊ = 0.005·g_max, A₋ = −1.05·A₊, τ± = 20 ms; dt 0.1 ms.
 */
export function songMillerAbbottSpec(seed: number, inputs = 1000): NetworkSpec {
  const gMax = 0.015;
  const aPlus = 0.005 * gMax;
  return {
    seed,
    dtMs: 0.1,
    neuronTypes: [
      { name: 'input', model: NeuronModel.poisson, rateHz: 15 },
      { name: 'lif', model: NeuronModel.lif, tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -60, refractoryMs: 0,
        inputMode: InputMode.conductance, tauExcMs: 5, tauInhMs: 5, eExcMv: 0, eInhMv: -70 },
    ],
    populations: [
      { name: 'inputs', type: 'input', count: inputs },
      { name: 'post', type: 'lif', count: 1 },
    ],
    projections: [{
      name: 'inputsToPost',
      from: 'inputs',
      to: 'post',
      connect: { rule: 'allToAll' },
      weight: { dist: 'uniform', min: 0, max: gMax },
      delayMs: 0.1,
      receptor: 'excitatory',
      plasticity: { rule: 'stdp', aPlus, aMinus: -1.05 * aPlus, tauPlusMs: 20, tauMinusMs: 20, wMax: gMax, wMin: 0, form: 'additive', pairing: 'allToAll' },
    }],
  };
}
