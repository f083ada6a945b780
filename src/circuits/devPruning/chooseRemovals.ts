/**
 * Which synapses one round of pruning removes. Each of the round's n removals is, with probability
 * targetedShare, chosen from what the synapses have done (synapseScores.ts), and otherwise
 * uniformly at random among the synapses still present (the coin is drawn per removal: a round
 * removes only a synapse or two, so rounding a share per round would lose it). A targeted removal
 * takes the least-used synapse among those that keep adding to the errors (blame above
 * blameThreshold), and the least-used synapse of all when none does: both signals, the error one
 * first. Coins and random picks come from the circuit's own pruning stream. targetedShare 0 is
 * random pruning: the same count at the same times, the fair control for the claim that what is
 * removed matters.
 */
import type { NetShape } from '../../sim/rateNet/rateNet';
import { synapsesWhere } from './synapseMask';

export interface RemovalScratch {
  /** Present synapse indices (capacity: every possible synapse). */
  readonly present: Int32Array;
}

export interface RemovalPolicy {
  /** Share (0-1) of the removals chosen by blame and usage; the rest at random. */
  readonly targetedShare: number;
  /** Threshold (0 to 1) on the blame (which runs from −1 to 1) above which a synapse counts as adding to the errors (1: blame is ignored, usage alone decides). */
  readonly blameThreshold: number;
}

/** Removes a synapse: mask 0, weight 0, its history forgotten. */
function remove(n: number, mask: Float64Array, w: Float64Array, history: SynapseHistory): void {
  mask[n] = 0;
  w[n] = 0;
  history.age[n] = 0;
  history.contribution[n] = 0;
  history.contributionSize[n] = 0;
  history.blame[n] = 0;
  history.usage[n] = 0;
}

/** Each synapse's running scores (synapseScores.ts) and their age in epochs. */
export interface SynapseHistory {
  readonly age: Float64Array;
  readonly contribution: Float64Array;
  readonly contributionSize: Float64Array;
  readonly blame: Float64Array;
  readonly usage: Float64Array;
}

/** True with probability p; draws only when the answer is not certain (p = 0 and 1 draw nothing). */
function coin(p: number, uniform: () => number): boolean {
  if (p >= 1) return true;
  if (p <= 0) return false;
  return uniform() < p;
}

/** Removes `count` synapses (or as many as are present) by `policy`; returns how many went. */
export function removeSynapses(
  shape: NetShape, count: number, policy: RemovalPolicy, w: Float64Array, mask: Float64Array, history: SynapseHistory,
  uniform: () => number, scratch: RemovalScratch,
): number {
  let present = synapsesWhere(shape, mask, true, scratch.present);
  const total = Math.min(count, present);
  if (total <= 0) return 0;
  let targeted = 0;
  for (let k = 0; k < total; k++) if (coin(policy.targetedShare, uniform)) targeted++;
  let removed = 0;
  const { blame, usage } = history;
  if (targeted > 0) {
    const blamed = (n: number): number => (blame[n] > policy.blameThreshold ? 0 : 1);
    // Blamed synapses first, each group least used first (ties by index: the same order on every machine).
    const list = Array.from(scratch.present.subarray(0, present)).sort((a, b) => blamed(a) - blamed(b) || usage[a] - usage[b] || a - b);
    for (let i = 0; i < list.length && removed < targeted; i++) {
      remove(list[i], mask, w, history);
      removed++;
    }
    present = synapsesWhere(shape, mask, true, scratch.present);
  }
  // The rest at random: a partial Fisher-Yates shuffle of the synapses still present.
  const ids = scratch.present;
  for (let i = 0; removed < total && i < present; i++) {
    const pick = i + Math.min(present - i - 1, Math.floor(uniform() * (present - i)));
    const n = ids[pick];
    ids[pick] = ids[i];
    ids[i] = n;
    remove(n, mask, w, history);
    removed++;
  }
  return removed;
}

/** Adds `count` synapses (or as many as are absent) at random absent places, each with a weight drawn by `newWeight(n)`; returns how many. */
export function addSynapses(
  shape: NetShape, count: number, w: Float64Array, mask: Float64Array, uniform: () => number, newWeight: (n: number) => number, scratch: RemovalScratch,
): number {
  const absent = synapsesWhere(shape, mask, false, scratch.present);
  const ids = scratch.present;
  const total = Math.min(count, absent);
  for (let i = 0; i < total; i++) {
    const pick = i + Math.min(absent - i - 1, Math.floor(uniform() * (absent - i)));
    const n = ids[pick];
    ids[pick] = ids[i];
    ids[i] = n;
    mask[n] = 1;
    w[n] = newWeight(n);
  }
  return total;
}
