/**
 * Short-time power spectrum of a song (what the spectrograms of the songbird scene show): Hann
 * window of `windowSize` samples every `hopSize` samples, power in dB relative to the loudest cell,
 * clipped at `floorDb`, for frequencies up to `maxHz`. Uses the circuit's cached FFT plans
 * (src/circuits/plugin/fftPlan.ts), so repeated calls allocate only their output.
 */
import { realFftPlan } from '../../../circuits/plugin/fftPlan';

export interface SpectrogramOptions {
  /** Power of two (default 512: 23 ms at 22.05 kHz, 43 Hz per bin). */
  windowSize?: number;
  /** Samples between window starts (default windowSize / 4). */
  hopSize?: number;
  /** Highest frequency kept (Hz, default 8000). */
  maxHz?: number;
  /** Cells quieter than this (dB below the loudest) are clipped to it (default −70). */
  floorDb?: number;
}

export interface Spectrogram {
  /** Time frames (columns). */
  frames: number;
  /** Frequency bins kept (rows), bin 0 = 0 Hz. */
  bins: number;
  binHz: number;
  hopMs: number;
  floorDb: number;
  /** dB re the loudest cell (≤ 0), frame-major: db[frame · bins + bin]. */
  db: Float32Array;
}

export function spectrogram(samples: Float32Array, sampleRateHz: number, options: SpectrogramOptions = {}): Spectrogram {
  const windowSize = options.windowSize ?? 512;
  const hop = options.hopSize ?? windowSize / 4;
  const floorDb = options.floorDb ?? -70;
  const plan = realFftPlan(windowSize);
  const binHz = sampleRateHz / windowSize;
  const bins = Math.max(1, Math.min(windowSize / 2, Math.floor((options.maxHz ?? 8000) / binHz) + 1));
  const frames = samples.length >= windowSize ? 1 + Math.floor((samples.length - windowSize) / hop) : samples.length > 0 ? 1 : 0;
  const power = new Float32Array(frames * bins);
  const hann = hannWindow(windowSize);
  let max = 0;
  for (let f = 0; f < frames; f++) {
    const start = f * hop;
    for (let i = 0; i < windowSize; i++) {
      const k = start + i;
      plan.input[i] = k < samples.length ? samples[k] * hann[i] : 0;
    }
    plan.powerSpectrum();
    for (let b = 0; b < bins; b++) {
      const p = plan.power[b];
      power[f * bins + b] = p;
      if (p > max) max = p;
    }
  }
  const db = power;
  for (let k = 0; k < db.length; k++) {
    const v = max > 0 && db[k] > 0 ? 10 * Math.log10(db[k] / max) : floorDb;
    db[k] = v < floorDb ? floorDb : v;
  }
  return { frames, bins, binHz, hopMs: (1000 * hop) / sampleRateHz, floorDb, db };
}

const hannCache = new Map<number, Float64Array>();
function hannWindow(n: number): Float64Array {
  let w = hannCache.get(n);
  if (!w) {
    w = new Float64Array(n);
    for (let i = 0; i < n; i++) w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n);
    hannCache.set(n, w);
  }
  return w;
}

/** Colour stops (dark violet → orange → pale yellow), a perceptually ordered map for dB. */
const STOPS: readonly [number, number, number][] = [[10, 8, 30], [70, 20, 110], [180, 50, 100], [245, 130, 40], [252, 240, 170]];

/** Writes the spectrogram as RGBA pixels (width = frames, height = bins, low frequencies at the bottom). */
export function spectrogramPixels(s: Spectrogram, out: Uint8ClampedArray = new Uint8ClampedArray(s.frames * s.bins * 4)): Uint8ClampedArray {
  for (let f = 0; f < s.frames; f++) {
    for (let b = 0; b < s.bins; b++) {
      const t = 1 - s.db[f * s.bins + b] / s.floorDb; // 0 at the floor, 1 at the loudest
      const x = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
      const i = Math.min(STOPS.length - 2, Math.floor(x));
      const u = x - i;
      const row = s.bins - 1 - b;
      const p = (row * s.frames + f) * 4;
      for (let c = 0; c < 3; c++) out[p + c] = STOPS[i][c] + (STOPS[i + 1][c] - STOPS[i][c]) * u;
      out[p + 3] = 255;
    }
  }
  return out;
}
