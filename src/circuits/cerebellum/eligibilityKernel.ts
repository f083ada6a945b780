/**
 * The parallel-fibre eligibility kernel of the climbing-fibre-gated LTD rule: a PF spike at time 0
 * leaves k(s) = (s/T)ⁿ·e^(n(1 − s/T)) (a gamma kernel, n = 4), which is 0 at s = 0, peaks at 1 when
 * s = T (100 ms) and is above ½ from ≈ 0.53T to ≈ 1.7T, so a climbing-fibre spike 50-200 ms after a PF
 * spike depresses it most (Chen & Thompson 1995; Wang, Denk & Häusser 2000; Medina et al. 2000 use a
 * similar window). Computed online by a chain of n + 1 exponential traces of τ = T/n (the first jumps
 * by 1 at a PF spike). Pure functions; applyCerebellarPlasticity.ts reproduces them on the dt grid.
 */
import type { CerebellumParams } from './cerebellumParams';

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

/** ∫₀^∞ k(s) ds = T·eⁿ·n!/nⁿ⁺¹ (ms): 128 ms for T = 100 ms, n = 4. */
export function kernelIntegralMs(peakMs: number, order = ELIGIBILITY_ORDER): number {
  let factorial = 1;
  for (let i = 2; i <= order; i++) factorial *= i;
  return (peakMs * Math.exp(order) * factorial) / Math.pow(order, order + 1);
}

/** The PF→Purkinje rule's constants: soft bounds, LTD a fraction of w, LTP a fraction of wMax − w. */
export interface PfRule {
  peakMs: number;
  /** Fraction of the weight removed by one CF spike per unit of kernel (k = 1 at the peak). */
  ltdPerClimbingSpike: number;
  /** Fraction of the headroom wMax − w added by one PF spike. */
  ltpPerParallelSpike: number;
  weightMax: number;
}

/**
 * The baseline weight: the fixed point of the rule under climbing-fibre spikes at `climbingHz` that
 * are uncorrelated with the parallel fibre (Mauk & Donegan 1997; Kenyon, Medina & Mauk 1998). Per PF
 * spike the expected LTD is a_LTD·(w)·r_CF·∫k and the LTP a_LTP·(wMax − w), both proportional to the
 * PF rate, so w* = wMax·a_LTP / (a_LTP + r_CF·a_LTD·∫k) whatever the PF rate: spontaneous CFs and
 * unpaired PF activity leave the weights where they are, only CFs correlated with (or suppressed
 * during) a PF's activity move it.
 */
export function pfBaselineWeight(rule: PfRule, climbingHz: number): number {
  const ltdPerPf = rule.ltdPerClimbingSpike * climbingHz * kernelIntegralMs(rule.peakMs) / 1000;
  return (rule.weightMax * rule.ltpPerParallelSpike) / (rule.ltpPerParallelSpike + ltdPerPf);
}

/**
 * PF→Purkinje weight after one PF spike train and one CF spike train (ms), from `w0`, in the order the
 * circuit applies them (applyCerebellarPlasticity.ts): at each time, a CF spike first scales w by
 * 1 − a_LTD·Σ k(t_CF − t_PF) over earlier PF spikes (same-time pairs give k(0) = 0), then a PF spike
 * adds a_LTP·(wMax − w). Returns the change w − w0.
 */
export function pfWeightChange(pfTimesMs: readonly number[], cfTimesMs: readonly number[], rule: PfRule, w0: number): number {
  const times = [...new Set([...pfTimesMs, ...cfTimesMs])].sort((a, b) => a - b);
  let w = w0;
  for (const t of times) {
    for (const tCf of cfTimesMs) {
      if (tCf !== t) continue;
      let e = 0;
      for (const tPf of pfTimesMs) if (tPf < tCf) e += eligibilityKernel(tCf - tPf, rule.peakMs);
      w = Math.max(0, w * (1 - rule.ltdPerClimbingSpike * e));
    }
    for (const tPf of pfTimesMs) if (tPf === t) w += rule.ltpPerParallelSpike * (rule.weightMax - w);
  }
  return w - w0;
}

/** The rule's constants from the circuit's parameters. */
export function pfRuleOf(p: Pick<CerebellumParams, 'eligibilityPeakMs' | 'ltdPerClimbingSpike' | 'ltpPerParallelSpike' | 'pfWeightMax'>): PfRule {
  return { peakMs: p.eligibilityPeakMs, ltdPerClimbingSpike: p.ltdPerClimbingSpike, ltpPerParallelSpike: p.ltpPerParallelSpike, weightMax: p.pfWeightMax };
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
