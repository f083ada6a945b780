import type { NetworkSpec } from '../../sim';

/**
 * Izhikevich (2007) distal-reward network: 800 excitatory RS and 200 inhibitory FS neurons, 100
 * targets each (inhibitory cells target excitatory cells only, as in the paper), 1 ms delays,
 * weights 1 and −1, excitatory synapses under dopamine-gated STDP (max 4, τc 1 s), noise
 * I = 13·(U − 0.5) per ms, tonic dopamine 0.002, dopamine τ 200 ms. STDP with nearest-neighbour
 * traces, A₊ = 0.01 and A₋ = −0.015 per ms of dw/dt = c·d (the published code's 0.1 / 0.15 with its
 * weight step every 10 ms), weights brought up to date every 10 ms as in the paper's code, pairings
 * timed from the pre spike's arrival one tick later (the code's LTP[pre][t + D] read by the post spike,
 * LTD[post] set before the pre spike is delivered), and the code's per-step factors as time constants.
 */
/** Traces ×0.95 per ms, dopamine ×0.995 per ms, eligibility sd ×0.99 per 10 ms (the published code). */
export const TAU_STDP_MS = -1 / Math.log(0.95);
export const TAU_DOPAMINE_MS = -1 / Math.log(0.995);
export const TAU_ELIGIBILITY_MS = -10 / Math.log(0.99);
export const W_MAX = 4;

export function izhikevichDistalRewardSpec(seed: number): NetworkSpec {
  const daStdp = {
    rule: 'daStdp' as const, aPlus: 0.01, aMinus: -0.015, tauPlusMs: TAU_STDP_MS, tauMinusMs: TAU_STDP_MS,
    tauEligibilityMs: TAU_ELIGIBILITY_MS, wMax: W_MAX, wMin: 0, modulator: 'dopamine', pairing: 'nearest' as const,
    timing: 'arrival' as const, weightUpdateEveryMs: 10,
  };
  return {
    seed,
    dtMs: 1,
    neuronTypes: [
      { name: 'RS', a: 0.02, b: 0.2, c: -65, d: 8 },
      { name: 'FS', a: 0.1, b: 0.2, c: -65, d: 2 },
    ],
    populations: [
      { name: 'exc', type: 'RS', count: 800, initialVMv: -65 },
      { name: 'inh', type: 'FS', count: 200, initialVMv: -65 },
    ],
    // Projection names seed their connectivity streams: levels/distal-reward.json uses the same ones.
    projections: [
      { name: 'ee', from: 'exc', to: 'exc', connect: { rule: 'fixedOutDegree', k: 80 }, weight: 1, delayMs: 1, receptor: 'excitatory', plasticity: daStdp },
      { name: 'ei', from: 'exc', to: 'inh', connect: { rule: 'fixedOutDegree', k: 20 }, weight: 1, delayMs: 1, receptor: 'excitatory', plasticity: daStdp },
      { name: 'ie', from: 'inh', to: 'exc', connect: { rule: 'fixedOutDegree', k: 100 }, weight: -1, delayMs: 1, receptor: 'inhibitory' },
    ],
    modulators: [{ name: 'dopamine', kind: 'dopamine', baseline: 0.002, tauMs: TAU_DOPAMINE_MS }],
    stimuli: [
      { kind: 'uniformNoise', name: 'noiseExc', target: 'exc', min: -6.5, max: 6.5 },
      { kind: 'uniformNoise', name: 'noiseInh', target: 'inh', min: -6.5, max: 6.5 },
    ],
  };
}
