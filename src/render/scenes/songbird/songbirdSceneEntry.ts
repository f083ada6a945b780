/** The songbird's entry in the scene registry: its scene, its side panel, and the beak following a song. */
import type { SceneEntry } from '../sceneEntry';
import { SongbirdScene, songbirdSceneFactory } from './songbirdScene';
import { songbirdPanelOptions, songbirdPanelStatus } from './songbirdPanelOptions';
import { createSongbirdPanel } from './songbirdPanel';
import { playableSong } from './songbirdSongs';
import { songDescriber } from './describeSong';

/** Wall ms after a song's end before the beak stops following it (the sound may start a little late). */
const FOLLOW_GRACE_MS = 50;

export const songbirdSceneEntry: SceneEntry = {
  name: 'songbird',
  create: songbirdSceneFactory,
  describer: songDescriber,
  sidePanel(container, level, world, hooks) {
    const options = songbirdPanelOptions(level, world);
    if (!options) return null;
    const panel = createSongbirdPanel(container, options, { onCommand: hooks.sendCommand, playSong: hooks.playSound });
    return {
      sync(next) {
        const status = songbirdPanelStatus(next);
        if (status) panel.sync(status);
      },
      destroy: () => panel.destroy(),
    };
  },
  followSound(scene, world, kind, durationMs, stillShown) {
    if (!(scene instanceof SongbirdScene)) return;
    const song = playableSong(world, kind);
    const startedAt = performance.now();
    scene.followPlayback(song?.track ?? null, () => performance.now() - startedAt);
    setTimeout(() => { if (stillShown()) scene.followPlayback(null); }, durationMs + FOLLOW_GRACE_MS);
  },
};
