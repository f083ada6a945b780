/**
 * Which synapses exist. The network is the shared rate network (src/sim/rateNet/rateNet.ts): one flat
 * weight array, W1 then W2, each row ending in its unit's bias. Every weight that is not a bias is a
 * possible synapse; a mask holds 1 where a synapse exists and 0 where there is none (biases, a
 * unit's own excitability, always 1). Absent synapses are held at weight 0.
 */
import { w2Offset, weightCount, type NetShape } from '../../sim/rateNet/rateNet';

/** True when weight n is a unit's bias, not a synapse. */
export function isBias(shape: NetShape, n: number): boolean {
  const off = w2Offset(shape);
  if (n < off) return n % (shape.inputs + 1) === shape.inputs;
  return (n - off) % (shape.hidden + 1) === shape.hidden;
}

/** Every synapse the network could have (input→hidden and hidden→output). */
export function possibleSynapses(shape: NetShape): number {
  return shape.hidden * shape.inputs + shape.outputs * shape.hidden;
}

/** A mask with the biases set and no synapses. */
export function biasOnlyMask(shape: NetShape): Float64Array {
  const mask = new Float64Array(weightCount(shape));
  for (let n = 0; n < mask.length; n++) if (isBias(shape, n)) mask[n] = 1;
  return mask;
}

/** Synapses present in the mask. */
export function synapseCount(shape: NetShape, mask: Float64Array): number {
  let count = 0;
  for (let n = 0; n < mask.length; n++) if (mask[n] > 0 && !isBias(shape, n)) count++;
  return count;
}

/** Indices of the synapses that are present (present = true) or absent (false), in index order, into `into`; returns how many. */
export function synapsesWhere(shape: NetShape, mask: Float64Array, present: boolean, into: Int32Array): number {
  let count = 0;
  for (let n = 0; n < mask.length; n++) {
    if (isBias(shape, n)) continue;
    if ((mask[n] > 0) === present) into[count++] = n;
  }
  return count;
}

/** The fan-in of the unit weight n feeds (bias included): inputs + 1 in W1, hidden + 1 in W2. */
export function fanInOf(shape: NetShape, n: number): number {
  return n < w2Offset(shape) ? shape.inputs + 1 : shape.hidden + 1;
}
