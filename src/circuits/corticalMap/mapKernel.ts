/**
 * The pure arithmetic of a competitive cortical map (von der Malsburg 1973; Kohonen 1982; Amari 1977),
 * on flat typed arrays and without allocation, so the circuit's system and the tests share it.
 * A sheet of `units` cortical units sits along a line; every unit has one weight per input channel
 * (row i holds unit i's weights: w[i·channels + c]).
 *
 * - drive: feedforward drive h_i = Σ_c w_ic x_c.
 * - lateral interaction: short-range excitation with longer-range inhibition (a Mexican hat) makes
 *   the sheet settle into one bump of activity around the most strongly driven unit (Amari 1977);
 *   the kernel uses that steady state directly: r_i = h_max · exp(−(i − i*)² / 2σ_b²), where i* is
 *   the unit with the largest drive and σ_b the bump's width (Kohonen's shortcut, 1982).
 * - learning: Hebbian Δw_ic = η · r_i · x_c, then each changed row is scaled back to a fixed sum S
 *   (divisive normalisation: von der Malsburg 1973), so a synapse grows only at the others' expense.
 */

/** The input pattern of one touch: a Gaussian bump of width `widthChannels` centred at `centre` (channels of one group, [first, first + count)). Other channels are 0. */
export function touchPattern(x: Float64Array, first: number, count: number, centre: number, widthChannels: number): void {
  x.fill(0);
  const twoSigma2 = 2 * widthChannels * widthChannels;
  for (let k = 0; k < count; k++) {
    const d = k + 0.5 - centre;
    x[first + k] = Math.exp(-(d * d) / twoSigma2);
  }
}

/** Silences the channels whose `silent` flag is 1 (a cut nerve or an amputated digit sends nothing). */
export function silenceChannels(x: Float64Array, silent: Uint8Array): void {
  for (let c = 0; c < x.length; c++) if (silent[c] === 1) x[c] = 0;
}

/** h_i = Σ_c w_ic x_c for every unit; returns the index of the most strongly driven unit (the first on ties), or −1 when no unit is driven. */
export function driveUnits(weights: Float64Array, x: Float64Array, units: number, h: Float64Array): number {
  const channels = x.length;
  let best = -1;
  let bestDrive = 0;
  for (let i = 0; i < units; i++) {
    const row = i * channels;
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += weights[row + c] * x[c];
    h[i] = sum;
    if (sum > bestDrive) { bestDrive = sum; best = i; }
  }
  return best;
}

/** The settled activity of the sheet: a bump of height h[winner] and width bumpWidthUnits around the winner (all 0 when winner < 0). */
export function settleActivity(h: Float64Array, winner: number, bumpWidthUnits: number, r: Float64Array): void {
  r.fill(0);
  if (winner < 0) return;
  const height = h[winner];
  const twoSigma2 = 2 * bumpWidthUnits * bumpWidthUnits;
  for (let i = 0; i < r.length; i++) {
    const d = i - winner;
    r[i] = height * Math.exp(-(d * d) / twoSigma2);
  }
}

/**
 * Hebbian step with divisive normalisation: for each unit with activity above `minActivity`,
 * w_ic += rate · r_i · x_c, then the row is scaled to sum `rowSum`.
 */
export function learnHebbian(
  weights: Float64Array, x: Float64Array, r: Float64Array, rate: number, rowSum: number, minActivity: number,
): void {
  const channels = x.length;
  for (let i = 0; i < r.length; i++) {
    const ri = r[i];
    if (ri <= minActivity) continue;
    const row = i * channels;
    const step = rate * ri;
    let sum = 0;
    for (let c = 0; c < channels; c++) {
      const w = weights[row + c] + step * x[c];
      weights[row + c] = w;
      sum += w;
    }
    if (sum > 0) {
      const scale = rowSum / sum;
      for (let c = 0; c < channels; c++) weights[row + c] *= scale;
    }
  }
}

/** Scales every row to sum `rowSum` (after the initial weights are drawn). */
export function normaliseRows(weights: Float64Array, units: number, rowSum: number): void {
  const channels = weights.length / units;
  for (let i = 0; i < units; i++) {
    const row = i * channels;
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += weights[row + c];
    if (sum > 0) for (let c = 0; c < channels; c++) weights[row + c] *= rowSum / sum;
  }
}

/** Plasticity at an age: η(age) = ηAdult + (ηYoung − ηAdult)·exp(−age/τ) (a plastic period that closes with age; Hensch 2005). */
export function learningRateAt(ageMs: number, youngRate: number, adultRate: number, plasticPeriodMs: number): number {
  return adultRate + (youngRate - adultRate) * Math.exp(-Math.max(0, ageMs) / plasticPeriodMs);
}
