/**
 * Which synapses the circuit view draws. Big projections (the 1000-neuron network has a million
 * synapses) cannot all be drawn, so each projection gets a share of a fixed budget: a small one whole, the
 * rest in proportion to √count so that small projections stay visible next to huge ones, and its synapses are taken at an
 * even stride through its id range. The choice is fixed for a level, so lines do not flicker.
 */

export interface SampleProjection {
  readonly firstSynapse: number;
  readonly count: number;
}

/** Synapse ids to draw, at most `budget` in total (fewer when the projections are smaller). */
export function sampleSynapses(projections: readonly SampleProjection[], budget: number): Int32Array {
  const counts = projections.map((p) => Math.max(0, p.count));
  // Every projection first gets up to `floor` synapses (a small one is drawn whole) …
  const floor = Math.floor(Math.min(64, budget / Math.max(1, projections.length)));
  const shares = counts.map((c) => Math.min(c, floor));
  // … then the rest of the budget goes out in proportion to √count, capped at each count …
  const rest = budget - shares.reduce((a, b) => a + b, 0);
  const weights = counts.map((c, i) => (c > shares[i] ? Math.sqrt(c) : 0));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  if (totalWeight > 0) counts.forEach((c, i) => { shares[i] = Math.min(c, shares[i] + Math.floor((rest * weights[i]) / totalWeight)); });
  // … and what a capped projection could not use goes to the others, in order.
  let spare = budget - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; i < projections.length && spare > 0; i++) {
    const extra = Math.min(spare, counts[i] - shares[i]);
    shares[i] += extra;
    spare -= extra;
  }
  const ids = new Int32Array(shares.reduce((a, b) => a + b, 0));
  let k = 0;
  projections.forEach((p, i) => {
    const share = shares[i];
    for (let j = 0; j < share; j++) ids[k++] = p.firstSynapse + Math.floor((j * p.count) / share);
  });
  return ids;
}
