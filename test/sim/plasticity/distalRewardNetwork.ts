/**
 * Izhikevich (2007) distal-reward network as a spec: 800 RS + 200 FS Izhikevich neurons (network
 * scheme, dt 1 ms: v in two 0.5 ms half-steps, then u), 100 random synapses per neuron (excitatory
 * to any neuron: 80 onto RS, 20 onto FS; inhibitory onto RS only), 1 ms delays, weights +1 / −1,
 * excitatory weights plastic under DA-STDP in [0, 4]; noise I = 13·(U − 0.5) per ms; dopamine
 * pool with tonic level 0.002 and τd = 200 ms. STDP: nearest-neighbour traces, A₊ = 0.01,
 * A₋ = −0.015 per ms of dw/dt = c·d (the published code's 0.1 / 0.15 with its weight step every
 * 10 ms, which makes its rate a tenth of dw/dt = c·d per ms), τc = 1 s, weights updated every 10 ms.
 * The reward contingency is part of the spec (rewardContingencies), run by the schedule.
 */
import type { NetworkSpec } from '../../../src/sim/build/networkSpec';
import type { DaStdpSpec } from '../../../src/sim/plasticity/plasticitySpec';
import type { SimWorld } from '../../../src/sim/world/world';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import { rewardContingencyByName } from '../../../src/sim/contingencies/installRewardContingencies';

export const W_MAX = 4;

/** The published code's per-ms factors as time constants: traces ×0.95, dopamine ×0.995 per ms, sd ×0.99 per 10 ms. */
export const TAU_STDP_MS = -1 / Math.log(0.95);
export const TAU_DOPAMINE_MS = -1 / Math.log(0.995);
export const TAU_ELIGIBILITY_MS = -10 / Math.log(0.99);

const rule: DaStdpSpec = {
  rule: 'daStdp', aPlus: 0.01, aMinus: -0.015, tauPlusMs: TAU_STDP_MS, tauMinusMs: TAU_STDP_MS, tauEligibilityMs: TAU_ELIGIBILITY_MS,
  wMin: 0, wMax: W_MAX, modulator: 'dopamine', pairing: 'nearest', timing: 'arrival', weightUpdateEveryMs: 10,
};

export function distalRewardSpec(seed: number): NetworkSpec {
  return {
    seed,
    dtMs: 1,
    neuronTypes: [
      { name: 'RS', model: 0, a: 0.02, b: 0.2, c: -65, d: 8 },
      { name: 'FS', model: 0, a: 0.1, b: 0.2, c: -65, d: 2 },
    ],
    populations: [
      { name: 'exc', type: 'RS', count: 800, initialVMv: -65 },
      { name: 'inh', type: 'FS', count: 200, initialVMv: -65 },
    ],
    projections: [
      {
        name: 'ee', from: 'exc', to: 'exc', connect: { rule: 'fixedOutDegree', k: 80 }, weight: 1, delayMs: 1, receptor: 'excitatory', plasticity: rule,
        // The rewarded synapse starts at 0, as in the paper.
        initialWeightOverrides: [{ pre: 0, nth: 0, weight: 0 }],
      },
      { name: 'ei', from: 'exc', to: 'inh', connect: { rule: 'fixedOutDegree', k: 20 }, weight: 1, delayMs: 1, receptor: 'excitatory', plasticity: rule },
      { name: 'ie', from: 'inh', to: 'exc', connect: { rule: 'fixedOutDegree', k: 100 }, weight: -1, delayMs: 1, receptor: 'inhibitory' },
    ],
    modulators: [{ name: 'dopamine', kind: 'dopamine', baseline: 0.002, tauMs: TAU_DOPAMINE_MS }],
    stimuli: [
      { kind: 'uniformNoise', name: 'noiseExc', target: 'exc', min: -6.5, max: 6.5 },
      { kind: 'uniformNoise', name: 'noiseInh', target: 'inh', min: -6.5, max: 6.5 },
    ],
    // Every firing of n2 = post(n1, syn) within 20 ms after n1 earns 0.5 dopamine 1-3 s later.
    rewardContingencies: [{
      name: 'distalReward', kind: 'spikePair', synapse: { projection: 'ee', pre: 0, nth: 0 },
      windowMs: 20, modulator: 'dopamine', amount: 0.5, minDelayMs: 1000, maxDelayMs: 3000,
    }],
  };
}

export interface DistalRewardRun {
  world: SimWorld;
  /** Synapse id of the rewarded synapse (first synapse of excitatory neuron 0 in 'ee'). */
  target: number;
  /** Rewards earned so far. */
  rewardsEarned(): number;
}

/** Builds the world; the spec zeroes the rewarded synapse and carries the contingency (a system of the schedule). */
export function setUpDistalReward(seed: number): DistalRewardRun {
  const world = buildWorld(distalRewardSpec(seed));
  const contingency = rewardContingencyByName(world, 'distalReward');
  return { world, target: contingency.synapse, rewardsEarned: () => contingency.status[1] };
}

/** Mean and the fraction above 3 of the other 'ee' synapses. */
export function otherWeights(run: DistalRewardRun): { mean: number; fractionAbove3: number } {
  const ee = run.world.projections[0];
  let sum = 0;
  let above = 0;
  for (let s = ee.firstSynapse; s < ee.firstSynapse + ee.count; s++) {
    if (s === run.target) continue;
    sum += run.world.synapses.weight[s];
    if (run.world.synapses.weight[s] > 3) above++;
  }
  return { mean: sum / (ee.count - 1), fractionAbove3: above / (ee.count - 1) };
}
