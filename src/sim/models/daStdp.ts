/**
 * Dopamine-gated STDP (Izhikevich 2007, Cerebral Cortex 17:2443):
 *   dc/dt = −c/τc + STDP(Δt)·δ(t − t_spike),   dw/dt = c·d,
 * with d the dopamine level, which relaxes to a baseline b with τd. Pure functions for the closed
 * form and for the exact integral of c·d over one step, which the system uses every tick.
 */

/** Δw of one eligibility increment c0 followed Δ ms later by one dopamine pulse D0 (baseline 0). */
export function daStdpClosedForm(c0: number, d0: number, delayMs: number, tauCMs: number, tauDMs: number): number {
  return c0 * d0 * Math.exp(-delayMs / tauCMs) * (tauCMs * tauDMs) / (tauCMs + tauDMs);
}

/**
 * Constants for ∫₀^dt c(s)·d(s) ds with c(s) = c·e^(−s/τc), d(s) = b + (L − b)·e^(−s/τd):
 * the integral is c·(b·baselineFactor + (L − b)·excessFactor).
 */
export interface DaIntegralFactors {
  baselineFactor: number;
  excessFactor: number;
}

export function daIntegralFactors(dtMs: number, tauCMs: number, tauDMs: number): DaIntegralFactors {
  const baselineFactor = tauCMs * (1 - Math.exp(-dtMs / tauCMs));
  if (!(tauDMs > 0)) return { baselineFactor, excessFactor: 0 };
  const tauBoth = (tauCMs * tauDMs) / (tauCMs + tauDMs);
  return { baselineFactor, excessFactor: tauBoth * (1 - Math.exp(-dtMs / tauBoth)) };
}

/** ∫ over one step of c·d per unit of c at the step's start. */
export function daStepIntegral(levelAtStart: number, baseline: number, f: DaIntegralFactors): number {
  return baseline * f.baselineFactor + (levelAtStart - baseline) * f.excessFactor;
}
