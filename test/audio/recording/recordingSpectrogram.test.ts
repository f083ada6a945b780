/** The recorder's still spectrogram: a 1 kHz tone then a 2 kHz tone show their peaks where they sound. */
import { expect, it } from 'vitest';
import { recordingSpectrogram } from '../../../src/audio/recording/recordingSpectrogram';

it('puts each tone in its own bins and time, near 0 dB for a full-scale sine', () => {
  const rate = 16000;
  const samples = Float32Array.from({ length: rate }, (_, n) => Math.sin((2 * Math.PI * (n < rate / 2 ? 1000 : 2000) * n) / rate));
  const columns = recordingSpectrogram(samples, rate, 20, 4000);
  expect(columns).toHaveLength(20);
  expect(columns[0]).toHaveLength(256);
  const peakHz = (column: Float32Array) => (column.indexOf(Math.max(...column)) * rate) / 1024;
  expect(Math.abs(peakHz(columns[2]) - 1000)).toBeLessThan(16);
  expect(Math.abs(peakHz(columns[17]) - 2000)).toBeLessThan(16);
  expect(Math.max(...columns[2])).toBeGreaterThan(-3);
  expect(Math.max(...columns[2])).toBeLessThan(3);
});
