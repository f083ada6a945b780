/**
 * Reward contingencies: the experimenter's rule "when the network does this, reward it later", run by
 * the engine each tick (phase 'contingencies'). Izhikevich (2007), Fig. 1: every spike of the post
 * neuron of one synapse shortly after a spike of its pre neuron earns a dopamine release 1-3 s later.
 */
import { z } from 'zod';
import { id, int, num, MAX_DURATION_MS, MAX_MAGNITUDE, MAX_POPULATION_COUNT } from './common';

/** A synapse named by its presynaptic neuron and its rank among that neuron's synapses in a projection. */
export const synapseRef = z.strictObject({
  projection: id('Id of the projection that holds the synapse.'),
  pre: int(0, MAX_POPULATION_COUNT - 1, 'Index (0-based) of the presynaptic neuron in the projection\'s source population.'),
  nth: int(0, MAX_POPULATION_COUNT - 1, 'Which of that neuron\'s outgoing synapses in the projection (0-based, in the order the engine creates them; default 0). Checked against the neuron\'s out-degree when the level is built.').default(0),
}).describe('One synapse: the nth outgoing synapse of neuron pre in the projection.');

export const rewardContingency = z.discriminatedUnion('kind', [
  z.strictObject({
    id: id('Id of this contingency, referenced by metrics (weightOfRewardedSynapse, rewardCount).'),
    kind: z.literal('spikePair').describe('Reward every spike of the synapse\'s post neuron that comes soon after a spike of its pre neuron.'),
    synapse: synapseRef.describe('The rewarded synapse: its pre neuron must fire, then its post neuron within windowMs.'),
    windowMs: num(0.01, 10_000, 'A post spike counts when it comes at least one tick and less than windowMs after the last pre spike (ms; 20 in the paper).'),
    reward: z.strictObject({
      modulator: id('Id of the modulator pool that receives the reward (usually dopamine).'),
      amount: num(0, MAX_MAGNITUDE, 'Amount added to the pool\'s level per reward (0.5 in the paper).'),
      delayMs: z.strictObject({
        min: num(0, MAX_DURATION_MS, 'Shortest delay from the earning post spike to the release, in ms.'),
        max: num(0, MAX_DURATION_MS, 'Longest delay in ms; each reward draws its delay uniformly from [min, max] (seeded stream "exploration").'),
      }).describe('Delay of each reward after the spike that earned it (1000-3000 ms in the paper).'),
    }).describe('What one earned reward releases, and when.'),
  }).describe('Reward a spike pair (Izhikevich 2007 distal reward).'),
]).meta({ id: 'RewardContingency', description: 'A rule that releases a delayed reward when the network does something.' });

export type RewardContingency = z.infer<typeof rewardContingency>;
export type SynapseRef = z.infer<typeof synapseRef>;
