/**
 * Pitch-contingent white noise (Tumer & Brainard 2007): a burst of broadband noise played over part of
 * a rendition. Deterministic: the caller supplies the uint32 source (the circuit passes its rng stream).
 */

const UINT32_RANGE = 4294967296;

/**
 * Adds uniform white noise in [−amplitude, +amplitude] (RMS = amplitude/√3) to samples[startSample, endSample),
 * clamping the result to [−1, 1]. Out-of-range indices are clipped to the buffer; non-positive or
 * non-finite amplitude adds nothing (and draws no numbers, so the rng stream is untouched).
 */
export function addWhiteNoise(
  samples: Float32Array,
  startSample: number,
  endSample: number,
  amplitude: number,
  nextUint32: () => number,
): void {
  if (!(amplitude > 0) || !Number.isFinite(amplitude)) return;
  const start = Math.max(0, Math.ceil(startSample));
  const end = Math.min(samples.length, Math.floor(endSample));
  for (let n = start; n < end; n++) {
    const uniform = ((nextUint32() >>> 0) + 0.5) / UINT32_RANGE; // (0, 1)
    const value = samples[n] + amplitude * (2 * uniform - 1);
    samples[n] = value > 1 ? 1 : value < -1 ? -1 : value;
  }
}
