/**
 * The songbird's songs for playback, read from a world: the tutor's, and the bird's last and best
 * renditions (circuits/songbird/keptSongs.ts re-sings them from their kept syrinx commands, with the
 * white noise the bird heard mixed in).
 */
import type { SimWorld } from '../sim';
import { songbirdStateOf } from '../circuits/songbird/songbirdState';
import { Kept, KEPT_FIELDS } from '../circuits/songbird/songRecord';
import { keptSong, type KeptSong } from '../circuits/songbird/keptSongs';
import type { SongKind } from './soundNames';

export type WorldSong = KeptSong;

/** Index of the bird's last finished rendition (−1: none yet, or no songbird in this world). */
export function lastRenditionOf(world: SimWorld): number {
  const state = songbirdStateOf(world);
  return state ? state.record.kept[Kept.last * KEPT_FIELDS] : -1;
}

/** The song of `kind`, or null when the world has no songbird or the bird has not sung yet. */
export function songOfWorld(world: SimWorld, kind: SongKind): WorldSong | null {
  return keptSong(world, kind);
}
