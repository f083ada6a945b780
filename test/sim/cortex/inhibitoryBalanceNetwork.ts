/**
 * Vogels, Sprekeler, Zenke, Clopath & Gerstner (2011), Science 334:1569, Fig. 1, made small: one
 * conductance-based LIF cell hears 8 input channels, each of 16 excitatory and 4 inhibitory fibres.
 * Fibres are LIF relays firing irregularly on their own background Poisson drive; a channel's fibres
 * are co-modulated by a shared hub (one Poisson source per channel that makes all of the channel's
 * fibres fire together), standing in for the paper's shared rate signal per channel. Excitatory
 * weights are tuned (a Gaussian over channels, peak at channel 4); inhibitory weights start flat
 * and learn by inhibitory STDP (η, τ 20 ms, ρ₀). Exact exponential LIF step, dt 0.5 ms.
 */
import type { NetworkSpec, InitialWeightOverride } from '../../../src/sim/build/networkSpec';
import type { InhibitoryStdpSpec } from '../../../src/sim/plasticity/plasticitySpec';

export const CHANNELS = 8;
/** Background drive of each fibre (alone ~9 Hz, irregular) and the hub's kick (one extra spike per hub spike). */
const BACKGROUND_WEIGHT = 0.0125;
const HUB_WEIGHT = 1;
export const EXC_PER_CHANNEL = 16;
export const INH_PER_CHANNEL = 4;

/** The tuned excitatory weight of channel c (leak-conductance units per spike). */
export function excitatoryTuning(channel: number): number {
  return 0.02 + 0.1 * Math.exp(-((channel - 4) ** 2) / (2 * 1.5 ** 2));
}

const hubPairs = (perChannel: number): Array<[number, number]> =>
  Array.from({ length: CHANNELS * perChannel }, (_, i) => [Math.floor(i / perChannel), i] as [number, number]);

export function balanceSpec(seed: number, rule: InhibitoryStdpSpec, initialInhibition: number, posts = 1): NetworkSpec {
  const overrides: InitialWeightOverride[] = [];
  for (let i = 0; i < CHANNELS * EXC_PER_CHANNEL; i++) {
    for (let n = 0; n < posts; n++) overrides.push({ pre: i, nth: n, weight: excitatoryTuning(Math.floor(i / EXC_PER_CHANNEL)) });
  }
  return {
    seed, dtMs: 0.5,
    neuronTypes: [
      { name: 'hub', model: 3, rateHz: 5 },
      { name: 'fibre', model: 2, inputMode: 0, tauMMs: 10, vRestMv: -70, vThreshMv: -54, vResetMv: -70, refractoryMs: 2, resistanceMOhm: 100, tauExcMs: 5 },
      { name: 'cell', model: 2, inputMode: 1, tauMMs: 20, vRestMv: -60, vThreshMv: -50, vResetMv: -60, refractoryMs: 5, tauExcMs: 5, tauInhMs: 10, eExcMv: 0, eInhMv: -80 },
    ],
    populations: [
      { name: 'hubs', type: 'hub', count: CHANNELS },
      { name: 'excFibres', type: 'fibre', count: CHANNELS * EXC_PER_CHANNEL },
      { name: 'inhFibres', type: 'fibre', count: CHANNELS * INH_PER_CHANNEL },
      { name: 'cell', type: 'cell', count: posts },
    ],
    projections: [
      { name: 'hubToExc', from: 'hubs', to: 'excFibres', connect: { rule: 'pairs', pairs: hubPairs(EXC_PER_CHANNEL) }, weight: HUB_WEIGHT, delayMs: 1, receptor: 'excitatory' },
      { name: 'hubToInh', from: 'hubs', to: 'inhFibres', connect: { rule: 'pairs', pairs: hubPairs(INH_PER_CHANNEL) }, weight: HUB_WEIGHT, delayMs: 1, receptor: 'excitatory' },
      { name: 'excitation', from: 'excFibres', to: 'cell', connect: { rule: 'allToAll' }, weight: 0.05, delayMs: 1, receptor: 'excitatory', initialWeightOverrides: overrides },
      { name: 'inhibition', from: 'inhFibres', to: 'cell', connect: { rule: 'allToAll' }, weight: initialInhibition, delayMs: 1, receptor: 'inhibitory', plasticity: rule },
    ],
    stimuli: [
      { kind: 'poisson', name: 'excBackground', target: 'excFibres', rateHz: 2000, weight: BACKGROUND_WEIGHT, receptor: 'excitatory' },
      { kind: 'poisson', name: 'inhBackground', target: 'inhFibres', rateHz: 2000, weight: BACKGROUND_WEIGHT, receptor: 'excitatory' },
    ],
  };
}
