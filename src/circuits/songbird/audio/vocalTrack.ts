/**
 * The syrinx command track: what the RA motor pools tell the vocal organ, one value per frame.
 *
 * Frame i covers [i·frameMs, (i+1)·frameMs); its value is the command at the frame's centre, and the
 * syrinx interpolates linearly between neighbouring centres (so a step from one frame to the next is
 * heard as a frameMs-long ramp, never as a click).
 */
export interface VocalTrack {
  /** Length of one command frame. */
  frameMs: number;
  /** Fundamental frequency commanded for each frame (Hz). Ignored where amplitude is 0. */
  pitchHz: Float32Array;
  /** Loudness command for each frame, 0..1 (0 = silent gap; 1 = the syrinx's full output). */
  amplitude: Float32Array;
}

/** Number of frames in a track (the shorter of its two arrays, so a ragged track cannot overrun). */
export function vocalTrackFrameCount(track: VocalTrack): number {
  return Math.min(track.pitchHz.length, track.amplitude.length);
}
