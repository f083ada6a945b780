/**
 * The songs a run keeps: the tutor's, and the bird's first, last and best renditions, re-sung from
 * their kept syrinx commands, with the white noise mixed in where the bird heard it (songNoise.ts
 * replays it from its seed). Pure; exportSongAudio makes WAV files of them, the page plays them.
 */
import type { SimWorld } from '../../sim';
import { SONG_SAMPLE_RATE_HZ, synthesizeSong } from './audio/syrinx';
import { songbirdStateOf } from './songbirdState';
import { KEPT_FIELDS, Kept } from './songRecord';
import { mixWhiteNoise } from './songNoise';

export type KeptSongKind = 'tutor' | 'first' | 'last' | 'best';

export interface KeptSong {
  samples: Float32Array;
  sampleRateHz: number;
  /** Which rendition (0-based), or null for the tutor. */
  rendition: number | null;
  /** Its similarity to the tutor (0-100; 100 for the tutor). */
  similarity: number;
}

const KEPT_INDEX = { first: Kept.first, last: Kept.last, best: Kept.best } as const;

/** The song of `kind`, or null when the world has no songbird or the bird has not sung it yet. */
export function keptSong(world: SimWorld, kind: KeptSongKind): KeptSong | null {
  const state = songbirdStateOf(world);
  if (!state) return null;
  const { record, frames, tutor } = state;
  if (kind === 'tutor') return { samples: tutor.samples, sampleRateHz: tutor.sampleRateHz, rendition: null, similarity: 100 };
  const which = KEPT_INDEX[kind];
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
  return { samples, sampleRateHz: SONG_SAMPLE_RATE_HZ, rendition, similarity: record.kept[at + 1] };
}
