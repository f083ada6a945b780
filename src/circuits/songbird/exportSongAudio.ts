/**
 * The songs of a run as WAV files (pure: returns bytes; the CLI writes them): the tutor's, and the
 * bird's first, last and best renditions (keptSongs.ts).
 */
import type { SimWorld } from '../../sim';
import { encodeWav } from '../plugin/wav';
import { keptSong } from './keptSongs';

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
  const out: ExportedSong[] = [];
  for (const [name, kind] of [['tutor.wav', 'tutor'], ['bird-first.wav', 'first'], ['bird-last.wav', 'last'], ['bird-best.wav', 'best']] as const) {
    const song = keptSong(world, kind);
    if (song) out.push({ name, rendition: song.rendition ?? -1, similarity: song.similarity, bytes: encodeWav(song.samples, song.sampleRateHz) });
  }
  return out;
}
