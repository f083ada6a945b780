/**
 * Pitch-contingent white noise (Tumer & Brainard 2007). During a baseline phase the circuit
 * measures the target syllable's pitch in every rendition; the threshold is a percentile of those
 * values (the 60th in the paper). In the noise phases, a rendition whose target-syllable pitch is on
 * the "wrong" side of the threshold (below it, by default) gets a burst of white noise mixed into
 * the song over that syllable: the bird hears it (and the exported audio has it), and its critic,
 * finding no pitched song under the noise, scores the rendition as bad.
 */
import type { SimWorld } from '../../sim';
import { MAX_SYLLABLES } from './songRecord';

export interface WhiteNoiseSetting {
  /** Index of the target syllable in the tutor template. */
  readonly syllable: number;
  /** Percentile (0-100) of the baseline pitches that is the threshold. */
  readonly percentile: number;
  /** Phase whose renditions give the baseline. */
  readonly baselinePhase: string;
  /** Phases in which the noise may play (null: every phase after the baseline phase). */
  readonly noisePhases: readonly string[] | null;
  /** 'below': noise when the pitch is below the threshold (the bird learns to sing higher). */
  readonly direction: 'below' | 'above';
}

export interface WhiteNoiseState {
  readonly setting: WhiteNoiseSetting;
  /** [0] baseline samples, [1] threshold (Hz; NaN until the baseline has ≥ 1 sample), [2] 1 once the baseline phase has been seen. */
  readonly status: Float64Array;
  readonly baseline: Float64Array;
  /** Per syllable s: [3s] renditions, [3s+1] Σ pitch, [3s+2] Σ pitch² over the baseline phase (Hz). */
  readonly syllableBaseline: Float64Array;
}

export function createWhiteNoiseState(world: SimWorld, setting: WhiteNoiseSetting, maxRenditions: number): WhiteNoiseState {
  return {
    setting,
    status: world.registry.register('songbird.whiteNoise.status', new Float64Array([0, Number.NaN, 0])),
    baseline: world.registry.register('songbird.whiteNoise.baseline', new Float64Array(Math.max(1, maxRenditions))),
    syllableBaseline: world.registry.register('songbird.whiteNoise.syllableBaseline', new Float64Array(3 * MAX_SYLLABLES)),
  };
}

/** The p-th percentile (0-100) of values, linear between order statistics. */
export function percentile(values: ArrayLike<number>, p: number): number {
  const sorted = Array.from(values).filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Adds a baseline rendition's syllable pitch (ignored when the bird did not voice the syllable). */
export function addBaselinePitch(state: WhiteNoiseState, pitchHz: number): void {
  state.status[2] = 1;
  if (!Number.isFinite(pitchHz)) return;
  const n = state.status[0];
  if (n >= state.baseline.length) return;
  state.baseline[n] = pitchHz;
  state.status[0] = n + 1;
  state.status[1] = percentile(state.baseline.subarray(0, n + 1), state.setting.percentile);
}

/** Whether noise may play in this phase: a listed noise phase, or (by default) any phase after the baseline. */
export function isNoisePhase(state: WhiteNoiseState, phase: string): boolean {
  const { noisePhases, baselinePhase } = state.setting;
  if (noisePhases !== null) return noisePhases.includes(phase);
  return phase !== baselinePhase && state.status[2] === 1;
}

/** Whether a rendition with this syllable pitch gets the noise. */
export function noiseTriggered(state: WhiteNoiseState, pitchHz: number): boolean {
  const threshold = state.status[1];
  if (!Number.isFinite(threshold) || !Number.isFinite(pitchHz)) return false;
  return state.setting.direction === 'below' ? pitchHz < threshold : pitchHz > threshold;
}

/** Adds a baseline rendition's pitch of every syllable (for the shift metric). */
export function addSyllableBaseline(state: WhiteNoiseState, pitchesHz: readonly number[]): void {
  const b = state.syllableBaseline;
  for (let s = 0; s < Math.min(MAX_SYLLABLES, pitchesHz.length); s++) {
    const p = pitchesHz[s];
    if (!Number.isFinite(p)) continue;
    b[3 * s] += 1; b[3 * s + 1] += p; b[3 * s + 2] += p * p;
  }
}

/** (meanHz − baseline mean) / baseline SD of syllable s; NaN before two baseline renditions. */
export function shiftInBaselineSds(state: WhiteNoiseState, syllable: number, meanHz: number): number {
  const b = state.syllableBaseline;
  const n = b[3 * syllable];
  if (n < 2 || !Number.isFinite(meanHz)) return Number.NaN;
  const mean = b[3 * syllable + 1] / n;
  const sd = Math.sqrt(Math.max(0, (b[3 * syllable + 2] - n * mean * mean) / (n - 1)));
  return sd > 0 ? (meanHz - mean) / sd : Number.NaN;
}
