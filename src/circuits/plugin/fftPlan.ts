/**
 * Cached real-input FFT plans (fft.js, indutny) with their work buffers, one per power-of-two size,
 * so the feature extractor allocates nothing per call. fft.js ships loose `any` typings; this file is
 * the one place that touches them and gives the rest of the audio code a typed surface.
 */
import FFT from 'fft.js';

export interface RealFftPlan {
  readonly size: number;
  /** Real input, `size` long: fill it, then call `powerSpectrum`. */
  readonly input: Float64Array;
  /** |X[b]|² for bins b = 0..size/2-1 after `powerSpectrum`. */
  readonly power: Float64Array;
  /** Transforms `input` and writes `power`. */
  powerSpectrum(): void;
}

interface FftJs {
  realTransform(out: Float64Array, data: Float64Array): void;
}

const plans = new Map<number, RealFftPlan>();

/** The cached plan for a power-of-two size ≥ 4. */
export function realFftPlan(size: number): RealFftPlan {
  const cached = plans.get(size);
  if (cached !== undefined) return cached;
  if (!Number.isInteger(size) || size < 4 || (size & (size - 1)) !== 0) {
    throw new Error(`realFftPlan: size must be a power of two ≥ 4, got ${size}`);
  }
  const fft = new FFT(size) as unknown as FftJs;
  const input = new Float64Array(size);
  const complexOut = new Float64Array(2 * size);
  const power = new Float64Array(size / 2);
  const plan: RealFftPlan = {
    size,
    input,
    power,
    powerSpectrum() {
      // realTransform fills the left half of the spectrum (bins 0..size/2), interleaved re, im.
      fft.realTransform(complexOut, input);
      for (let b = 0; b < power.length; b++) {
        const re = complexOut[2 * b];
        const im = complexOut[2 * b + 1];
        power[b] = re * re + im * im;
      }
    },
  };
  plans.set(size, plan);
  return plan;
}

/** Smallest power of two ≥ n. */
export function nextPowerOfTwo(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}
