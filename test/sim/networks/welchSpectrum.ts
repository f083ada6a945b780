/**
 * Welch power spectrum of an evenly sampled signal (Welch 1967): Hann-windowed segments of a
 * power-of-two length overlapping by half, each with its own mean removed, periodograms averaged.
 * Used by the network-rhythm tests on a population's spike count per tick. fft.js (indutny) does the
 * transforms; the power is |X|² per bin, in arbitrary units, which is all band ratios need.
 */
import FFT from 'fft.js';

export interface PowerSpectrum {
  /** Frequency of bin b is b·binHz. */
  readonly binHz: number;
  /** Mean periodogram per bin, bins 0..segment/2−1. */
  readonly power: Float64Array;
  readonly segments: number;
}

interface FftJs {
  realTransform(out: Float64Array, data: Float64Array): void;
}

/** Welch spectrum of `signal` sampled at `sampleHz` with segments `segmentLength` long (a power of two). */
export function welchSpectrum(signal: ArrayLike<number>, sampleHz: number, segmentLength: number): PowerSpectrum {
  if (segmentLength < 4 || (segmentLength & (segmentLength - 1)) !== 0) {
    throw new Error(`welchSpectrum: the segment length must be a power of two ≥ 4, got ${segmentLength}`);
  }
  if (signal.length < segmentLength) {
    throw new Error(`welchSpectrum: the signal (${signal.length} samples) is shorter than one segment (${segmentLength})`);
  }
  const fft = new FFT(segmentLength) as unknown as FftJs;
  const windowed = new Float64Array(segmentLength);
  const transformed = new Float64Array(2 * segmentLength);
  const power = new Float64Array(segmentLength / 2);
  const hann = Float64Array.from({ length: segmentLength }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (segmentLength - 1)));
  let segments = 0;
  for (let start = 0; start + segmentLength <= signal.length; start += segmentLength / 2) {
    let mean = 0;
    for (let i = 0; i < segmentLength; i++) mean += signal[start + i];
    mean /= segmentLength;
    for (let i = 0; i < segmentLength; i++) windowed[i] = (signal[start + i] - mean) * hann[i];
    fft.realTransform(transformed, windowed);
    for (let b = 0; b < power.length; b++) power[b] += transformed[2 * b] ** 2 + transformed[2 * b + 1] ** 2;
    segments += 1;
  }
  for (let b = 0; b < power.length; b++) power[b] /= segments;
  return { binHz: sampleHz / segmentLength, power, segments };
}

/** Mean power over the bins whose frequency lies in [lowHz, highHz]. */
export function bandPower(spectrum: PowerSpectrum, lowHz: number, highHz: number): number {
  const { first, last } = binRange(spectrum, lowHz, highHz);
  let sum = 0;
  for (let b = first; b <= last; b++) sum += spectrum.power[b];
  return sum / (last - first + 1);
}

/** The bin of highest power in [lowHz, highHz], as its frequency and power. */
export function peakIn(spectrum: PowerSpectrum, lowHz: number, highHz: number): { hz: number; power: number } {
  const { first, last } = binRange(spectrum, lowHz, highHz);
  let best = first;
  for (let b = first + 1; b <= last; b++) if (spectrum.power[b] > spectrum.power[best]) best = b;
  return { hz: best * spectrum.binHz, power: spectrum.power[best] };
}

/** The spectrum smoothed by a running mean over `bins` bins (odd), for locating broad bumps. */
export function smoothed(spectrum: PowerSpectrum, bins: number): PowerSpectrum {
  const half = Math.floor(bins / 2);
  const power = spectrum.power.map((_, b) => {
    let sum = 0;
    let n = 0;
    for (let k = Math.max(0, b - half); k <= Math.min(spectrum.power.length - 1, b + half); k++) { sum += spectrum.power[k]; n += 1; }
    return sum / n;
  });
  return { ...spectrum, power };
}

function binRange(spectrum: PowerSpectrum, lowHz: number, highHz: number): { first: number; last: number } {
  const first = Math.max(0, Math.ceil(lowHz / spectrum.binHz));
  const last = Math.min(spectrum.power.length - 1, Math.floor(highHz / spectrum.binHz));
  if (last < first) throw new Error(`no spectrum bin lies in ${lowHz}–${highHz} Hz (bins are ${spectrum.binHz} Hz apart)`);
  return { first, last };
}
