/**
 * The parallel-fibre eligibility kernel of the climbing-fibre-gated LTD rule: a PF spike at time 0
 * leaves k(s) = (s/T)ⁿ·e^(n(1 − s/T)) (a gamma kernel, n = 4), which is 0 at s = 0, peaks at 1 when
 * s = T (100 ms) and is above ½ from ≈ 0.53T to ≈ 1.7T, so a climbing-fibre spike 50-200 ms after a PF
 * spike depresses it most (Chen & Thompson 1995; Wang, Denk & Häusser 2000; Medina et al. 2000 use a
 * similar window). Computed online by a chain of n + 1 exponential traces of τ = T/n (the first jumps
 * by 1 at a PF spike). Pure functions; applyCerebellarPlasticity.ts reproduces them on the dt grid.
 */

/** k(s) for s ≥ 0 (ms). */
export function eligibilityKernel(sinceSpikeMs: number, peakMs: number, order = ELIGIBILITY_ORDER): number {
  if (sinceSpikeMs <= 0) return 0;
  const r = sinceSpikeMs / peakMs;
  return Math.pow(r, order) * Math.exp(order * (1 - r));
}

export const ELIGIBILITY_ORDER = 4;

/** Peak of the last trace of the chain after a unit jump, (n/e)ⁿ/n!: dividing by it gives k's peak of 1. */
export function chainPeak(order: number): number {
  let factorial = 1;
  for (let i = 2; i <= order; i++) factorial *= i;
  return Math.pow(order, order) * Math.exp(-order) / factorial;
}

/**
 * Net PF→Purkinje weight change of one PF spike train and one CF spike train (ms, ascending),
 * unbounded: each PF spike adds ltpPerSpike; each CF spike subtracts ltdPerSpike · Σ k(t_CF − t_PF)
 * over earlier PF spikes (same-tick pairs give k(0) = 0).
 */
export function pfWeightChange(pfTimesMs: readonly number[], cfTimesMs: readonly number[], peakMs: number, ltdPerSpike: number, ltpPerSpike: number): number {
  let dw = ltpPerSpike * pfTimesMs.length;
  for (const tCf of cfTimesMs) {
    for (const tPf of pfTimesMs) if (tPf < tCf) dw -= ltdPerSpike * eligibilityKernel(tCf - tPf, peakMs);
  }
  return dw;
}

/**
 * The MF→nucleus rule (Medina & Mauk 2000; Ohyama et al. 2006): a mossy-fibre spike potentiates its
 * nucleus synapse when the Purkinje input is low (a pause), depresses it slowly when high, and leaves
 * it alone in between.
 */
export function mfNucleusChange(purkinjeRateHz: number, ltpBelowHz: number, ltdAboveHz: number, ltpPerSpike: number, ltdPerSpike: number): number {
  if (purkinjeRateHz < ltpBelowHz) return ltpPerSpike;
  return purkinjeRateHz > ltdAboveHz ? -ltdPerSpike : 0;
}
