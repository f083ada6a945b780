/**
 * A memorised song template: the features of a tutor song plus its syllables. Made by the same feature
 * extractor the bird hears its own song with, from synthesised samples or from any WAV.
 */
import { decodeWav } from '../../plugin/wav';
import { extractSongFeatures } from './songFeatures';

/** A syllable as a half-open frame range [startFrame, endFrame). */
export interface SyllableSpan {
  startFrame: number;
  endFrame: number;
}

export interface SongTemplate {
  frameMs: number;
  /** Measured fundamental per frame (Hz), 0 where unvoiced. */
  pitchHz: Float32Array;
  /** Measured loudness per frame (syrinx amplitude scale; the loudest frame is 1 after level normalisation). */
  amplitude: Float32Array;
  voiced: Uint8Array;
  syllables: SyllableSpan[];
}

export interface SegmentationOptions {
  /** A frame belongs to a syllable when its amplitude ≥ this fraction of the loudest frame. */
  thresholdFraction?: number;
  /** Gaps shorter than this are merged into the surrounding syllable (amplitude dips inside one syllable). */
  minGapMs?: number;
  /** Runs shorter than this after merging are dropped (clicks, breaths). */
  minSyllableMs?: number;
}

export interface TemplateOptions extends SegmentationOptions {
  /**
   * Scale the waveform so the loudest frame reads amplitude 1 before analysing (default true): a
   * quiet or hot recording then gives the same template as a well-levelled one.
   */
  normalizeLevel?: boolean;
}

export const DEFAULT_SEGMENTATION: Required<SegmentationOptions> = {
  thresholdFraction: 0.2,
  minGapMs: 12,
  minSyllableMs: 15,
};

/** Quieter than this (loudest frame, syrinx scale) counts as a silent recording: nothing to learn. */
export const TEMPLATE_MIN_PEAK_AMPLITUDE = 1e-3;

/** Syllables of an amplitude envelope: threshold, merge short gaps, drop short runs. */
export function segmentSyllables(
  amplitude: Float32Array,
  frameMs: number,
  options: SegmentationOptions = {},
): SyllableSpan[] {
  const settings = { ...DEFAULT_SEGMENTATION, ...options };
  let peak = 0;
  for (let i = 0; i < amplitude.length; i++) if (amplitude[i] > peak) peak = amplitude[i];
  if (!(peak > 0)) return [];
  const threshold = settings.thresholdFraction * peak;

  const runs: SyllableSpan[] = [];
  let start = -1;
  for (let i = 0; i <= amplitude.length; i++) {
    const loud = i < amplitude.length && amplitude[i] >= threshold;
    if (loud && start < 0) start = i;
    if (!loud && start >= 0) {
      runs.push({ startFrame: start, endFrame: i });
      start = -1;
    }
  }
  const minGapFrames = settings.minGapMs / frameMs;
  const merged: SyllableSpan[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last !== undefined && run.startFrame - last.endFrame < minGapFrames) last.endFrame = run.endFrame;
    else merged.push({ ...run });
  }
  const minSyllableFrames = settings.minSyllableMs / frameMs;
  return merged.filter((span) => span.endFrame - span.startFrame >= minSyllableFrames);
}

function peakAmplitude(amplitude: Float32Array): number {
  let peak = 0;
  for (let i = 0; i < amplitude.length; i++) if (amplitude[i] > peak) peak = amplitude[i];
  return peak;
}

/** Template of a waveform: features (optionally level-normalised) and syllable segmentation. */
export function templateFromSamples(
  samples: Float32Array,
  sampleRateHz: number,
  frameMs: number,
  options: TemplateOptions = {},
): SongTemplate {
  let features = extractSongFeatures(samples, sampleRateHz, frameMs);
  const peak = peakAmplitude(features.amplitude);
  if ((options.normalizeLevel ?? true) && peak >= TEMPLATE_MIN_PEAK_AMPLITUDE && Math.abs(peak - 1) > 1e-6) {
    const gain = 1 / peak;
    const scaled = new Float32Array(samples.length);
    for (let n = 0; n < samples.length; n++) scaled[n] = samples[n] * gain;
    features = extractSongFeatures(scaled, sampleRateHz, frameMs);
  }
  return {
    frameMs,
    pitchHz: features.pitchHz,
    amplitude: features.amplitude,
    voiced: features.voiced,
    syllables: segmentSyllables(features.amplitude, frameMs, options),
  };
}

export type TemplateFromWavResult =
  | { ok: true; template: SongTemplate; sampleRateHz: number; durationMs: number }
  | { ok: false; error: string };

/** Template of a WAV file (any supported format; see decodeWav). Never throws. */
export function templateFromWav(bytes: Uint8Array, frameMs: number, options: TemplateOptions = {}): TemplateFromWavResult {
  if (!(frameMs > 0) || !Number.isFinite(frameMs)) return { ok: false, error: `template: frameMs must be > 0, got ${frameMs}` };
  const decoded = decodeWav(bytes);
  if (!decoded.ok) return decoded;
  const durationMs = (decoded.samples.length / decoded.sampleRateHz) * 1000;
  if (durationMs < frameMs) {
    return { ok: false, error: `template: recording is ${durationMs.toFixed(1)} ms long, shorter than one ${frameMs} ms frame` };
  }
  const template = templateFromSamples(decoded.samples, decoded.sampleRateHz, frameMs, options);
  if (peakAmplitude(template.amplitude) < TEMPLATE_MIN_PEAK_AMPLITUDE) {
    return { ok: false, error: 'template: the recording is silent' };
  }
  if (template.syllables.length === 0) return { ok: false, error: 'template: no syllables found in the recording' };
  if (!template.voiced.includes(1)) return { ok: false, error: 'template: no pitched sound found (only noise or clicks)' };
  return { ok: true, template, sampleRateHz: decoded.sampleRateHz, durationMs };
}
