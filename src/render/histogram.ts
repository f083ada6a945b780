/** Result of binning: counts per bin over [lo, hi). */
export interface HistogramBins {
  counts: Uint32Array;
  lo: number;
  hi: number;
  maxCount: number;
  total: number;
}

/**
 * Bins `values[first .. first+count)` into `binCount` equal bins over a range that always includes 0
 * (weights are read against zero) and the data's extremes. A constant set gets a unit-wide range.
 * Non-finite values, and values whose `include` flag is 0, are skipped.
 */
export function binValues(
  values: ArrayLike<number>, first: number, count: number, binCount: number, include?: ArrayLike<number>,
): HistogramBins {
  const counts = new Uint32Array(binCount);
  let lo = 0;
  let hi = 0;
  const end = Math.min(values.length, first + count);
  for (let i = first; i < end; i++) {
    const v = values[i];
    if (!Number.isFinite(v) || (include && include[i] === 0)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi - lo <= 0) hi = lo + 1;
  const width = (hi - lo) / binCount;
  const scale = binCount / (hi - lo);
  let maxCount = 0;
  let total = 0;
  for (let i = first; i < end; i++) {
    const v = values[i];
    if (!Number.isFinite(v) || (include && include[i] === 0)) continue;
    // The maximum itself lands in the last bin (a closed upper edge).
    const bin = Math.min(binCount - 1, Math.floor((v - lo) * scale));
    const c = ++counts[bin];
    if (c > maxCount) maxCount = c;
    total++;
  }
  return { counts, lo, hi: lo + width * binCount, maxCount, total };
}
