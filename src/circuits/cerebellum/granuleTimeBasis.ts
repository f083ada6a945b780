/**
 * The granule-cell time basis: after tone onset, each group of granule cells fires in a bump
 * centred on its own delay d with width σ(d) = σ₀ + k·d, so that the population tiles the time
 * since onset and the code blurs with delay (Medina & Mauk 2000; Buonomano & Mauk 1994 derive
 * such a basis from Golgi-granule feedback, which is replaced here by its result). Pure functions.
 */
import type { CerebellumParams } from './cerebellumParams';

/** Preferred delays (ms) of the bumps: each is one spacing (in widths) after the previous. */
export function bumpDelaysMs(p: Pick<CerebellumParams, 'firstDelayMs' | 'lastDelayMs' | 'widthBaseMs' | 'widthPerDelay' | 'spacingInWidths'>): number[] {
  const delays: number[] = [];
  for (let d = p.firstDelayMs; d <= p.lastDelayMs; d += p.spacingInWidths * bumpWidthMs(d, p)) delays.push(d);
  return delays;
}

export function bumpWidthMs(delayMs: number, p: Pick<CerebellumParams, 'widthBaseMs' | 'widthPerDelay'>): number {
  return p.widthBaseMs + p.widthPerDelay * delayMs;
}

/** Tone-evoked rate (Hz, above background) of a bump at `delayMs`, `sinceOnsetMs` after tone onset. */
export function bumpRateHz(sinceOnsetMs: number, delayMs: number, p: Pick<CerebellumParams, 'widthBaseMs' | 'widthPerDelay' | 'granulePeakHz' | 'granuleFadeMs'>): number {
  const sigma = bumpWidthMs(delayMs, p);
  const z = (sinceOnsetMs - delayMs) / sigma;
  return p.granulePeakHz * Math.exp(-delayMs / p.granuleFadeMs) * Math.exp(-0.5 * z * z);
}

/**
 * Per-tick spike probabilities of each bump for each tick since onset, as one table
 * [bump·ticks + tick] (the background rate included), so the per-tick loop does no exp().
 */
export function bumpProbabilityTable(delays: readonly number[], ticks: number, dtMs: number, p: CerebellumParams): Float64Array {
  const table = new Float64Array(delays.length * ticks);
  for (let b = 0; b < delays.length; b++) {
    for (let t = 0; t < ticks; t++) {
      const rate = p.granuleBackgroundHz + bumpRateHz(t * dtMs, delays[b], p);
      table[b * ticks + t] = Math.min(1, (rate * dtMs) / 1000);
    }
  }
  return table;
}
