/**
 * From a recording (microphone PCM or a dropped WAV's samples) to a tutor, or the reasons it cannot be
 * one. The steps:
 *   1. trim: the player's span, or the sound from the first to the last loud frame (plus a margin);
 *   2. the checks of length and level every recording gets (recordingChecks.ts): too short, too long,
 *      silence, clipping;
 *   3. the circuit's own making of its tutor (its definition's recordedTutor hook): for a bird, the
 *      pitch mapping, the pitch checks and the tutor WAV read the way a level's tutor file is read.
 * Pure and deterministic: the same samples give the same bytes.
 */
import type { MadeTutor, RecordedTutorHook } from '../../circuits/plugin/recordedTutor';
import { frameLevels, LEVEL_FRAME_MS, loudFrames, soundSpanMs } from './frameLevels';
import { durationMsOf, levelProblems } from './recordingChecks';
import { TRIM_MARGIN_MS } from './recordingLimits';
import type { RecordingProblem } from './recordingProblems';

export interface TrimSpan {
  readonly startMs: number;
  readonly endMs: number;
}

export interface RecordingFacts {
  readonly durationMs: number;
  /** The part used (given, or found automatically). */
  readonly trim: TrimSpan;
}

export type RecordedTutorResult =
  | { ok: true; facts: RecordingFacts; tutor: MadeTutor }
  | { ok: false; facts: RecordingFacts; problems: RecordingProblem[] };

/** The samples of [startMs, endMs). */
export function trimSamples(samples: Float32Array, sampleRateHz: number, span: TrimSpan): Float32Array {
  const start = Math.max(0, Math.floor((span.startMs * sampleRateHz) / 1000));
  const end = Math.min(samples.length, Math.ceil((span.endMs * sampleRateHz) / 1000));
  return samples.slice(start, Math.max(start, end));
}

/** The automatic trim: the sound with TRIM_MARGIN_MS either side (all of it when nothing is loud). */
export function autoTrim(samples: Float32Array, sampleRateHz: number): TrimSpan {
  const durationMs = durationMsOf(samples, sampleRateHz);
  return soundSpanMs(frameLevels(samples, sampleRateHz), TRIM_MARGIN_MS, durationMs) ?? { startMs: 0, endMs: durationMs };
}

/** `hook`: the recordedTutor hook of the circuit the tutor is for. */
export function recordedTutor(samples: Float32Array, sampleRateHz: number, hook: RecordedTutorHook, trim?: TrimSpan): RecordedTutorResult {
  const durationMs = durationMsOf(samples, sampleRateHz);
  const span = trim ?? autoTrim(samples, sampleRateHz);
  const facts: RecordingFacts = { durationMs, trim: span };
  const used = trimSamples(samples, sampleRateHz, span);
  const problems = levelProblems(used, sampleRateHz, span.endMs - span.startMs);
  // Silence has nothing to analyse; a span too long or too short is trimmed again first (and a minute
  // of sound would take seconds of pitch analysis on the page's thread).
  if (problems.some((p) => p.code === 'silence' || p.code === 'tooLong' || p.code === 'tooShort')) return { ok: false, facts, problems };

  const levels = frameLevels(used, sampleRateHz);
  const soundMs = loudFrames(levels).reduce((sum, loud) => sum + loud, 0) * LEVEL_FRAME_MS;
  const made = hook.make({ samples: used, sampleRateHz, soundMs, peakFrameRms: levels.peakRms });
  if (!made.ok) problems.push(...made.problems);
  if (problems.length > 0 || !made.ok) return { ok: false, facts, problems };
  return { ok: true, facts, tutor: made.tutor };
}
