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
import type { SimWorld } from '../../../src/sim/world/world';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import { rewardContingencyByName } from '../../../src/sim/contingencies/installRewardContingencies';
import { izhikevichDistalRewardSpec } from '../../../src/cli/bench/izhikevichDistalReward';

export { W_MAX } from '../../../src/cli/bench/izhikevichDistalReward';

/** The benchmark network plus the experiment: the rewarded synapse starts at 0, as in the paper. */
export function distalRewardSpec(seed: number): NetworkSpec {
  const spec = izhikevichDistalRewardSpec(seed);
  const [ee, ...others] = spec.projections;
  return {
    ...spec,
    projections: [{ ...ee, initialWeightOverrides: [{ pre: 0, nth: 0, weight: 0 }] }, ...others],
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
