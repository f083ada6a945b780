/**
 * The songbird's songs as samples, read from a world: the tutor's, and the bird's last and best
 * renditions re-sung from their kept syrinx commands with the white noise it heard mixed in (the
 * same recipe as circuits/songbird/exportSongAudio.ts, for one song at a time and without WAV bytes).
 */
import type { SimWorld } from '../sim';
import { songbirdStateOf } from '../circuits/songbird/songbirdState';
import { Kept, KEPT_FIELDS } from '../circuits/songbird/songRecord';
import { SONG_SAMPLE_RATE_HZ, synthesizeSong } from '../circuits/songbird/audio/syrinx';
import { mixWhiteNoise } from '../circuits/songbird/songNoise';
import type { SongKind } from './soundNames';

export interface WorldSong {
  samples: Float32Array;
  sampleRateHz: number;
  /** 0-based rendition, or null for the tutor. */
  rendition: number | null;
}

/** Index of the bird's last finished rendition (−1: none yet, or no songbird in this world). */
export function lastRenditionOf(world: SimWorld): number {
  const state = songbirdStateOf(world);
  return state ? state.record.kept[Kept.last * KEPT_FIELDS] : -1;
}

/** The song of `kind`, or null when the world has no songbird or the bird has not sung yet. */
export function songOfWorld(world: SimWorld, kind: SongKind): WorldSong | null {
  const state = songbirdStateOf(world);
  if (!state) return null;
  const { record, frames, tutor } = state;
  if (kind === 'tutor') return { samples: tutor.samples, sampleRateHz: tutor.sampleRateHz, rendition: null };
  const which = kind === 'best' ? Kept.best : Kept.last;
  const at = which * KEPT_FIELDS;
  const rendition = record.kept[at];
  if (rendition < 0) return null;
  const frameMs = tutor.template.frameMs;
  const track = {
    frameMs,
    pitchHz: record.keptPitchHz.slice(which * frames, (which + 1) * frames),
    amplitude: record.keptAmplitude.slice(which * frames, (which + 1) * frames),
  };
  const samples = synthesizeSong(track, SONG_SAMPLE_RATE_HZ);
  if (record.kept[at + 2] === 1 && state.whiteNoise) {
    const syllable = tutor.template.syllables[state.whiteNoise.setting.syllable];
    mixWhiteNoise(samples, syllable.startFrame * frameMs, syllable.endFrame * frameMs, SONG_SAMPLE_RATE_HZ, state.params.whiteNoiseAmplitude, record.kept[at + 3]);
  }
  return { samples, sampleRateHz: SONG_SAMPLE_RATE_HZ, rendition };
}
