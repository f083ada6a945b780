/**
 * Synaptic scaling (Turrigiano et al. 1998, Nature 391:892): every excitatory weight onto a neuron is
 * multiplied by one common factor driven by the gap between a target rate and a slow rate average.
 * Pure functions; plasticity/applyHomeostaticScaling.ts applies them.
 */

/** Jump of the slow rate average (Hz) per spike, so that its mean equals the firing rate. */
export function rateJumpHz(tauRateMs: number): number {
  return 1000 / tauRateMs;
}

/** Common factor for one scaling step of intervalMs: exp(rate·interval·(target − average)), always > 0. */
export function scalingFactor(targetRateHz: number, averageRateHz: number, scalingRatePerMs: number, intervalMs: number): number {
  return Math.exp(scalingRatePerMs * intervalMs * (targetRateHz - averageRateHz));
}
