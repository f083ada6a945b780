// The songbird scene's spectrogram (no integration; pure signal processing): a pure tone lands in
// its frequency bin in every frame, a tone that steps up moves up, silence is at the floor.
import { describe, expect, it } from 'vitest';
import { spectrogram, spectrogramPixels } from '../../../src/render/scenes/songbird/spectrogram';

const rate = 22050;
function tone(freqHz: (t: number) => number, seconds: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  let phase = 0;
  for (let i = 0; i < out.length; i++) { phase += (2 * Math.PI * freqHz(i / rate)) / rate; out[i] = 0.5 * Math.sin(phase); }
  return out;
}
const peakBin = (db: Float32Array, frame: number, bins: number): number => {
  let best = 0;
  for (let b = 1; b < bins; b++) if (db[frame * bins + b] > db[frame * bins + best]) best = b;
  return best;
};

describe('spectrogram', () => {
  it('puts a 2 kHz tone in the 2 kHz bin of every frame, with frames every hop', () => {
    const s = spectrogram(tone(() => 2000, 0.5), rate, { windowSize: 512, hopSize: 128, maxHz: 8000 });
    expect(s.binHz).toBeCloseTo(rate / 512, 9);
    expect(s.frames).toBe(1 + Math.floor((0.5 * rate - 512) / 128));
    expect(s.bins).toBe(Math.floor(8000 / s.binHz) + 1);
    expect(s.hopMs).toBeCloseTo((128 * 1000) / rate, 9);
    for (const f of [0, 10, s.frames - 1]) expect(Math.abs(peakBin(s.db, f, s.bins) * s.binHz - 2000)).toBeLessThan(s.binHz);
    // Far from the tone the Hann window's leakage is far below the peak.
    expect(s.db[10 * s.bins + Math.round(6000 / s.binHz)]).toBeLessThan(-50);
  });

  it('follows a pitch step and leaves silence at the floor', () => {
    const samples = tone((t) => (t < 0.25 ? 1000 : 4000), 0.5);
    samples.fill(0, Math.round(0.4 * rate));
    const s = spectrogram(samples, rate, { windowSize: 512, hopSize: 256, floorDb: -60 });
    const early = Math.floor((0.1 * rate) / 256), late = Math.floor((0.3 * rate) / 256), silent = s.frames - 1;
    expect(Math.abs(peakBin(s.db, early, s.bins) * s.binHz - 1000)).toBeLessThan(s.binHz);
    expect(Math.abs(peakBin(s.db, late, s.bins) * s.binHz - 4000)).toBeLessThan(s.binHz);
    for (let b = 0; b < s.bins; b++) expect(s.db[silent * s.bins + b]).toBe(-60);
  });

  it('draws low frequencies at the bottom, loud cells bright', () => {
    const s = spectrogram(tone(() => 500, 0.2), rate, { windowSize: 256, hopSize: 256, maxHz: 4000 });
    const px = spectrogramPixels(s);
    const bright = (row: number): number => px[(row * s.frames) * 4] + px[(row * s.frames) * 4 + 1];
    const toneRow = s.bins - 1 - Math.round(500 / s.binHz);
    expect(bright(toneRow)).toBeGreaterThan(bright(0) + 200);
  });
});
