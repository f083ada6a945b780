/**
 * The numbers that decide whether a microphone recording (or a dropped WAV) is fit to be analysed as a
 * tutor at all: its length and its level. What the circuit then needs of the sound (pitch, for a bird)
 * is the circuit's own check (its recordedTutor hook). Each is a measured boundary: see the comment
 * beside it.
 */

/** Longest recording the recorder keeps (ms): a zebra-finch motif is ~0.5-1 s; 3 s holds a short tune. */
export const RECORDING_MAX_MS = 3000;
/**
 * A kept span (after trimming) shorter than this is too short to be a tune: 100 ms is the automatic
 * trim's two 30 ms margins around 40 ms of sound, the least pitched sound a tutor may have.
 */
export const RECORDING_MIN_MS = 100;
/**
 * Loudest 10 ms frame below this (sample RMS, full scale 1) is silence: -54 dBFS, under the noise floor
 * of a laptop microphone with its gain up (measured RMS of a quiet room ~-60 dBFS on such microphones).
 */
export const SILENCE_RMS = 0.002;
/** A sample at or above this magnitude hit the converter's ceiling. */
export const CLIP_LEVEL = 0.99;
/** More than this share of the loud samples at the ceiling is clipping that bends the pitch's harmonics. */
export const MAX_CLIPPED_FRACTION = 0.01;
/** Frames at least this fraction of the loudest frame's RMS count as sound (the syllable segmenter's 0.2, so both agree). */
export const LOUD_FRACTION = 0.2;
/** Silence kept before the first and after the last loud frame when trimming automatically (ms). */
export const TRIM_MARGIN_MS = 30;
