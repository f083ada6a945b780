/**
 * The dominance index of two groups of inputs (ocular dominance: the open eye's relay cells against
 * the closed eye's). For each target cell of a projection, F and O are the summed |w| it receives
 * from the favoured and from the other source neurons; its index is (F − O)/(F + O), from −1 (only
 * the other group drives it) through 0 (both equally) to +1. The measure is the mean over the cells
 * with any such input. Weights stand for the responses here: in a cell driven linearly by its inputs,
 * the response to one eye alone grows with that eye's summed weight (the science test also measures
 * the index from spikes evoked through each eye, as the experiments do).
 */
import type { Projection, SimWorld } from '../world/world';

export interface InputDominance {
  readonly firstSynapse: number;
  readonly synapseCount: number;
  readonly toFirst: number;
  /** Per source neuron of the projection: 1 favoured, −1 other, 0 neither. */
  readonly group: Int8Array;
  readonly fromFirst: number;
  readonly favouredSum: Float64Array;
  readonly otherSum: Float64Array;
}

export function compileInputDominance(world: SimWorld, projection: Projection, favoured: readonly number[], other: readonly number[]): InputDominance {
  const from = world.populations[projection.from];
  const to = world.populations[projection.to];
  const group = new Int8Array(from.count);
  const mark = (indices: readonly number[], value: number, name: string): void => {
    for (const i of indices) {
      if (!Number.isInteger(i) || i < 0 || i >= from.count) throw new Error(`measure: ${name} neuron ${i} is outside population ${from.name} (0-${from.count - 1})`);
      if (group[i] !== 0) throw new Error(`measure: source neuron ${i} of ${from.name} is in both groups`);
      group[i] = value;
    }
  };
  mark(favoured, 1, 'favoured');
  mark(other, -1, 'other');
  return {
    firstSynapse: projection.firstSynapse, synapseCount: projection.count, toFirst: to.firstEid, group, fromFirst: from.firstEid,
    favouredSum: new Float64Array(to.count), otherSum: new Float64Array(to.count),
  };
}

/** Mean over target cells of (F − O)/(F + O) now (NaN when no cell gets input from either group). */
export function inputDominanceIndex(world: SimWorld, d: InputDominance): number {
  const { weight, active, pre, post } = world.synapses;
  d.favouredSum.fill(0);
  d.otherSum.fill(0);
  for (let s = d.firstSynapse; s < d.firstSynapse + d.synapseCount; s++) {
    if (active[s] === 0) continue;
    const g = d.group[pre[s] - d.fromFirst];
    if (g === 0) continue;
    const w = Math.abs(weight[s]);
    if (g > 0) d.favouredSum[post[s] - d.toFirst] += w;
    else d.otherSum[post[s] - d.toFirst] += w;
  }
  let sum = 0, cells = 0;
  for (let k = 0; k < d.favouredSum.length; k++) {
    const total = d.favouredSum[k] + d.otherSum[k];
    if (total <= 0) continue;
    sum += (d.favouredSum[k] - d.otherSum[k]) / total;
    cells++;
  }
  return cells > 0 ? sum / cells : Number.NaN;
}
