// Songs the player can listen to, and the amplitude the beak follows. Integration: the engine's own
// schedule (stepSim) on levels/songbird-tutor.json, seed 7 (the level's), dt = 1 ms (the level's),
// run for 3 renditions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keptSong } from '../../../src/circuits/songbird/keptSongs';
import { songbirdStateOf } from '../../../src/circuits/songbird/songbirdState';
import { Summary } from '../../../src/circuits/songbird/songRecord';
import { loadLevel } from '../../../src/levels/loadLevel';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { amplitudeAt, playableSong } from '../../../src/render/scenes/songbird/songbirdSongs';
import { stepSim } from '../../../src/sim/schedule';

describe('amplitudeAt', () => {
  const track = { amplitude: [0, 1, 0.5], frameMs: 10 };
  it('interpolates between frame centres and is silent outside the song', () => {
    expect(amplitudeAt(track, 5)).toBe(0); // centre of frame 0
    expect(amplitudeAt(track, 10)).toBeCloseTo(0.5, 12); // halfway to frame 1's centre
    expect(amplitudeAt(track, 15)).toBe(1);
    expect(amplitudeAt(track, 28)).toBe(0.5); // held after the last centre
    expect(amplitudeAt(track, -1)).toBe(0);
    expect(amplitudeAt(track, 30)).toBe(0);
  });
});

describe('playableSong', () => {
  it('gives the tutor at once and the last / best renditions once sung, with their amplitude tracks', () => {
    const loaded = loadLevel(readFileSync('levels/songbird-tutor.json', 'utf8'));
    if (!loaded.ok) throw new Error('level does not load');
    const spawned = spawnLevel(loaded.level);
    if (!spawned.ok) throw new Error('level does not spawn');
    const { world } = spawned;
    const state = songbirdStateOf(world)!;
    expect(playableSong(world, 'last')).toBeNull();
    const tutor = playableSong(world, 'tutor')!;
    expect(tutor.samples).toBe(state.tutor.samples);
    expect(tutor.track.amplitude.length).toBe(state.frames);
    while (state.record.summary[Summary.renditions] < 3) stepSim(world);
    const last = playableSong(world, 'last')!;
    const best = playableSong(world, 'best')!;
    expect(last.rendition).toBe(2);
    expect(Array.from(last.samples)).toEqual(Array.from(keptSong(world, 'last')!.samples));
    expect(last.track.amplitude.length).toBe(state.frames);
    expect(best.similarity).toBeGreaterThanOrEqual(last.similarity);
    // The bird sings: its amplitude track is not silent.
    expect(Math.max(...Array.from(last.track.amplitude))).toBeGreaterThan(0.1);
  });
});
