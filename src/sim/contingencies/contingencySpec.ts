/**
 * Reward contingencies: the experimenter's rule "reward this when the network does that", run by the
 * engine as a system (applyRewardContingencies), so a level can express it as data.
 */

/** A synapse named by its presynaptic neuron and its rank among that neuron's synapses in the projection. */
export interface OutgoingSynapseRef {
  projection: string;
  /** Index of the presynaptic neuron in the projection's source population. */
  pre: number;
  /** Which of that neuron's outgoing synapses in the projection (0-based, in id order; default 0). */
  nth?: number;
}

/**
 * Izhikevich (2007), Fig. 1: every spike of the post neuron within windowMs after a spike of the pre
 * neuron earns one release of `amount` into `modulator`, minDelayMs + ⌈U·(maxDelayMs − minDelayMs)⌉
 * ms later (U from the named stream). The pair is either given by eids or is the pre and post neuron
 * of one synapse (the paper's n1 and n2 = post(n1, syn)).
 */
export interface SpikePairContingencySpec {
  name: string;
  kind: 'spikePair';
  synapse?: OutgoingSynapseRef;
  /** Neuron eids of the pair, when no synapse is given. */
  preEid?: number;
  postEid?: number;
  /** A post spike counts when it comes 1 .. windowMs − 1 ticks after the last pre spike (20 ms). */
  windowMs: number;
  modulator: string;
  amount: number;
  minDelayMs: number;
  maxDelayMs: number;
  /** Random stream of the delays (default 'exploration'). */
  stream?: string;
  /** Most rewards that can be pending at once (default 256); further ones are counted but dropped. */
  capacity?: number;
}

export type RewardContingencySpec = SpikePairContingencySpec;
