/** Shared test material for the songbird audio tests: piecewise commanded tracks and a seeded uint32 source. */
import type { VocalTrack } from '../../../../src/circuits/songbird/audio/vocalTrack';

/** A segment of a commanded track: linear pitch glide at constant amplitude (0 = silent gap). */
export interface TrackSegment {
  durationMs: number;
  startHz: number;
  endHz: number;
  amplitude: number;
}

export interface BuiltTrack {
  track: VocalTrack;
  /**
   * 1 where the frame is "steady": voiced and at least `marginMs` from any segment boundary, so
   * both amplitude and pitch slope are constant over the analysis window around it.
   */
  steady: Uint8Array;
}

/** Samples a piecewise-linear command track at frame centres. */
export function buildTrack(segments: readonly TrackSegment[], frameMs: number, marginMs = 10): BuiltTrack {
  const totalMs = segments.reduce((sum, segment) => sum + segment.durationMs, 0);
  const frameCount = Math.round(totalMs / frameMs);
  const pitchHz = new Float32Array(frameCount);
  const amplitude = new Float32Array(frameCount);
  const steady = new Uint8Array(frameCount);
  for (let frame = 0; frame < frameCount; frame++) {
    const timeMs = (frame + 0.5) * frameMs;
    let startMs = 0;
    for (const segment of segments) {
      const endMs = startMs + segment.durationMs;
      if (timeMs < endMs) {
        const fraction = (timeMs - startMs) / segment.durationMs;
        pitchHz[frame] = segment.startHz + (segment.endHz - segment.startHz) * fraction;
        amplitude[frame] = segment.amplitude;
        steady[frame] = segment.amplitude > 0 && timeMs - startMs >= marginMs && endMs - timeMs >= marginMs ? 1 : 0;
        break;
      }
      startMs = endMs;
    }
  }
  return { track: { frameMs, pitchHz, amplitude }, steady };
}

/** Seeded xorshift32 (a stand-in for the circuit's rng stream). */
export function xorshift32(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}
