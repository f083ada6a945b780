/**
 * What each synapse has been doing lately, as running averages over epochs (an exponential window
 * of about 1/averaging epochs), the two reasons a developing synapse is removed:
 *
 * Blame, the synapse's contribution to the error, from c = w·∂E/∂w with E the mean error of the
 * epoch's examples: −c is the first-order change in error if the synapse were removed (w → 0; the
 * saliency of Mozer & Smolensky 1989 and LeCun, Denker & Solla 1990), so c > 0 means the synapse is
 * adding to the error and the error's gradient is pulling it towards zero. One epoch's c is mostly
 * the noise of its examples; what marks a synapse is that c stays positive epoch after epoch. So the
 * blame is c's running mean over its running mean size, b = ⟨c⟩/⟨|c|⟩, from −1 to 1: near 1 when
 * every epoch's examples push the synapse towards zero (a synapse from an input that carries only
 * noise, which the examples keep knocking off zero), near 0 for a learned synapse that carries the
 * category (its large weight times the examples' noise averages out), below 0 while it is growing.
 *
 * A synapse's averages start from its first epoch: until it is 1/α epochs old the window is its whole
 * life (a rate of 1/age), so a young synapse is not taken for an idle one because its average has
 * not filled yet.
 *
 * Usage, how much the synapse moves its target: u ← u + α(⟨|w·pre|⟩ − u), with ⟨|w·pre|⟩ the mean
 * over the epoch's examples of the size of its input to the unit it feeds (a weak synapse, or one
 * from an input that is rarely active, is little used).
 */
import { w2Offset, type NetShape } from '../../sim/rateNet/rateNet';
import type { ExampleBatch } from './categoryTask';
import { isBias } from './synapseMask';

/**
 * Updates blame and usage of every present synapse from one epoch: `w` the weights the epoch's
 * errors were computed with, `minusGradientSum` the summed −∂E_p/∂w over its examples (the arena's
 * errorUpdate output), `meanAbsInput` and `meanAbsHidden` the mean |x_i| and |a_j| over its examples; `age` counts each synapse's epochs.
 */
export function updateSynapseScores(
  shape: NetShape, w: Float64Array, mask: Float64Array, minusGradientSum: Float64Array, batch: ExampleBatch,
  meanAbsInput: Float64Array, meanAbsHidden: Float64Array, averaging: number, age: Float64Array, contribution: Float64Array, contributionSize: Float64Array, blame: Float64Array, usage: Float64Array,
): void {
  const { inputs, hidden } = shape;
  const off = w2Offset(shape);
  const perExample = 1 / batch.patterns;
  for (let n = 0; n < w.length; n++) {
    if (mask[n] === 0 || isBias(shape, n)) continue;
    const gradient = -minusGradientSum[n] * perExample;
    const pre = n < off ? meanAbsInput[n % (inputs + 1)] : meanAbsHidden[(n - off) % (hidden + 1)];
    age[n]++;
    const rate = Math.max(averaging, 1 / age[n]);
    const c = w[n] * gradient;
    contribution[n] += rate * (c - contribution[n]);
    contributionSize[n] += rate * (Math.abs(c) - contributionSize[n]);
    blame[n] = contributionSize[n] > 0 ? contribution[n] / contributionSize[n] : 0;
    usage[n] += rate * (Math.abs(w[n]) * pre - usage[n]);
  }
}
