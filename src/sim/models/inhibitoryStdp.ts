/**
 * Inhibitory spike-timing-dependent plasticity (Vogels, Sprekeler, Zenke, Clopath & Gerstner 2011,
 * Science 334:1569). A symmetric window: near-coincident pre and post spikes strengthen the
 * inhibitory synapse, and every presynaptic spike weakens it by a constant α. With α = 2·ρ₀·τ the
 * weight stops moving when the postsynaptic rate is ρ₀, so inhibition balances excitation and holds
 * each cell near its target rate (SCIENCE.md §8: 3 Hz).
 * Pure functions; plasticity/applyInhibitoryStdp.ts runs the online form with traces.
 */

/** α = 2·ρ₀·τ, the depression per presynaptic spike in trace units (ρ₀ in Hz, τ in ms). */
export function inhibitoryDepressionOffset(targetRateHz: number, tauMs: number): number {
  return 2 * (targetRateHz / 1000) * tauMs;
}

/**
 * Weight change of one pre/post spike pair at lag Δt = t_post − t_pre (either sign): η·e^(−|Δt|/τ).
 * Each presynaptic spike also contributes −η·α on its own (inhibitoryDepressionOffset).
 */
export function inhibitoryPairChange(learningRate: number, tauMs: number, lagMs: number): number {
  return learningRate * Math.exp(-Math.abs(lagMs) / tauMs);
}

/**
 * Expected drift of the weight per second for independent Poisson pre (ρ_pre) and post (ρ_post)
 * spike trains: η·ρ_pre·(2·τ·ρ_post − α) (rates in Hz, τ in ms → per ms converted). Zero at ρ_post = ρ₀.
 */
export function inhibitoryDriftPerSecond(learningRate: number, tauMs: number, targetRateHz: number, preRateHz: number, postRateHz: number): number {
  const alpha = inhibitoryDepressionOffset(targetRateHz, tauMs);
  return learningRate * preRateHz * (2 * tauMs * (postRateHz / 1000) - alpha);
}
