/**
 * What each synapse has been doing lately, as running averages over epochs (an exponential window
 * of about 1/averaging epochs), the two reasons a developing synapse is removed:
 *
 * Blame, the synapse's contribution to the error: b ← b + α(w·∂E/∂w − b), with E the mean error of
 * the epoch's examples. −w·∂E/∂w is the first-order change in error if the synapse were removed
 * (w → 0; the saliency of Mozer & Smolensky 1989 and LeCun, Denker & Solla 1990), so a synapse with a
 * lasting positive blame keeps pushing the error up: the error's gradient keeps pulling it towards
 * zero and fresh examples keep pushing it off again. A synapse that carries the category has its
 * gradient near zero on average once learned, and a blame near zero or below.
 *
 * A synapse's averages start from its first epoch: until it is 1/α epochs old the window is its whole
 * life (a rate of 1/age), so a young synapse is not taken for an idle one because its average has
 * not filled yet.
 *
 * Usage, how much the synapse moves its target: u ← u + α(⟨|w·pre|⟩ − u), with ⟨|w·pre|⟩ the mean
 * over the epoch's examples of the size of its input to the unit it feeds (a weak synapse, or one
 * from an input that is rarely active, is little used).
 */
import { w2Offset, type NetShape } from '../creditArena/arenaNet';
import type { ExampleBatch } from './categoryTask';
import { isBias } from './synapseMask';

/**
 * Updates blame and usage of every present synapse from one epoch: `w` the weights the epoch's
 * errors were computed with, `minusGradientSum` the summed −∂E_p/∂w over its examples (the arena's
 * errorUpdate output), `meanAbsInput` and `meanAbsHidden` the mean |x_i| and |a_j| over its examples; `age` counts each synapse's epochs.
 */
export function updateSynapseScores(
  shape: NetShape, w: Float64Array, mask: Float64Array, minusGradientSum: Float64Array, batch: ExampleBatch,
  meanAbsInput: Float64Array, meanAbsHidden: Float64Array, averaging: number, age: Float64Array, blame: Float64Array, usage: Float64Array,
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
    blame[n] += rate * (w[n] * gradient - blame[n]);
    usage[n] += rate * (Math.abs(w[n]) * pre - usage[n]);
  }
}
