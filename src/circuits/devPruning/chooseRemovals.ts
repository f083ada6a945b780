/**
 * Which synapses one round of pruning removes. Of the round's n removals, a share (targetedShare)
 * is chosen from what the synapses have done (synapseScores.ts): first those with the highest
 * lasting blame (only synapses whose blame is above zero, which keep adding to the error), then the
 * least used; the rest are chosen uniformly at random among the synapses still present, from the
 * circuit's own pruning stream. targetedShare 0 is random pruning: the same count at the same times,
 * the fair control for the claim that what is removed matters.
 */
import type { NetShape } from '../creditArena/arenaNet';
import { synapsesWhere } from './synapseMask';

export interface RemovalScratch {
  /** Present synapse indices (capacity: every possible synapse). */
  readonly present: Int32Array;
}

export interface RemovalPolicy {
  /** Share (0-1) of the removals chosen by blame and usage; the rest at random. */
  readonly targetedShare: number;
  /** Share (0-1) of the targeted removals chosen by blame; the rest by lowest usage. */
  readonly blameShare: number;
}

/** Removes a synapse: mask 0, weight 0, its history forgotten. */
function remove(n: number, mask: Float64Array, w: Float64Array, history: SynapseHistory): void {
  mask[n] = 0;
  w[n] = 0;
  history.age[n] = 0;
  history.blame[n] = 0;
  history.usage[n] = 0;
}

/** Each synapse's running scores (synapseScores.ts) and their age in epochs. */
export interface SynapseHistory {
  readonly age: Float64Array;
  readonly blame: Float64Array;
  readonly usage: Float64Array;
}

/** Removes `count` synapses (or as many as are present) by `policy`; returns how many went. */
export function removeSynapses(
  shape: NetShape, count: number, policy: RemovalPolicy, w: Float64Array, mask: Float64Array, history: SynapseHistory,
  uniform: () => number, scratch: RemovalScratch,
): number {
  let present = synapsesWhere(shape, mask, true, scratch.present);
  const total = Math.min(count, present);
  if (total <= 0) return 0;
  const targeted = Math.round(total * policy.targetedShare);
  const byBlame = Math.round(targeted * policy.blameShare);
  let removed = 0;
  const { blame, usage } = history;
  if (targeted > 0) {
    const list = Array.from(scratch.present.subarray(0, present));
    // Highest blame first (ties by index, so the order is the same on every machine).
    list.sort((a, b) => blame[b] - blame[a] || a - b);
    for (let i = 0; i < list.length && removed < byBlame && blame[list[i]] > 0; i++) {
      remove(list[i], mask, w, history);
      removed++;
    }
    const left = list.filter((n) => mask[n] > 0).sort((a, b) => usage[a] - usage[b] || a - b);
    for (let i = 0; i < left.length && removed < targeted; i++) {
      remove(left[i], mask, w, history);
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
