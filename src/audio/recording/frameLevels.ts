/**
 * Per-frame loudness of raw samples (RMS over 10 ms frames, full scale 1) and what the checks read from
 * it: the loudest frame, and which frames count as sound. Pure.
 */
import { LOUD_FRACTION } from './recordingLimits';

export const LEVEL_FRAME_MS = 10;

export interface FrameLevels {
  readonly frameMs: number;
  readonly rms: Float32Array;
  readonly peakRms: number;
}

export function frameLevels(samples: Float32Array, sampleRateHz: number, frameMs = LEVEL_FRAME_MS): FrameLevels {
  const frameSamples = Math.max(1, Math.round((frameMs * sampleRateHz) / 1000));
  const count = Math.floor(samples.length / frameSamples);
  const rms = new Float32Array(count);
  let peakRms = 0;
  for (let f = 0; f < count; f++) {
    let energy = 0;
    for (let n = f * frameSamples; n < (f + 1) * frameSamples; n++) energy += samples[n] * samples[n];
    const value = Math.sqrt(energy / frameSamples);
    rms[f] = Number.isFinite(value) ? value : 0;
    if (rms[f] > peakRms) peakRms = rms[f];
  }
  return { frameMs, rms, peakRms };
}

/** Frames at least LOUD_FRACTION of the loudest: the sound (the rest is background). */
export function loudFrames(levels: FrameLevels): Uint8Array {
  const loud = new Uint8Array(levels.rms.length);
  const threshold = LOUD_FRACTION * levels.peakRms;
  for (let f = 0; f < loud.length; f++) loud[f] = levels.peakRms > 0 && levels.rms[f] >= threshold ? 1 : 0;
  return loud;
}

/** The span [startMs, endMs) from the first to the last loud frame, widened by marginMs, clamped to the recording. */
export function soundSpanMs(levels: FrameLevels, marginMs: number, durationMs: number): { startMs: number; endMs: number } | null {
  const loud = loudFrames(levels);
  const first = loud.indexOf(1);
  if (first < 0) return null;
  const last = loud.lastIndexOf(1);
  return {
    startMs: Math.max(0, first * levels.frameMs - marginMs),
    endMs: Math.min(durationMs, (last + 1) * levels.frameMs + marginMs),
  };
}
