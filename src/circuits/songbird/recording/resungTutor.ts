/**
 * The tutor WAV made from a recording: its pitch track (already moved into the bird's range, see
 * octaveMapping.ts) and its loudness, sung again as a whistle tone (a sine with a weak 2nd harmonic,
 * like the shipped whistle-sweep.wav). The critic hears only pitch and loudness (docs/model.md), so this
 * keeps everything the bird can learn from, drops the room noise and the breath between notes, and
 * makes a small file (11,025 Hz) that fits a level link when the tune is short.
 *
 * Short unpitched gaps inside a note (a vibrato frame the extractor was unsure of) are bridged so a
 * note is not cut in two; longer unpitched stretches become silence.
 */
import type { SongFeatures } from '../../songbird/audio/songFeatures';
import { MAPPING_FRAME_MS, RECORDED_TUTOR_RATE_HZ } from './tutorLimits';

/** Unpitched runs up to this long between pitched frames are bridged (ms). */
export const BRIDGE_GAP_MS = 20;
/** Peak sample of the loudest moment: headroom below full scale. */
const OUTPUT_PEAK = 0.7;
const SECOND_HARMONIC = 0.12;

/** Pitch (Hz, 0 = silent) and loudness (0..1) per frame, with short unpitched gaps bridged. */
export function resungTrack(features: SongFeatures): { pitchHz: Float32Array; loudness: Float32Array } {
  const count = features.voiced.length;
  const pitchHz = new Float32Array(count);
  const loudness = new Float32Array(count);
  let peak = 0;
  for (let i = 0; i < count; i++) if (features.voiced[i] === 1 && features.amplitude[i] > peak) peak = features.amplitude[i];
  if (!(peak > 0)) return { pitchHz, loudness };
  const bridgeFrames = Math.round(BRIDGE_GAP_MS / MAPPING_FRAME_MS);
  let lastVoiced = -1;
  for (let i = 0; i < count; i++) {
    if (features.voiced[i] !== 1) continue;
    pitchHz[i] = features.pitchHz[i];
    loudness[i] = Math.min(1, features.amplitude[i] / peak);
    const gap = i - lastVoiced - 1;
    if (lastVoiced >= 0 && gap > 0 && gap <= bridgeFrames) {
      for (let j = lastVoiced + 1; j < i; j++) {
        const w = (j - lastVoiced) / (gap + 1);
        pitchHz[j] = pitchHz[lastVoiced] * (1 - w) + pitchHz[i] * w;
        loudness[j] = Math.min(1, features.amplitude[j] / peak);
      }
    }
    lastVoiced = i;
  }
  return { pitchHz, loudness };
}

/** Samples at RECORDED_TUTOR_RATE_HZ: commands interpolated between frame centres, phase integrated. */
export function resungSamples(features: SongFeatures): Float32Array {
  const { pitchHz, loudness } = resungTrack(features);
  const frames = pitchHz.length;
  const rate = RECORDED_TUTOR_RATE_HZ;
  const out = new Float32Array(Math.round((frames * MAPPING_FRAME_MS * rate) / 1000));
  if (frames === 0) return out;
  const framesPerSample = 1000 / (rate * MAPPING_FRAME_MS);
  const gain = OUTPUT_PEAK / (1 + SECOND_HARMONIC);
  let phase = 0;
  for (let n = 0; n < out.length; n++) {
    const position = Math.min(frames - 1, Math.max(0, n * framesPerSample - 0.5));
    const i = Math.min(frames - 2, Math.floor(position));
    const w = frames === 1 ? 0 : position - Math.max(0, i);
    const a = Math.max(0, i);
    const b = Math.min(frames - 1, a + 1);
    const level = loudness[a] * (1 - w) + loudness[b] * w;
    // A note's edge: hold the pitched neighbour's pitch while the loudness ramps, never glide from 0 Hz.
    const p0 = pitchHz[a] > 0 ? pitchHz[a] : pitchHz[b];
    const p1 = pitchHz[b] > 0 ? pitchHz[b] : pitchHz[a];
    const pitch = p0 * (1 - w) + p1 * w;
    phase = (phase + (2 * Math.PI * pitch) / rate) % (2 * Math.PI);
    out[n] = level > 0 ? gain * level * (Math.sin(phase) + SECOND_HARMONIC * Math.sin(2 * phase + 0.7)) : 0;
  }
  return out;
}
