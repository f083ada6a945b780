/**
 * The syrinx model: harmonic-stack synthesis at 22,050 Hz from per-frame commands (frames of 5 ms,
 * linear interpolation between frame centres, one phase accumulator). Deterministic: no seeds involved.
 */
import { describe, expect, it } from 'vitest';
import {
  SONG_SAMPLE_RATE_HZ, SYRINX_HARMONIC_WEIGHTS, songSampleCount, synthesizeSong,
} from '../../../../src/circuits/songbird/audio/syrinx';
import { buildTrack } from './audioTestTracks';

const FRAME_MS = 5;

describe('synthesizeSong', () => {
  const { track } = buildTrack([
    { durationMs: 20, startHz: 600, endHz: 600, amplitude: 0 },
    { durationMs: 100, startHz: 600, endHz: 600, amplitude: 1 },
    { durationMs: 30, startHz: 600, endHz: 600, amplitude: 0 },
    { durationMs: 100, startHz: 500, endHz: 1900, amplitude: 0.6 },
  ], FRAME_MS);

  it('produces duration × rate samples, all within [-1, 1]', () => {
    const samples = synthesizeSong(track);
    expect(samples.length).toBe(songSampleCount(track));
    expect(samples.length).toBe(Math.round(0.25 * SONG_SAMPLE_RATE_HZ));
    let peak = 0;
    for (const x of samples) peak = Math.max(peak, Math.abs(x));
    expect(peak).toBeLessThanOrEqual(0.9 + 1e-6);
    expect(peak).toBeGreaterThan(0.5);
  });

  it('is silent where the amplitude command is 0 and deterministic', () => {
    const samples = synthesizeSong(track);
    // Frames 0..3 are silent; frame 3's centre is at 17.5 ms, after which the onset ramp begins.
    for (let n = 0; n < Math.floor(0.0175 * SONG_SAMPLE_RATE_HZ); n++) expect(samples[n]).toBe(0);
    expect(synthesizeSong(track)).toEqual(samples);
  });

  it('writes into a caller buffer when it is long enough and returns a view of the needed length', () => {
    const buffer = new Float32Array(10000);
    buffer.fill(7);
    const view = synthesizeSong(track, SONG_SAMPLE_RATE_HZ, buffer);
    expect(view.buffer).toBe(buffer.buffer);
    expect(view.length).toBe(songSampleCount(track));
    expect(Array.from(view)).toEqual(Array.from(synthesizeSong(track)));
    const small = new Float32Array(10);
    expect(synthesizeSong(track, SONG_SAMPLE_RATE_HZ, small).length).toBe(songSampleCount(track));
  });

  it('has no clicks: a full-amplitude step between frames becomes a ramp (sample-to-sample change stays harmonic-bounded)', () => {
    const samples = synthesizeSong(track);
    // The steepest a band-limited stack at ≤ 1900 Hz can move per sample: gain·Σ w_k·2π·k·f/rate.
    const gain = 0.9 / SYRINX_HARMONIC_WEIGHTS.reduce((sum, w) => sum + w, 0);
    let bound = 0;
    SYRINX_HARMONIC_WEIGHTS.forEach((w, index) => {
      const hz = (index + 1) * 1900;
      if (hz < 0.45 * SONG_SAMPLE_RATE_HZ) bound += gain * w * Math.min(2, (2 * Math.PI * hz) / SONG_SAMPLE_RATE_HZ);
    });
    let steepest = 0;
    for (let n = 1; n < samples.length; n++) steepest = Math.max(steepest, Math.abs(samples[n] - samples[n - 1]));
    expect(steepest).toBeLessThan(bound);
    // Onset: the first 2 ms after silence stay well below full level (a 5 ms ramp, not a step).
    const onset = Math.round(0.0175 * SONG_SAMPLE_RATE_HZ);
    let early = 0;
    for (let n = onset; n < onset + Math.round(0.001 * SONG_SAMPLE_RATE_HZ); n++) early = Math.max(early, Math.abs(samples[n]));
    expect(early).toBeLessThan(0.3);
  });

  it('treats non-finite and out-of-range commands as clamped, never producing NaN', () => {
    const bad = {
      frameMs: FRAME_MS,
      pitchHz: Float32Array.from([NaN, 600, 1e9, -5, 800]),
      amplitude: Float32Array.from([Infinity, 2, -1, NaN, 0.5]),
    };
    const samples = synthesizeSong(bad);
    for (const x of samples) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Math.abs(x)).toBeLessThanOrEqual(0.9 + 1e-6);
    }
    expect(synthesizeSong({ frameMs: FRAME_MS, pitchHz: new Float32Array(0), amplitude: new Float32Array(0) }).length).toBe(0);
  });
});
