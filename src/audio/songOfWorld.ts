/**
 * Recorded songs for playback, read from a world through the circuits' playback hooks (each circuit
 * definition's `playback`: a model song, the latest and the best take, re-sung by the circuit from
 * what it kept).
 */
import type { SimWorld } from '../sim';
import { CIRCUIT_DEFINITIONS } from '../circuits/registry';
import type { CircuitPlayback, PlayableSound } from '../circuits/plugin/circuitDefinition';
import type { SongKind } from './soundNames';

export type WorldSong = PlayableSound;

const PLAYBACKS: readonly CircuitPlayback[] = CIRCUIT_DEFINITIONS.flatMap((d) => (d.playback ? [d.playback] : []));

/** Index of the latest finished take of a circuit in the world that records songs (−1: none yet, or none in this world). */
export function lastRenditionOf(world: SimWorld): number {
  for (const playback of PLAYBACKS) {
    const take = playback.latestTake(world);
    if (take >= 0) return take;
  }
  return -1;
}

/** The song of `kind`, or null when no circuit of the world has one (yet). */
export function songOfWorld(world: SimWorld, kind: SongKind): WorldSong | null {
  for (const playback of PLAYBACKS) {
    const song = playback.sound(world, kind);
    if (song) return song;
  }
  return null;
}
