/**
 * The node-perturbation rule of Fiete, Fee & Seung (2007), as two kernels on flat arrays.
 *
 * LMAN drives each RA neuron i with a fluctuating current; its deviation from its mean,
 * ξ_i(t) = I_LMAN,i(t) − ⟨I_LMAN,i⟩, is the exploration. A synapse from HVC neuron j onto RA neuron i
 * keeps the eligibility e_ij = Σ_t x_j(t)·ξ_i(t)·dt over the rendition, where x_j is HVC neuron j's
 * presynaptic trace (the shape of the current it drives). When the critic's reinforcement R arrives,
 * Δw_ij = η·(R − R̄)·e_ij, with R̄ the running mean of R (here R − R̄ of the moments of the song
 * neuron j acts on: temporalCredit.ts): synapses whose HVC neuron was active while
 * LMAN happened to push RA neuron i up are strengthened after a better-than-usual song and weakened
 * after a worse one. In expectation this follows the gradient of R (Williams 1992; Fiete et al. 2007).
 * Without LMAN, ξ ≡ 0: nothing is eligible and nothing changes.
 */

/**
 * e[j·raCount + i] += x_j·ξ_i·dtMs for every HVC neuron j whose trace is non-zero (the sequence is
 * sparse: a few at a time), so the work per tick is (active HVC neurons) × raCount.
 */
export function accumulateEligibility(
  eligibility: Float64Array, hvcTrace: Float64Array, deviation: Float64Array, raCount: number, dtMs: number,
): void {
  for (let j = 0; j < hvcTrace.length; j++) {
    const x = hvcTrace[j] * dtMs;
    if (x === 0) continue;
    const row = j * raCount;
    for (let i = 0; i < raCount; i++) eligibility[row + i] += x * deviation[i];
  }
}

/**
 * w_ij ← clip(w_ij + η·δ_j·e_ij, 0, wMax) for the dense HVC→RA rows (synapse of j → i at rows[j] + i),
 * with δ_j = R − R̄ of the song frames HVC neuron j acts on (temporalCredit.ts; the whole song's
 * R − R̄ for every j gives the rule with one scalar reinforcement).
 */
export function applyNodePerturbation(
  weight: Float64Array, rows: Int32Array, eligibility: Float64Array, hvcCount: number, raCount: number,
  learningRate: number, deltaOfHvc: Float64Array, wMax: number,
): void {
  for (let j = 0; j < hvcCount; j++) {
    const scale = learningRate * deltaOfHvc[j];
    if (scale === 0) continue;
    const first = rows[j];
    const row = j * raCount;
    for (let i = 0; i < raCount; i++) {
      const w = weight[first + i] + scale * eligibility[row + i];
      weight[first + i] = w < 0 ? 0 : w > wMax ? wMax : w;
    }
  }
}
