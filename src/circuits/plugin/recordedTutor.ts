/**
 * The optional hook of a circuit that can learn from a tutor the player records (issue 18): the page
 * offers "Record a tutor" in any level with such a circuit, checks the recording's level and length
 * itself (src/audio/recording: silence, clipping, too short, too long), and hands the trimmed samples
 * to the circuit, which makes its tutor file from them (or says why it cannot) and writes that file
 * into its config. The page never learns what the tutor means to the circuit, only what to show.
 */

/** The part of a recording the player keeps, already checked for level and length. */
export interface RecordingForTutor {
  /** Raw samples of the kept span (full scale 1). */
  readonly samples: Float32Array;
  readonly sampleRateHz: number;
  /** ms of it that count as sound (10 ms frames at least a fifth of the loudest one's RMS). */
  readonly soundMs: number;
  /** RMS of its loudest 10 ms frame (full scale 1). */
  readonly peakFrameRms: number;
}

/** Why the circuit cannot make a tutor of a recording, as data (the page says it in words). */
export type TutorProblem =
  | { readonly code: 'noiseOnly'; readonly soundMs: number }
  | { readonly code: 'noPitch'; readonly voicedMs: number; readonly soundMs: number }
  | { readonly code: 'unusable'; readonly detail: string };

/** How the recording's pitch range was moved into the range the animal sings, shown to the player. */
export interface PitchMapping {
  /** Whole octaves the recording is moved by (−1: one octave down). */
  readonly octaves: number;
  /** Frequency factor 2^octaves. */
  readonly factor: number;
  /** The recording's pitch range (5th-95th percentile of its pitched frames) and median, in Hz. */
  readonly sourceLowHz: number;
  readonly sourceHighHz: number;
  readonly sourceMedianHz: number;
  /** The same after mapping: what the tutor sings. */
  readonly mappedLowHz: number;
  readonly mappedHighHz: number;
  readonly mappedMedianHz: number;
}

/** A tutor made from a recording: the file saved with the level, and what the page plays and shows. */
export interface MadeTutor {
  /** The tutor file's bytes (a WAV), saved next to the level. */
  readonly wav: Uint8Array;
  /** The tutor as the animal hears it, to play beside the recording. */
  readonly samples: Float32Array;
  readonly sampleRateHz: number;
  readonly mapping: PitchMapping;
  /** Syllables found in it and its length (ms). */
  readonly syllables: number;
  readonly songMs: number;
  /** ms of the recording that had a clear pitch. */
  readonly voicedMs: number;
}

export type MadeTutorResult = { readonly ok: true; readonly tutor: MadeTutor } | { readonly ok: false; readonly problems: TutorProblem[] };

export type ConfigWithTutor<C> = { readonly ok: true; readonly config: C; readonly trialMs: number } | { readonly ok: false; readonly error: string };

export interface RecordedTutorHook<C = unknown> {
  /** Makes the tutor from the kept span (pure and deterministic: the same samples give the same bytes). */
  make(recording: RecordingForTutor): MadeTutorResult;
  /**
   * The config with the tutor file `path` (bytes `wav`, as make wrote them) in place of its own tutor,
   * and the trial length (ms) one rendition of it needs, read the way spawning will read the file.
   */
  withTutor(config: C, path: string, wav: Uint8Array): ConfigWithTutor<C>;
}
