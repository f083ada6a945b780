/** Small analysis helpers for the sound tests: a windowed spectrum's peak, band energies, peak level. */
import { nextPowerOfTwo, realFftPlan } from '../../src/circuits/plugin/fftPlan';

/** Power spectrum of samples[start, start + length) under a Hann window, zero-padded 4×. */
export function powerSpectrum(samples: Float32Array, start: number, length: number): { power: Float64Array; binHz: (rateHz: number) => number } {
  const size = nextPowerOfTwo(4 * length);
  const plan = realFftPlan(size);
  plan.input.fill(0);
  for (let i = 0; i < length && start + i < samples.length; i++) {
    plan.input[i] = samples[start + i] * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (length - 1)));
  }
  plan.powerSpectrum();
  return { power: Float64Array.from(plan.power), binHz: (rateHz) => rateHz / size };
}

/** Frequency of the strongest spectral peak in a window (Hz), refined by parabolic interpolation of log power. */
export function dominantHz(samples: Float32Array, rateHz: number, start: number, length: number): number {
  const { power, binHz } = powerSpectrum(samples, start, length);
  let best = 1;
  for (let b = 2; b < power.length - 1; b++) if (power[b] > power[best]) best = b;
  const [a, p, c] = [power[best - 1], power[best], power[best + 1]].map((x) => Math.log(x + 1e-30));
  const offset = (0.5 * (a - c)) / (a - 2 * p + c);
  return (best + (Number.isFinite(offset) ? offset : 0)) * binHz(rateHz);
}

/**
 * Spectral flatness (geometric / arithmetic mean of power) over [loHz, hiHz]: near 1 for white
 * noise, near 0 for a tone.
 */
export function spectralFlatness(samples: Float32Array, rateHz: number, start: number, length: number, loHz: number, hiHz: number): number {
  const { power, binHz } = powerSpectrum(samples, start, length);
  const hz = binHz(rateHz);
  let logSum = 0, sum = 0, n = 0;
  for (let b = Math.ceil(loHz / hz); b <= Math.floor(hiHz / hz) && b < power.length; b++) {
    logSum += Math.log(power[b] + 1e-30);
    sum += power[b];
    n++;
  }
  return Math.exp(logSum / n) / (sum / n);
}

export function peakAbs(samples: Float32Array): number {
  let peak = 0;
  for (const x of samples) peak = Math.max(peak, Math.abs(x));
  return peak;
}
