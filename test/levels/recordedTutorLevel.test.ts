/**
 * withRecordedTutor (src/levels/recordedTutorLevel.ts): a songbird level takes a recorded tutor as its
 * own file; trials grow to hold a long song; the result loads, spawns with the file, and keeps the
 * level's circuit, objectives and lesson.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordedTutor } from '../../src/audio/recording/recordedTutor';
import { loadLevel } from '../../src/levels/loadLevel';
import { levelAssetPaths } from '../../src/levels/levelAssets';
import { hasSongbird, RECORDED_TUTOR_FILE, withRecordedTutor } from '../../src/levels/recordedTutorLevel';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { whistle } from '../audio/recording/syntheticSounds';

const level = (id: string) => {
  const loaded = loadLevel(readFileSync(new URL(`../../levels/${id}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
};

describe('withRecordedTutor', () => {
  // A 2.4 s tune: longer than songbird-tutor's 660 ms trials.
  const long = recordedTutor(whistle([{ startMs: 50, durationMs: 1100, startHz: 1500, endHz: 2200 }, { startMs: 1250, durationMs: 1200, startHz: 2000, endHz: 1600 }]), 44100, RECORDED_TUTOR_FILE);
  if (!long.ok) throw new Error(JSON.stringify(long.problems));

  it('names the file, grows the trials to hold the song and its reinforcement, and keeps the rest', () => {
    const original = level('songbird-tutor');
    const made = withRecordedTutor(original, long.tutor);
    const songMs = long.tutor.template.pitchHz.length * 10;
    expect(songMs).toBeGreaterThan(2400);
    expect(made.id).toBe('songbird-tutor-recorded');
    expect(made.circuits[0]).toMatchObject({ kind: 'songbird', tutor: { wav: RECORDED_TUTOR_FILE } });
    for (const phase of made.timeline!.sessions.flatMap((s) => s.phases)) expect(phase.trialMs).toBe(10 + songMs + 60 + 1);
    expect(made.objectives).toEqual(original.objectives);
    expect(made.lesson).toEqual(original.lesson);
    expect(levelAssetPaths(made)).toEqual([RECORDED_TUTOR_FILE]);
  });

  it('loads as written and spawns with the recording (the check spawning makes for a WAV tutor passes)', () => {
    const made = withRecordedTutor(level('songbird-tutor'), long.tutor);
    const reloaded = loadLevel(JSON.parse(JSON.stringify(made)));
    expect(reloaded.ok).toBe(true);
    const spawned = spawnLevel(made, { assets: new Map([[RECORDED_TUTOR_FILE, long.wav]]) });
    expect(spawned.ok).toBe(true);
    // Without growing the trials, spawning refuses the long tutor.
    const unchanged = { ...made, timeline: level('songbird-tutor').timeline };
    const refused = spawnLevel(unchanged, { assets: new Map([[RECORDED_TUTOR_FILE, long.wav]]) });
    expect(refused.ok).toBe(false);
  });

  it('is offered only where there is a songbird', () => {
    expect(hasSongbird(level('songbird-wav-tutor'))).toBe(true);
    expect(hasSongbird(level('stdp-pairing'))).toBe(false);
  });
});
