/**
 * The numbers that decide whether a microphone recording (or a dropped WAV) can serve as a songbird
 * tutor. Each is a measured boundary, not a taste: see the comment beside it.
 */

/** Longest recording the recorder keeps (ms): a zebra-finch motif is ~0.5-1 s; 3 s holds a short tune. */
export const RECORDING_MAX_MS = 3000;
/** A recording (after trimming) shorter than this holds no syllable the segmenter keeps (15 ms) plus margins. */
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
/** Frames at least this fraction of the loudest frame's RMS count as sound (the segmenter's 0.2, so both agree). */
export const LOUD_FRACTION = 0.2;
/** Less than this much pitched sound (ms) is nothing a bird could copy: three 10 ms template frames... */
export const MIN_VOICED_MS = 40;
/** ...and less than this share of the sound being pitched means the sound is mostly unpitched. */
export const MIN_VOICED_SHARE = 0.15;
/**
 * Frame length of the analysis that maps the recording (ms of real time): the tutor WAV is re-sung from
 * it, so it is fine enough to follow a whistle's glides and vibrato (5 ms, the stored templates' frame).
 */
export const MAPPING_FRAME_MS = 5;
/** Sample rate of the tutor WAV made from a recording: 2 harmonics of a 2 kHz tone below Nyquist, and small files for links. */
export const RECORDED_TUTOR_RATE_HZ = 11025;
/** Silence kept before the first and after the last loud frame when trimming automatically (ms). */
export const TRIM_MARGIN_MS = 30;
