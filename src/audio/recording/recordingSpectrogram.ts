/**
 * A still spectrogram of a whole recording, for the recorder's trim view: `columns` evenly spaced
 * Hann-windowed spectra (1024 points), each the magnitudes in dB from 0 to topHz. Pure.
 */
import { realFftPlan } from '../../circuits/plugin/fftPlan';

const SIZE = 1024;

export function recordingSpectrogram(samples: Float32Array, sampleRateHz: number, columns: number, topHz = 4000): Float32Array[] {
  const plan = realFftPlan(SIZE);
  const bins = Math.min(plan.power.length, Math.ceil((topHz / sampleRateHz) * SIZE));
  const out: Float32Array[] = [];
  const hop = Math.max(1, (samples.length - SIZE) / Math.max(1, columns - 1));
  for (let c = 0; c < columns; c++) {
    const start = Math.round(c * hop);
    for (let j = 0; j < SIZE; j++) {
      const n = start + j;
      const x = n < samples.length ? samples[n] : 0;
      plan.input[j] = x * (0.5 - 0.5 * Math.cos((2 * Math.PI * (j + 0.5)) / SIZE));
    }
    plan.powerSpectrum();
    const column = new Float32Array(bins);
    // dB of the magnitude normalised like an AnalyserNode's (a full-scale sine near 0 dB).
    for (let b = 0; b < bins; b++) column[b] = 10 * Math.log10(plan.power[b] / ((SIZE / 4) ** 2) + 1e-12);
    out.push(column);
  }
  return out;
}
