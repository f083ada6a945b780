/**
 * A normalised Hebbian rule (an "instar" rule: Grossberg 1976; the normalised Hebbian learning of
 * von der Malsburg 1973 and Miller & MacKay 1994). At each postsynaptic spike, every input weight
 * of that cell in the projection moves a fraction η toward its share of a fixed total W, where
 * the share is the input's presynaptic trace over the sum of the traces of all the cell's inputs:
 *
 *   Δw_j = η·(W·x_j / Σ_k x_k − w_j)        (at each post spike; nothing when Σ_k x_k = 0)
 *
 * So a cell's weights sum to W (if they start there, they stay there) and each converges to the
 * mean share of presynaptic activity that input had when the cell fired. Inputs compete: what one
 * eye gains the other loses. Which activity makes the cell fire decides what it learns, which is
 * what lets inhibition gate the critical period (Toyoizumi et al. 2013): mature inhibition silences
 * the spontaneously driven spikes and leaves the visually driven ones.
 * Pure functions; plasticity/applyNormalizedHebbian.ts runs it online with presynaptic traces.
 */

/** The weight input j approaches: its share of the total weight, W·x_j / Σx (0 when Σx is 0). */
export function hebbianShareTarget(totalWeight: number, trace: number, traceSum: number): number {
  return traceSum > 0 ? (totalWeight * trace) / traceSum : 0;
}

/**
 * Updates one cell's weights in place for one postsynaptic spike: w_j += η·(W·x_j/Σx − w_j).
 * `weights` and `traces` are the cell's inputs in the same order. Returns Σx (0: nothing changed).
 */
export function hebbianStep(weights: Float64Array, traces: ArrayLike<number>, totalWeight: number, learningRate: number): number {
  let traceSum = 0;
  for (let j = 0; j < weights.length; j++) traceSum += traces[j];
  if (traceSum <= 0) return 0;
  for (let j = 0; j < weights.length; j++) weights[j] += learningRate * (hebbianShareTarget(totalWeight, traces[j], traceSum) - weights[j]);
  return traceSum;
}
