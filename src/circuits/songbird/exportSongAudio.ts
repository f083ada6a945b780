/**
 * The songs of a run as WAV files (pure: returns bytes; the CLI writes them): the tutor's, and the
 * bird's first, last and best renditions, re-sung from their kept syrinx commands, with the white
 * noise mixed in where the bird heard it (songNoise.ts replays it from its seed).
 */
import type { SimWorld } from '../../sim';
import { encodeWav } from './audio/wav';
import { SONG_SAMPLE_RATE_HZ, synthesizeSong } from './audio/syrinx';
import { songbirdStateOf } from './songbirdState';
import { KEPT_FIELDS, Kept } from './songRecord';
import { mixWhiteNoise } from './songNoise';

export interface ExportedSong {
  /** File name, e.g. "bird-last.wav". */
  name: string;
  /** Which rendition (0-based), or −1 for the tutor. */
  rendition: number;
  similarity: number | null;
  bytes: Uint8Array;
}

/** The run's songs; empty when the world has no songbird circuit. */
export function exportSongAudio(world: SimWorld): ExportedSong[] {
  const state = songbirdStateOf(world);
  if (!state) return [];
  const { record, frames, tutor } = state;
  const out: ExportedSong[] = [{ name: 'tutor.wav', rendition: -1, similarity: 100, bytes: encodeWav(tutor.samples, tutor.sampleRateHz) }];
  const frameMs = tutor.template.frameMs;
  for (const [name, which] of [['bird-first.wav', Kept.first], ['bird-last.wav', Kept.last], ['bird-best.wav', Kept.best]] as const) {
    const at = which * KEPT_FIELDS;
    const rendition = record.kept[at];
    if (rendition < 0) continue;
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
    out.push({ name, rendition, similarity: record.kept[at + 1], bytes: encodeWav(samples, SONG_SAMPLE_RATE_HZ) });
  }
  return out;
}
