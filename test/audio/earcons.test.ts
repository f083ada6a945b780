/**
 * "Listen" to the earcons by rendering them to WAV and analysing the decoded bytes: pitch, duration,
 * headroom, noise vs tone, the chime's two notes, the chirps' direction. Deterministic (seeded noise,
 * no sim). With WRITE_SOUND=1 the WAVs are also written to test-output/sound/ to listen to or
 * inspect (e.g. `WRITE_SOUND=1 npx vitest run test/audio/earcons.test.ts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeWav, encodeWav } from '../../src/circuits/plugin/wav';
import { extractSongFeatures } from '../../src/circuits/songbird/audio/songFeatures';
import {
  BURST_CHIRP_HZ, BURST_CHIRP_MS, CHIME_NOTE_HZ, CHIME_NOTE_MS, DIP_TONE_HZ, DIP_TONE_MS, EARCON_SAMPLE_RATE_HZ as RATE, PUFF_MS,
  burstChirpSamples, buzzSamples, chimeSamples, clickTrainSamples, dipToneSamples, puffSamples, spikeClickSamples, toneSamples,
} from '../../src/audio/earcons';
import { dominantHz, peakAbs, spectralFlatness } from './spectrum';

const OUT_DIR = 'test-output/sound';

/** Encodes to WAV bytes, optionally writes them, and returns what a player would hear (the decoded samples). */
function listen(name: string, samples: Float32Array): Float32Array {
  const bytes = encodeWav(samples, RATE);
  if (process.env.WRITE_SOUND === '1') {
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(`${OUT_DIR}/${name}.wav`, bytes);
  }
  const decoded = decodeWav(bytes);
  if (!decoded.ok) throw new Error(decoded.error);
  expect(decoded.sampleRateHz).toBe(RATE);
  return decoded.samples;
}

const ms = (samples: Float32Array): number => (samples.length / RATE) * 1000;
const at = (timeMs: number): number => Math.round((timeMs * RATE) / 1000);

function expectCleanEdges(samples: Float32Array): void {
  expect(peakAbs(samples)).toBeLessThan(0.95); // headroom: never clips
  expect(Math.abs(samples[0])).toBeLessThan(1e-3);
  expect(Math.abs(samples[samples.length - 1])).toBeLessThan(2e-3);
}

describe('earcons rendered to WAV (22.05 kHz, 16-bit)', () => {
  it('the CS tone is 1 kHz for the asked duration, with 5 ms ramps', () => {
    const tone = listen('tone-650ms', toneSamples(650));
    expect(ms(tone)).toBeCloseTo(650, 0);
    expectCleanEdges(tone);
    expect(dominantHz(tone, RATE, at(100), at(400))).toBeCloseTo(1000, 0);
    // The songbird's feature extractor hears the same pitch in every frame after the ramp.
    const features = extractSongFeatures(tone, RATE, 10);
    const voiced = Array.from(features.pitchHz).slice(1, -1);
    expect(voiced.every((hz) => Math.abs(hz - 1000) < 5)).toBe(true);
    // Ramp: the envelope is rising through the first 5 ms and full after it.
    const early = peakAbs(tone.subarray(0, at(1)));
    const full = peakAbs(tone.subarray(at(6), at(8)));
    expect(early).toBeLessThan(0.1 * full);
    expect(full).toBeGreaterThan(0.33);
    const short = listen('tone-60ms', toneSamples(60));
    expect(ms(short)).toBeCloseTo(60, 0);
  });

  it('the air puff is broadband and unvoiced, 140 ms, decaying', () => {
    const puff = listen('puff', puffSamples());
    expect(ms(puff)).toBeCloseTo(PUFF_MS, 0);
    expectCleanEdges(puff);
    const flatness = spectralFlatness(puff, RATE, 0, at(60), 1000, 5000);
    const toneFlatness = spectralFlatness(toneSamples(200), RATE, at(20), at(60), 1000, 5000);
    expect(flatness).toBeGreaterThan(0.2);
    expect(toneFlatness).toBeLessThan(0.01);
    const features = extractSongFeatures(puff, RATE, 10);
    expect(Array.from(features.voiced).every((v) => v === 0)).toBe(true);
    expect(peakAbs(puff.subarray(at(100)))).toBeLessThan(0.5 * peakAbs(puff.subarray(0, at(30))));
  });

  it('the reward chime has two pitches, low then high', () => {
    const chime = listen('chime', chimeSamples());
    expectCleanEdges(chime);
    expect(ms(chime)).toBeCloseTo(3 * CHIME_NOTE_MS, 0);
    expect(dominantHz(chime, RATE, at(5), at(CHIME_NOTE_MS - 20))).toBeCloseTo(CHIME_NOTE_HZ[0], -1);
    expect(dominantHz(chime, RATE, at(CHIME_NOTE_MS + 5), at(CHIME_NOTE_MS))).toBeCloseTo(CHIME_NOTE_HZ[1], -1);
  });

  it('the dopamine burst chirp rises and the dip tone falls, low', () => {
    const burst = listen('dopamine-burst', burstChirpSamples());
    const dip = listen('dopamine-dip', dipToneSamples());
    expectCleanEdges(burst);
    expectCleanEdges(dip);
    expect(ms(burst)).toBeCloseTo(BURST_CHIRP_MS, 0);
    expect(ms(dip)).toBeCloseTo(DIP_TONE_MS, 0);
    const track = (samples: Float32Array, windows: number): number[] => {
      const length = Math.floor(samples.length / windows);
      return Array.from({ length: windows }, (_, w) => dominantHz(samples, RATE, w * length, length));
    };
    const up = track(burst, 4);
    const down = track(dip, 4);
    for (let i = 1; i < 4; i++) {
      expect(up[i]).toBeGreaterThan(up[i - 1] * 1.15);
      expect(down[i]).toBeLessThan(down[i - 1] / 1.1);
    }
    expect(up[0]).toBeGreaterThan(BURST_CHIRP_HZ[0] * 0.95);
    expect(up[3]).toBeLessThan(BURST_CHIRP_HZ[1] * 1.05);
    expect(down[0]).toBeLessThan(DIP_TONE_HZ[0] * 1.05);
    expect(down[3]).toBeGreaterThan(DIP_TONE_HZ[1] * 0.95);
  });

  it('spike clicks are 4 ms; buzz and click-train cues last their duration without clipping', () => {
    const click = listen('spike-click', spikeClickSamples());
    expect(ms(click)).toBeCloseTo(4, 0);
    expect(peakAbs(click)).toBeGreaterThan(0.3);
    const buzz = listen('buzz-500ms', buzzSamples(500));
    expect(ms(buzz)).toBeCloseTo(500, 0);
    expectCleanEdges(buzz);
    expect(dominantHz(buzz, RATE, at(100), at(200))).toBeCloseTo(140, -1);
    const clicks = listen('click-train-500ms', clickTrainSamples(500));
    expect(ms(clicks)).toBeCloseTo(500, 0);
    expect(peakAbs(clicks)).toBeLessThan(0.95);
    let onsets = 0;
    for (let i = 1; i < clicks.length; i++) if (clicks[i - 1] === 0 && clicks[i] !== 0) onsets++;
    expect(onsets).toBe(10); // 20 clicks per second
  });

  it('is deterministic: the same call renders the same bytes', () => {
    expect(encodeWav(puffSamples(), RATE)).toEqual(encodeWav(puffSamples(), RATE));
  });
});
