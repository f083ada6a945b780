/**
 * The pitch-range mapping of a recording into the bird's range. Human whistles (≈ 500-4000 Hz) and hums
 * (≈ 80-300 Hz) lie outside the 300-2000 Hz the songbird's ear (the feature extractor) searches and far
 * from a zebra finch's 400-1200 Hz. We move the whole recording by whole octaves, so every interval of
 * the tune is kept exactly: the bird's version is the same melody, an octave or two away.
 *
 * How: the SAME extractor the bird hears with, told that the samples were taken at 2^k times their real
 * rate, hears every pitch 2^k times higher while each frame still spans the same real time (its frame
 * length is scaled by 2^-k). We try k = -3..+2 and keep the shift at which most of the sound is pitched,
 * preferring, among shifts nearly as good, the one whose median lands nearest the finch's centre
 * (700 Hz): there the fundamental sits mid-range, so the extractor makes no octave error at its edges.
 */
import { percentile } from '../../../sim/timeline/measures';
import type { PitchMapping } from '../../plugin/recordedTutor';
import { extractSongFeatures, type SongFeatures } from '../../songbird/audio/songFeatures';
import { MAPPING_FRAME_MS } from './tutorLimits';

export const MAPPING_MIN_OCTAVES = -3;
export const MAPPING_MAX_OCTAVES = 2;
/** Geometric centre of a zebra finch's fundamental range (400-1200 Hz ≈ 693 Hz). */
export const FINCH_CENTRE_HZ = 700;
/** Shifts with at least this share of the best shift's pitched frames compete on closeness to the centre. */
const NEARLY_AS_GOOD = 0.8;

export interface MappedFeatures {
  readonly mapping: PitchMapping | null;
  /** Features at the chosen shift, one frame per MAPPING_FRAME_MS of real time; pitch already mapped. */
  readonly features: SongFeatures;
  readonly voicedMs: number;
}

/** The pitches (Hz) of the voiced frames. */
function voicedPitches(features: SongFeatures): number[] {
  const out: number[] = [];
  for (let i = 0; i < features.voiced.length; i++) if (features.voiced[i] === 1) out.push(features.pitchHz[i]);
  return out;
}

/** Features of `samples` heard 2^octaves higher, on frames of MAPPING_FRAME_MS real time. */
export function featuresShifted(samples: Float32Array, sampleRateHz: number, octaves: number): SongFeatures {
  const factor = 2 ** octaves;
  return extractSongFeatures(samples, sampleRateHz * factor, MAPPING_FRAME_MS / factor);
}

/** Chooses the octave shift (see the file comment); `samples` should be level-normalised. */
export function mapPitchRange(samples: Float32Array, sampleRateHz: number): MappedFeatures {
  const tried: Array<{ octaves: number; features: SongFeatures; pitches: number[] }> = [];
  for (let octaves = MAPPING_MIN_OCTAVES; octaves <= MAPPING_MAX_OCTAVES; octaves++) {
    const features = featuresShifted(samples, sampleRateHz, octaves);
    tried.push({ octaves, features, pitches: voicedPitches(features) });
  }
  const most = Math.max(...tried.map((t) => t.pitches.length));
  if (most === 0) return { mapping: null, features: tried[-MAPPING_MIN_OCTAVES].features, voicedMs: 0 };
  const distance = (t: (typeof tried)[number]) => Math.abs(Math.log2(percentile(t.pitches, 50) / FINCH_CENTRE_HZ));
  const best = tried
    .filter((t) => t.pitches.length >= NEARLY_AS_GOOD * most)
    .reduce((a, b) => (distance(b) < distance(a) ? b : a));
  const factor = 2 ** best.octaves;
  const low = percentile(best.pitches, 5);
  const high = percentile(best.pitches, 95);
  const median = percentile(best.pitches, 50);
  return {
    mapping: {
      octaves: best.octaves,
      factor,
      sourceLowHz: low / factor,
      sourceHighHz: high / factor,
      sourceMedianHz: median / factor,
      mappedLowHz: low,
      mappedHighHz: high,
      mappedMedianHz: median,
    },
    features: best.features,
    voicedMs: best.pitches.length * MAPPING_FRAME_MS,
  };
}
