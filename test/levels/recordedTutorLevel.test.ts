/**
 * withRecordedTutor (src/levels/recordedTutorLevel.ts): a level whose circuit has a recordedTutor hook
 * (here the songbird) takes a recorded tutor as its own file; trials grow to hold a long song, by the
 * length spawning asks (renditionMs with the circuit's own critic delay); the result loads, spawns with
 * the file, and keeps the level's circuit, objectives and lesson.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordedTutor } from '../../src/audio/recording/recordedTutor';
import { loadLevel } from '../../src/levels/loadLevel';
import { levelAssetPaths } from '../../src/levels/levelAssets';
import { RECORDED_TUTOR_FILE, recordedTutorHookOf, withRecordedTutor } from '../../src/levels/recordedTutorLevel';
import { songbirdRecordedTutor } from '../../src/circuits/songbird/recording/recordedTutorHook';
import type { Level } from '../../src/levels/schema/level';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { whistle } from '../audio/recording/syntheticSounds';

const recorded = (original: Level, wav: Uint8Array): Level => {
  const made = withRecordedTutor(original, wav);
  if (!made.ok) throw new Error(made.error);
  return made.level;
};

const level = (id: string) => {
  const loaded = loadLevel(readFileSync(new URL(`../../levels/${id}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
};

describe('withRecordedTutor', () => {
  // A 2.4 s tune: longer than songbird-tutor's 660 ms trials.
  const long = recordedTutor(whistle([{ startMs: 50, durationMs: 1100, startHz: 1500, endHz: 2200 }, { startMs: 1250, durationMs: 1200, startHz: 2000, endHz: 1600 }]), 44100, songbirdRecordedTutor);
  if (!long.ok) throw new Error(JSON.stringify(long.problems));

  it('names the file, grows the trials to hold the song and its reinforcement, and keeps the rest', () => {
    const original = level('songbird-tutor');
    const made = recorded(original, long.tutor.wav);
    const songMs = long.tutor.songMs;
    expect(songMs).toBeGreaterThan(2400);
    expect(made.id).toBe('songbird-tutor-recorded');
    expect(made.circuits[0]).toMatchObject({ kind: 'songbird', tutor: { wav: RECORDED_TUTOR_FILE } });
    for (const phase of made.timeline!.sessions.flatMap((s) => s.phases)) expect(phase.trialMs).toBe(10 + songMs + 60 + 1);
    expect(made.objectives).toEqual(original.objectives);
    expect(made.lesson).toEqual(original.lesson);
    expect(levelAssetPaths(made)).toEqual([RECORDED_TUTOR_FILE]);
  });

  it('loads as written and spawns with the recording (the check spawning makes for a WAV tutor passes)', () => {
    const made = recorded(level('songbird-tutor'), long.tutor.wav);
    const reloaded = loadLevel(JSON.parse(JSON.stringify(made)));
    expect(reloaded.ok).toBe(true);
    const spawned = spawnLevel(made, { assets: new Map([[RECORDED_TUTOR_FILE, long.tutor.wav]]) });
    expect(spawned.ok).toBe(true);
    // Without growing the trials, spawning refuses the long tutor.
    const unchanged = { ...made, timeline: level('songbird-tutor').timeline };
    const refused = spawnLevel(unchanged, { assets: new Map([[RECORDED_TUTOR_FILE, long.tutor.wav]]) });
    expect(refused.ok).toBe(false);
  });

  it('follows the circuit\'s own critic delay: a slower critic asks longer trials', () => {
    const original = level('songbird-tutor');
    const slow = { ...original, circuits: original.circuits.map((c) => ({ ...c, reinforcementDelayMs: 200 })) } as Level;
    for (const phase of recorded(slow, long.tutor.wav).timeline!.sessions.flatMap((s) => s.phases)) expect(phase.trialMs).toBe(10 + long.tutor.songMs + 200 + 1);
  });

  it('is offered only where a circuit takes a recorded tutor (the songbird\'s hook), and refused elsewhere', () => {
    expect(recordedTutorHookOf(level('songbird-wav-tutor'))).toBe(songbirdRecordedTutor);
    expect(recordedTutorHookOf(level('stdp-pairing'))).toBeNull();
    const refused = withRecordedTutor(level('stdp-pairing'), long.tutor.wav);
    expect(refused.ok).toBe(false);
  });
});
