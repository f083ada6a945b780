/**
 * How bright a modulator cloud glows. A pool sits at its baseline most of the time and bursts or
 * dips away from it; the cloud shows the excursion (level − baseline) relative to a reference scale:
 * the baseline itself, or the largest recent excursion when that is bigger (a pool with baseline 0,
 * like a circuit's own dopamine pool, would otherwise have no scale). The reference forgets old peaks
 * slowly (half-life `referenceHalfLifeMs` of wall time), so a later, smaller burst still shows.
 */

export const referenceHalfLifeMs = 20_000;
export const kindColors: Record<number, number> = {
  0: 0xffc94a, // dopamine: gold
  1: 0x5fe3a1, // acetylcholine: green
  2: 0xff7ab8, // norepinephrine: pink
};

/** The reference scale after `deltaMs` of wall time at `level`. */
export function nextReference(reference: number, level: number, baseline: number, deltaMs: number): number {
  const decayed = reference * Math.pow(0.5, Math.max(0, deltaMs) / referenceHalfLifeMs);
  return Math.max(decayed, Math.abs(level - baseline), Math.abs(baseline), 1e-12);
}

/** Signed excursion in [−1, 1]: +1 a burst as big as the reference, −1 a full dip. */
export function excursion(level: number, baseline: number, reference: number): number {
  if (!(reference > 0) || !Number.isFinite(level)) return 0;
  return Math.max(-1, Math.min(1, (level - baseline) / reference));
}

/** Cloud alpha and size factor for an excursion: brighter and larger on a burst, faint and small on a dip. */
export function glowStyle(e: number): { alpha: number; scale: number } {
  const k = Math.max(-1, Math.min(1, e));
  return k >= 0 ? { alpha: 0.32 + 0.6 * k, scale: 1 + 0.6 * k } : { alpha: 0.32 + 0.2 * k, scale: 1 + 0.35 * k };
}
