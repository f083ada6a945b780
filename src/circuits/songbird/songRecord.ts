/**
 * Per-rendition results of a songbird session, kept as registered arrays (so snapshots include
 * them): the running summary that level metrics read, one history row per rendition (learning
 * curves for tests), the recent pitch tracks that variability is measured over, and the commands
 * of the first, last and best renditions (for exporting their audio).
 */
import type { SimWorld } from '../../sim';
import type { SongTemplate } from './audio/songTemplate';

/** Syllables the record keeps a pitch for. */
export const MAX_SYLLABLES = 8;

/** Entries of songbird.summary (the last rendition's values unless said otherwise). */
export const Summary = {
  templateError: 0,
  pitchErrorSemitones: 1,
  amplitudeError: 2,
  similarity: 3,
  /** SD of each voiced frame's pitch over the last variabilityRenditions renditions (semitones), averaged over frames. */
  variabilitySemitones: 4,
  renditions: 5,
  /** Renditions sung until the mean similarity of the last 10 first reached the criterion (NaN before). */
  renditionsToCriterion: 6,
  reinforcement: 7,
  /** 1 when white noise played in the last rendition. */
  whiteNoise: 8,
  /** Pitch threshold of the white-noise contingency (Hz; NaN before the baseline is measured). */
  whiteNoiseThresholdHz: 9,
  /** Mean similarity of the last 10 renditions. */
  meanSimilarity: 10,
  /** Measured pitch (Hz) of syllable s at syllablePitchHz + s (NaN when unvoiced or absent). */
  syllablePitchHz: 11,
  /**
   * Shift of syllable s's pitch at syllableShiftSd + s: mean over the last 100 renditions minus the
   * baseline mean, in baseline SDs (the white-noise setting's baseline phase; NaN without one).
   */
  syllableShiftSd: 11 + MAX_SYLLABLES,
  /** At otherShiftPercent + s: the largest |shift| of the other syllables, in % of |shift of s| (syllableShifts.ts). */
  otherShiftPercent: 11 + 2 * MAX_SYLLABLES,
} as const;
export const SUMMARY_FIELDS = Summary.otherShiftPercent + MAX_SYLLABLES;
export const SUMMARY_NAME = 'songbird.summary';

/** Fields of one history row. */
export const History = {
  templateError: 0, pitchErrorSemitones: 1, amplitudeError: 2, similarity: 3, whiteNoise: 4, variabilitySemitones: 5, reinforcement: 6,
  syllablePitchHz: 7,
} as const;
export const HISTORY_FIELDS = History.syllablePitchHz + MAX_SYLLABLES;

/** The three kept renditions. */
export const Kept = { first: 0, last: 1, best: 2 } as const;
export const KEPT_COUNT = 3;
/** Per kept rendition: [0] rendition index (−1: none), [1] similarity, [2] white noise played (0/1), [3] noise seed. */
export const KEPT_FIELDS = 4;

export interface SongRecord {
  readonly maxRenditions: number;
  readonly frames: number;
  readonly window: number;
  readonly summary: Float64Array;
  /** maxRenditions × HISTORY_FIELDS. */
  readonly history: Float64Array;
  /** window × frames: pitch relative to the tutor (semitones; NaN where unvoiced), ring by rendition. */
  readonly recentPitch: Float64Array;
  /** KEPT_COUNT × KEPT_FIELDS. */
  readonly kept: Float64Array;
  /** KEPT_COUNT × frames each: the kept renditions' syrinx commands. */
  readonly keptPitchHz: Float32Array;
  readonly keptAmplitude: Float32Array;
}

export function createSongRecord(world: SimWorld, template: SongTemplate, maxRenditions: number, window: number): SongRecord {
  const reg = <T extends Float64Array | Float32Array>(name: string, array: T): T => world.registry.register(`songbird.record.${name}`, array);
  const frames = template.pitchHz.length;
  const summary = world.registry.register(SUMMARY_NAME, new Float64Array(SUMMARY_FIELDS).fill(Number.NaN));
  summary[Summary.renditions] = 0;
  summary[Summary.whiteNoise] = 0;
  const kept = reg('kept', new Float64Array(KEPT_COUNT * KEPT_FIELDS));
  for (let k = 0; k < KEPT_COUNT; k++) kept[k * KEPT_FIELDS] = -1;
  return {
    maxRenditions,
    frames,
    window,
    summary,
    history: reg('history', new Float64Array(maxRenditions * HISTORY_FIELDS).fill(Number.NaN)),
    recentPitch: reg('recentPitch', new Float64Array(window * frames).fill(Number.NaN)),
    kept,
    keptPitchHz: reg('keptPitchHz', new Float32Array(KEPT_COUNT * frames)),
    keptAmplitude: reg('keptAmplitude', new Float32Array(KEPT_COUNT * frames)),
  };
}

/** One rendition's results, as a plain object (tests, curves). */
export interface RenditionResult {
  rendition: number;
  templateError: number;
  pitchErrorSemitones: number;
  amplitudeError: number;
  similarity: number;
  whiteNoise: boolean;
  variabilitySemitones: number;
  reinforcement: number;
  syllablePitchHz: number[];
}

/** The recorded renditions, in order. */
export function renditionResults(record: SongRecord, syllables: number): RenditionResult[] {
  const out: RenditionResult[] = [];
  const count = Math.min(record.maxRenditions, record.summary[Summary.renditions]);
  for (let r = 0; r < count; r++) {
    const f = (field: number): number => record.history[r * HISTORY_FIELDS + field];
    out.push({
      rendition: r,
      templateError: f(History.templateError),
      pitchErrorSemitones: f(History.pitchErrorSemitones),
      amplitudeError: f(History.amplitudeError),
      similarity: f(History.similarity),
      whiteNoise: f(History.whiteNoise) === 1,
      variabilitySemitones: f(History.variabilitySemitones),
      reinforcement: f(History.reinforcement),
      syllablePitchHz: Array.from({ length: Math.min(syllables, MAX_SYLLABLES) }, (_, s) => f(History.syllablePitchHz + s)),
    });
  }
  return out;
}

/**
 * Mean over frames of the SD (across the recent renditions that voice it) of each frame's pitch in
 * semitones; frames voiced in fewer than two renditions are left out. NaN when none qualifies.
 */
export function recentPitchVariability(record: SongRecord, renditionsSoFar: number): number {
  const rows = Math.min(record.window, renditionsSoFar);
  if (rows < 2) return Number.NaN;
  let sdSum = 0, counted = 0;
  for (let k = 0; k < record.frames; k++) {
    let n = 0, sum = 0, squares = 0;
    for (let r = 0; r < rows; r++) {
      const v = record.recentPitch[r * record.frames + k];
      if (Number.isNaN(v)) continue;
      n++; sum += v; squares += v * v;
    }
    if (n < 2) continue;
    const mean = sum / n;
    sdSum += Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1)));
    counted++;
  }
  return counted > 0 ? sdSum / counted : Number.NaN;
}
