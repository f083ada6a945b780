/**
 * Small statistics the cortex measures need, as pure functions: Pearson's r between two tunings
 * (Vogels et al. 2011 compare excitatory and inhibitory weights channel by channel), the coefficient
 * of variation of inter-spike intervals (≈ 1 for Poisson-like firing, 0 for a clock), and a standard
 * deviation from running sums (spike-time jitter pooled over trials without storing the times).
 */

/** Pearson correlation of x and y (same length); NaN when either is constant or shorter than 2. */
export function pearsonCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n < 2 || y.length !== n) return Number.NaN;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
  mx /= n; my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx, dy = y[i] - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

/** SD / mean of the values (population SD); NaN for fewer than 2 values or a zero mean. */
export function coefficientOfVariation(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  let sum = 0, sumSq = 0;
  for (let i = 0; i < n; i++) { sum += values[i]; sumSq += values[i] * values[i]; }
  return cvFromSums(n, sum, sumSq);
}

/** SD / mean from a count, Σx and Σx² (population SD); NaN for n < 2 or a zero mean. */
export function cvFromSums(n: number, sum: number, sumSq: number): number {
  if (n < 2 || sum === 0) return Number.NaN;
  const mean = sum / n;
  return sdFromSums(n, sum, sumSq) / mean;
}

/** Population standard deviation from a count, Σx and Σx² (NaN for n = 0); rounding below 0 reads as 0. */
export function sdFromSums(n: number, sum: number, sumSq: number): number {
  if (n === 0) return Number.NaN;
  const mean = sum / n;
  const variance = sumSq / n - mean * mean;
  return variance > 0 ? Math.sqrt(variance) : 0;
}
