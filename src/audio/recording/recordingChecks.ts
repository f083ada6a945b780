/**
 * The checks of a recording before any analysis of what it sounds like: too long, too short, silence,
 * clipping. Pure.
 */
import { frameLevels, loudFrames, type FrameLevels } from './frameLevels';
import { CLIP_LEVEL, MAX_CLIPPED_FRACTION, RECORDING_MAX_MS, RECORDING_MIN_MS, SILENCE_RMS } from './recordingLimits';
import type { RecordingProblem } from './recordingProblems';

export function durationMsOf(samples: Float32Array, sampleRateHz: number): number {
  return (samples.length / sampleRateHz) * 1000;
}

/** Decibels below full scale of an RMS (full-scale sine RMS 0.707 reads −3 dBFS). */
export function dbfs(rms: number): number {
  return rms > 0 ? 20 * Math.log10(rms) : -Infinity;
}

/** Share of the samples inside loud frames that reach the converter's ceiling. */
export function clippedFraction(samples: Float32Array, levels: FrameLevels, sampleRateHz: number): number {
  const loud = loudFrames(levels);
  const frameSamples = Math.max(1, Math.round((levels.frameMs * sampleRateHz) / 1000));
  let counted = 0;
  let clipped = 0;
  for (let f = 0; f < loud.length; f++) {
    if (loud[f] !== 1) continue;
    for (let n = f * frameSamples; n < (f + 1) * frameSamples; n++) {
      counted++;
      if (Math.abs(samples[n]) >= CLIP_LEVEL) clipped++;
    }
  }
  return counted > 0 ? clipped / counted : 0;
}

/** Problems of length and level (`spanMs`: the part that will be used, after trimming). */
export function levelProblems(samples: Float32Array, sampleRateHz: number, spanMs: number): RecordingProblem[] {
  const problems: RecordingProblem[] = [];
  if (spanMs > RECORDING_MAX_MS + 1e-6) {
    problems.push({ code: 'tooLong', seconds: Math.round(spanMs / 100) / 10, maxSeconds: RECORDING_MAX_MS / 1000 });
  }
  if (spanMs < RECORDING_MIN_MS - 1e-6) problems.push({ code: 'tooShort', ms: Math.round(spanMs), minMs: RECORDING_MIN_MS });
  const levels = frameLevels(samples, sampleRateHz);
  if (levels.peakRms < SILENCE_RMS) {
    problems.push({ code: 'silence', peakDbfs: Math.round(dbfs(levels.peakRms)) });
    return problems;
  }
  const clipped = clippedFraction(samples, levels, sampleRateHz);
  if (clipped > MAX_CLIPPED_FRACTION) problems.push({ code: 'clipping', percent: Math.round(clipped * 1000) / 10 });
  return problems;
}
