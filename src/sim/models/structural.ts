/**
 * Spine turnover (SCIENCE.md §8): how many dormant synapses grow in one check interval. The
 * expected number is growthPerSecond·interval; its fractional part becomes one more growth with
 * that probability, so the long-run rate is exact and the draw uses one uniform number.
 */
export function growthCount(growthPerSecond: number, intervalMs: number, uniform: number): number {
  const expected = (growthPerSecond * intervalMs) / 1000;
  const whole = Math.floor(expected);
  return whole + (uniform < expected - whole ? 1 : 0);
}

/** True when a synapse has stayed below the floor long enough to be pruned. */
export function shouldPrune(msBelowFloor: number, pruneAfterMs: number): boolean {
  return msBelowFloor >= pruneAfterMs;
}
