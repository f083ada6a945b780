/**
 * The auditory critic's comparison of a heard song with the memorised tutor template, frame by
 * frame (both measured by the same feature extractor, audio/songFeatures.ts).
 *
 * - Pitch distance P: RMS over the tutor's voiced frames of |12·log2(f_bird/f_tutor)| semitones,
 *   each capped at pitchErrorCapSemitones; a frame the bird leaves unvoiced (silent, or drowned in
 *   white noise) counts as the cap.
 * - Loudness distance A: RMS over all frames of (a_bird − a_tutor), loudness on the syrinx scale 0..1.
 * - Template error E = (P / pitchScaleSemitones)² + (A / amplitudeScale)²: dimensionless, 0 = identical.
 * - Similarity = 100 / (1 + E): 100 for an identical song, 80 at E = 1/4 (with the default scales:
 *   a song on average one semitone off the tutor, or 0.125 off in loudness), 50 at E = 1 (two semitones).
 *   The scales are absolute (semitones, loudness), so a score means the same for every tutor.
 */
import type { SongTemplate } from './audio/songTemplate';
import type { SongFeatures } from './audio/songFeatures';

export interface CriticScales {
  pitchErrorCapSemitones: number;
  pitchScaleSemitones: number;
  amplitudeScale: number;
}

export interface SongComparison {
  /** RMS pitch distance over the tutor's voiced frames (semitones). */
  pitchErrorSemitones: number;
  /** RMS loudness distance over all frames. */
  amplitudeError: number;
  templateError: number;
  similarity: number;
}

/** Semitones from `referenceHz` to `hz`. */
export function semitones(hz: number, referenceHz: number): number {
  return 12 * Math.log2(hz / referenceHz);
}

export function similarityOf(templateError: number): number {
  return 100 / (1 + templateError);
}

/**
 * The comparison; when frameErrorOut is given (one entry per template frame), it also receives each
 * frame's share e_k of E (E = Σ_k e_k: e_k = v_k·d_k²/(V·pitchScale²) + Δa_k²/(F·amplitudeScale²)),
 * the time-resolved error the reinforcement of each moment of the song is made of.
 */
export function compareWithTemplate(heard: SongFeatures, template: SongTemplate, scales: CriticScales, frameErrorOut?: Float64Array): SongComparison {
  const frames = template.pitchHz.length;
  const cap = scales.pitchErrorCapSemitones;
  let pitchSquares = 0, voicedFrames = 0, amplitudeSquares = 0;
  for (let k = 0; k < frames; k++) {
    const heardAmplitude = k < heard.amplitude.length ? heard.amplitude[k] : 0;
    const da = heardAmplitude - template.amplitude[k];
    amplitudeSquares += da * da;
    if (template.voiced[k] !== 1) continue;
    voicedFrames++;
    let d = cap;
    if (k < heard.voiced.length && heard.voiced[k] === 1 && heard.pitchHz[k] > 0) {
      d = Math.abs(semitones(heard.pitchHz[k], template.pitchHz[k]));
      if (d > cap) d = cap;
    }
    pitchSquares += d * d;
    if (frameErrorOut) frameErrorOut[k] = d * d;
  }
  const pitchErrorSemitones = voicedFrames > 0 ? Math.sqrt(pitchSquares / voicedFrames) : 0;
  const amplitudeError = frames > 0 ? Math.sqrt(amplitudeSquares / frames) : 0;
  const p = pitchErrorSemitones / scales.pitchScaleSemitones;
  const a = amplitudeError / scales.amplitudeScale;
  const templateError = p * p + a * a;
  if (frameErrorOut) shareErrorOverFrames(frameErrorOut, heard, template, scales, voicedFrames);
  return { pitchErrorSemitones, amplitudeError, templateError, similarity: similarityOf(templateError) };
}

/** Turns frameErrorOut's squared pitch distances into each frame's share of E (see compareWithTemplate). */
function shareErrorOverFrames(out: Float64Array, heard: SongFeatures, template: SongTemplate, scales: CriticScales, voicedFrames: number): void {
  const frames = template.pitchHz.length;
  const pitchNorm = voicedFrames > 0 ? 1 / (voicedFrames * scales.pitchScaleSemitones * scales.pitchScaleSemitones) : 0;
  const amplitudeNorm = frames > 0 ? 1 / (frames * scales.amplitudeScale * scales.amplitudeScale) : 0;
  for (let k = 0; k < frames; k++) {
    const da = (k < heard.amplitude.length ? heard.amplitude[k] : 0) - template.amplitude[k];
    out[k] = (template.voiced[k] === 1 ? out[k] * pitchNorm : 0) + da * da * amplitudeNorm;
  }
}

/**
 * Mean measured pitch (Hz, geometric mean) of a syllable: over its frames that the tutor voices and
 * the bird voices too. NaN when the bird voices none of them.
 */
export function syllablePitchHz(features: SongFeatures, template: SongTemplate, startFrame: number, endFrame: number): number {
  let logSum = 0, n = 0;
  const end = Math.min(endFrame, features.pitchHz.length, template.voiced.length);
  for (let k = Math.max(0, startFrame); k < end; k++) {
    if (template.voiced[k] !== 1 || features.voiced[k] !== 1 || !(features.pitchHz[k] > 0)) continue;
    logSum += Math.log2(features.pitchHz[k]);
    n++;
  }
  return n > 0 ? 2 ** (logSum / n) : Number.NaN;
}

/** Median pitch (Hz) of the template's voiced frames (the tutor's register); 600 Hz when none is voiced. */
export function medianVoicedPitchHz(template: SongTemplate): number {
  const voiced: number[] = [];
  for (let k = 0; k < template.pitchHz.length; k++) if (template.voiced[k] === 1 && template.pitchHz[k] > 0) voiced.push(template.pitchHz[k]);
  if (voiced.length === 0) return 600;
  voiced.sort((a, b) => a - b);
  return voiced[Math.floor(voiced.length / 2)];
}
