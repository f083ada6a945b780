/**
 * The three songs the player can listen to (tutor, last rendition, best rendition): their samples,
 * re-sung by the circuit's keptSong (the recipe exportSongAudio also uses), and the per-frame
 * amplitude track the bird's beak follows while a song plays. Pure: reads the world, draws nothing.
 */
import { keptSong, type KeptSong } from '../../../circuits/songbird/keptSongs';
import { songbirdStateOf } from '../../../circuits/songbird/songbirdState';
import { KEPT_FIELDS, Kept } from '../../../circuits/songbird/songRecord';
import type { SimWorld } from '../../../sim/world/world';

export type ListenKind = 'tutor' | 'last' | 'best';

/** Amplitude (0..1 syrinx command) per song frame, frameMs apart. */
export interface AmplitudeTrack {
  amplitude: ArrayLike<number>;
  frameMs: number;
}

export interface PlayableSong extends KeptSong {
  kind: ListenKind;
  track: AmplitudeTrack;
}

/** Samples and amplitude track of the tutor, the last or the best rendition; null before the bird sang it. */
export function playableSong(world: SimWorld, kind: ListenKind): PlayableSong | null {
  const state = songbirdStateOf(world);
  const song = keptSong(world, kind);
  if (!state || !song) return null;
  const { frames, record, tutor } = state;
  const frameMs = tutor.template.frameMs;
  if (kind === 'tutor') return { ...song, kind, track: { amplitude: tutor.template.amplitude, frameMs } };
  const which = kind === 'last' ? Kept.last : Kept.best;
  if (record.kept[which * KEPT_FIELDS] < 0) return null;
  return { ...song, kind, track: { amplitude: record.keptAmplitude.subarray(which * frames, (which + 1) * frames), frameMs } };
}

/** Amplitude at `ms` into a track (linear between frame centres, 0 outside the song). */
export function amplitudeAt(track: AmplitudeTrack, ms: number): number {
  const n = track.amplitude.length;
  if (n === 0 || ms < 0 || ms >= n * track.frameMs) return 0;
  const x = ms / track.frameMs - 0.5;
  const i = Math.max(0, Math.min(n - 1, Math.floor(x)));
  const j = Math.min(n - 1, i + 1);
  const u = Math.max(0, Math.min(1, x - i));
  return track.amplitude[i] * (1 - u) + track.amplitude[j] * u;
}
