/**
 * The bird's songs as the page plays them and the CLI exports them: the tutor's and the kept
 * renditions (keptSongs.ts re-sings them from their syrinx commands, white noise mixed in).
 */
import type { SimWorld } from '../../sim/world/world';
import type { CircuitPlayback, ExportedFile } from '../plugin/circuitDefinition';
import { exportSongAudio } from './exportSongAudio';
import { keptSong } from './keptSongs';
import { songbirdStateOf } from './songbirdState';
import { Kept, KEPT_FIELDS } from './songRecord';

export const songPlayback: CircuitPlayback = {
  latestTake(world) {
    const state = songbirdStateOf(world);
    return state ? state.record.kept[Kept.last * KEPT_FIELDS] : -1;
  },
  sound: (world, kind) => keptSong(world, kind),
};

/** tutor.wav, bird-first.wav, bird-last.wav, bird-best.wav, each noting its rendition and similarity. */
export function exportSongFiles(world: SimWorld): ExportedFile[] {
  return exportSongAudio(world).map((song) => ({
    name: song.name,
    bytes: song.bytes,
    note: song.rendition >= 0 ? `rendition ${song.rendition + 1}, ${song.similarity?.toFixed(0)}/100` : '',
  }));
}
