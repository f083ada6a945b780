/**
 * From a recording (microphone PCM or a dropped WAV's samples) to a songbird tutor, or the reasons it
 * cannot be one. The steps:
 *   1. trim: the player's span, or the sound from the first to the last loud frame (plus a margin);
 *   2. level checks (recordingChecks.ts): too long, silence, clipping;
 *   3. pitch-range mapping by whole octaves (octaveMapping.ts), and the pitch checks: noise only,
 *      no pitched sound;
 *   4. the tutor WAV: the mapped pitch and loudness sung as a whistle tone (resungTutor.ts);
 *   5. that WAV's bytes through wavTutor, the same code that reads a level's `tutor.wav`, at the
 *      circuit's frame length: the template and syllables the bird learns are what spawning will make.
 * Pure and deterministic: the same samples give the same bytes.
 */
import { encodeWav } from '../../circuits/plugin/wav';
import { SONG_FRAME_MS } from '../../circuits/songbird/runSongbirdSession';
import { wavTutor, type SongTutor } from '../../circuits/songbird/songTutor';
import { SYRINX_RMS_AT_FULL_AMPLITUDE } from '../../circuits/songbird/audio/syrinx';
import { frameLevels, loudFrames, soundSpanMs } from './frameLevels';
import { durationMsOf, levelProblems } from './recordingChecks';
import { MIN_VOICED_MS, MIN_VOICED_SHARE, RECORDED_TUTOR_RATE_HZ, TRIM_MARGIN_MS } from './recordingLimits';
import { mapPitchRange, type PitchMapping } from './octaveMapping';
import type { RecordingProblem } from './recordingProblems';
import { resungSamples } from './resungTutor';

/** A sustained unpitched sound at least this long is noise (breath, hiss, wind), not a short click. */
const NOISE_MIN_MS = 150;

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
  | { ok: true; facts: RecordingFacts; mapping: PitchMapping; wav: Uint8Array; tutor: SongTutor; voicedMs: number }
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

/** Scaled so the loudest 10 ms frame reads amplitude 1 to the extractor (as templateFromSamples does). */
function normalised(samples: Float32Array, sampleRateHz: number): Float32Array {
  const peak = frameLevels(samples, sampleRateHz).peakRms;
  const gain = peak > 0 ? SYRINX_RMS_AT_FULL_AMPLITUDE / peak : 1;
  return samples.map((x) => x * gain);
}

export function recordedTutor(samples: Float32Array, sampleRateHz: number, label: string, trim?: TrimSpan): RecordedTutorResult {
  const durationMs = durationMsOf(samples, sampleRateHz);
  const span = trim ?? autoTrim(samples, sampleRateHz);
  const facts: RecordingFacts = { durationMs, trim: span };
  const used = trimSamples(samples, sampleRateHz, span);
  const problems = levelProblems(used, sampleRateHz, span.endMs - span.startMs);
  // Silence has nothing to analyse; a recording too long is trimmed first (and a minute of sound would
  // take seconds of pitch analysis on the page's thread).
  if (problems.some((p) => p.code === 'silence' || p.code === 'tooLong')) return { ok: false, facts, problems };

  const soundMs = loudFrames(frameLevels(used, sampleRateHz)).reduce((sum, loud) => sum + loud, 0) * 10;
  const mapped = mapPitchRange(normalised(used, sampleRateHz), sampleRateHz);
  if (mapped.mapping === null || mapped.voicedMs < MIN_VOICED_MS || mapped.voicedMs < MIN_VOICED_SHARE * soundMs) {
    problems.push(mapped.voicedMs === 0 && soundMs >= NOISE_MIN_MS
      ? { code: 'noiseOnly', soundMs }
      : { code: 'noPitch', voicedMs: mapped.voicedMs, soundMs });
  }
  if (problems.length > 0 || mapped.mapping === null) return { ok: false, facts, problems };

  const wav = encodeWav(resungSamples(mapped.features), RECORDED_TUTOR_RATE_HZ);
  const made = wavTutor(label, wav, SONG_FRAME_MS);
  if (!made.ok) return { ok: false, facts, problems: [{ code: 'unusable', detail: made.error }] };
  return { ok: true, facts, mapping: mapped.mapping, wav, tutor: made.tutor, voicedMs: mapped.voicedMs };
}
