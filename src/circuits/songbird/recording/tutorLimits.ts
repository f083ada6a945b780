/**
 * What the songbird needs of a recording to make a tutor of it (after the page's checks of length and
 * level, src/audio/recording/recordingLimits.ts): enough pitched sound, and the resolution and rate of
 * the tutor WAV it re-sings. Each is a measured boundary: see the comment beside it.
 */

/** Less than this much pitched sound (ms) is nothing a bird could copy: three 10 ms template frames... */
export const MIN_VOICED_MS = 40;
/** ...and less than this share of the sound being pitched means the sound is mostly unpitched. */
export const MIN_VOICED_SHARE = 0.15;
/** A sustained unpitched sound at least this long is noise (breath, hiss, wind), not a short click. */
export const NOISE_MIN_MS = 150;
/**
 * Frame length of the analysis that maps the recording (ms of real time): the tutor WAV is re-sung from
 * it, so it is fine enough to follow a whistle's glides and vibrato (5 ms, the stored templates' frame).
 */
export const MAPPING_FRAME_MS = 5;
/** Sample rate of the tutor WAV made from a recording: 2 harmonics of a 2 kHz tone below Nyquist, and small files for links. */
export const RECORDED_TUTOR_RATE_HZ = 11025;
