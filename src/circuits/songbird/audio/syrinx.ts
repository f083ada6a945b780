/**
 * The syrinx (vocal organ) model: turns a VocalTrack of pitch and amplitude commands into audio samples.
 *
 * A zebra-finch "harmonic stack" is a fundamental with a series of strong harmonics whose energy peaks
 * around the 2nd–3rd harmonic; we synthesise exactly that — one phase accumulator for the fundamental
 * and harmonics 2..6 derived from it (Chebyshev recurrence sin((k+1)θ) = 2cosθ·sin(kθ) − sin((k−1)θ),
 * so one sin and one cos per sample regardless of the number of harmonics). Because all harmonics are
 * locked to one continuous phase, pitch changes are glitch-free; commands are interpolated linearly
 * between frame centres, so amplitude steps become frameMs-long ramps (no clicks).
 *
 * Simplified: no syringeal two-voice effects, no noisy syllables, fixed spectral envelope.
 */
import { vocalTrackFrameCount, type VocalTrack } from './vocalTrack';

/** Sample rate of everything the syrinx sings (and of the built-in tutor WAVs). */
export const SONG_SAMPLE_RATE_HZ = 22050;

/** Relative amplitudes of harmonics 1..6: a zebra-finch-like envelope peaking at the 2nd harmonic. */
export const SYRINX_HARMONIC_WEIGHTS: readonly number[] = [0.8, 1, 0.75, 0.5, 0.3, 0.15];

const WEIGHT_SUM = SYRINX_HARMONIC_WEIGHTS.reduce((sum, weight) => sum + weight, 0);

/** Output gain: at amplitude 1 the harmonic peaks can never sum beyond ±0.9 (headroom, no clipping). */
export const SYRINX_OUTPUT_GAIN = 0.9 / WEIGHT_SUM;

/**
 * RMS of the syrinx's output at amplitude 1 while no harmonic is cut by the Nyquist taper:
 * gain·sqrt(Σ w_k² / 2). The feature extractor divides frame RMS by this, so amplitude a reads back ≈ a.
 */
export const SYRINX_RMS_AT_FULL_AMPLITUDE =
  SYRINX_OUTPUT_GAIN * Math.sqrt(SYRINX_HARMONIC_WEIGHTS.reduce((sum, weight) => sum + weight * weight, 0) / 2);

/**
 * Harmonics are faded out between these fractions of the sample rate (0.5 = Nyquist) so nothing
 * aliases and a harmonic crossing the limit during a sweep fades instead of switching off with a click.
 */
const TAPER_START_FRACTION = 0.4;
const TAPER_END_FRACTION = 0.45;

/** Number of samples synthesizeSong produces for a track: its duration at the given rate. */
export function songSampleCount(track: VocalTrack, sampleRateHz: number = SONG_SAMPLE_RATE_HZ): number {
  const durationMs = vocalTrackFrameCount(track) * track.frameMs;
  if (!(durationMs > 0) || !(sampleRateHz > 0)) return 0;
  return Math.round((durationMs * sampleRateHz) / 1000);
}

function finiteOrZero(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/**
 * Renders a track to samples in [-1, 1]. Pass `out` to reuse a buffer: when it is long enough the
 * result is written into it and a view of the needed length is returned; otherwise a new array is made.
 * Pitch is clamped to [0, Nyquist], amplitude to [0, 1]; non-finite commands count as 0.
 */
export function synthesizeSong(
  track: VocalTrack,
  sampleRateHz: number = SONG_SAMPLE_RATE_HZ,
  out?: Float32Array,
): Float32Array {
  const sampleCount = songSampleCount(track, sampleRateHz);
  const samples = out !== undefined && out.length >= sampleCount ? out.subarray(0, sampleCount) : new Float32Array(sampleCount);
  const frameCount = vocalTrackFrameCount(track);
  if (sampleCount === 0) return samples;

  const nyquistHz = sampleRateHz / 2;
  const taperStartHz = TAPER_START_FRACTION * sampleRateHz;
  const taperWidthHz = (TAPER_END_FRACTION - TAPER_START_FRACTION) * sampleRateHz;
  const harmonicCount = SYRINX_HARMONIC_WEIGHTS.length;
  const weights = Float64Array.from(SYRINX_HARMONIC_WEIGHTS);
  const twoPi = 2 * Math.PI;
  const radiansPerHzSample = twoPi / sampleRateHz;
  const framesPerSample = 1000 / (sampleRateHz * track.frameMs);
  const lastFrame = frameCount - 1;
  const pitchHz = track.pitchHz;
  const amplitude = track.amplitude;
  let phase = 0;

  for (let n = 0; n < sampleCount; n++) {
    // Sample n sounds at n/sampleRate; its position in frame units relative to frame centres (frame i's
    // centre is at (i + 0.5)·frameMs). Commands are held before the first centre and after the last.
    const position = n * framesPerSample - 0.5;
    let pitch: number;
    let level: number;
    if (position <= 0) {
      pitch = finiteOrZero(pitchHz[0]);
      level = finiteOrZero(amplitude[0]);
    } else if (position >= lastFrame) {
      pitch = finiteOrZero(pitchHz[lastFrame]);
      level = finiteOrZero(amplitude[lastFrame]);
    } else {
      const frame = Math.floor(position);
      const fraction = position - frame;
      const pitch0 = finiteOrZero(pitchHz[frame]);
      const level0 = finiteOrZero(amplitude[frame]);
      pitch = pitch0 + (finiteOrZero(pitchHz[frame + 1]) - pitch0) * fraction;
      level = level0 + (finiteOrZero(amplitude[frame + 1]) - level0) * fraction;
    }
    pitch = pitch < 0 ? 0 : pitch > nyquistHz ? nyquistHz : pitch;
    level = level < 0 ? 0 : level > 1 ? 1 : level;

    phase += pitch * radiansPerHzSample;
    if (phase >= twoPi) phase -= twoPi * Math.floor(phase / twoPi);
    if (level === 0) {
      samples[n] = 0;
      continue;
    }
    const sin1 = Math.sin(phase);
    const twoCos = 2 * Math.cos(phase);
    let sinPrevious = 0;
    let sinCurrent = sin1;
    let sum = 0;
    for (let k = 1; k <= harmonicCount; k++) {
      const harmonicHz = k * pitch;
      let weight = weights[k - 1];
      if (harmonicHz > taperStartHz) {
        const cut = (harmonicHz - taperStartHz) / taperWidthHz;
        if (cut >= 1) break;
        weight *= 0.5 + 0.5 * Math.cos(Math.PI * cut);
      }
      sum += weight * sinCurrent;
      const sinNext = twoCos * sinCurrent - sinPrevious;
      sinPrevious = sinCurrent;
      sinCurrent = sinNext;
    }
    samples[n] = SYRINX_OUTPUT_GAIN * level * sum;
  }
  return samples;
}
