/**
 * The songbird levels in the level format, fast: they load, spawn and sing a few renditions
 * (LIF, dt = 1 ms, each level's seed); WAV tutors come from the spawn's assets, and bad or missing
 * ones are path-named errors, never a throw. The levels played to the end are in
 * test/science-long/songbirdLevels.long.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/loadLevel';
import { levelAssetPaths } from '../../../src/levels/levelAssets';
import { builtInLevelAssets } from '../helpers';
import { runLevel } from '../../../src/levels/runLevel';
import type { Level } from '../../../src/levels/schema/level';
import { exportSongAudio } from '../../../src/circuits/songbird';
import { decodeWav } from '../../../src/circuits/plugin/wav';

const IDS = ['songbird-tutor', 'songbird-lman-lesion', 'songbird-deafening', 'songbird-white-noise', 'songbird-wav-tutor'];
const read = (id: string) => JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const load = (raw: unknown): Level => {
  const loaded = loadLevel(raw);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
};
const assetsOf = (level: Level) => builtInLevelAssets(level);

describe('songbird levels (fast)', () => {
  for (const id of IDS) {
    it(`${id}: loads, spawns and sings 3 renditions with per-rendition metrics`, () => {
      const level = load(read(id));
      const outcome = runLevel(level, { trials: 3, assets: assetsOf(level) });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      expect(outcome.result.trials).toHaveLength(3);
      for (const trial of outcome.result.trials) for (const value of Object.values(trial.metrics).slice(0, 1)) expect(value === null || Number.isFinite(value)).toBe(true);
    });
  }

  it('the WAV tutor level lists its asset; without it spawning reports the field, not a throw', () => {
    const level = load(read('songbird-wav-tutor'));
    expect(levelAssetPaths(level)).toEqual(['assets:tutors/whistle-sweep.wav']);
    const missing = runLevel(level, { trials: 1 });
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.errors[0].path).toBe('circuits[0].tutor.wav');
    expect(missing.errors[0].message).toMatch(/tutors\/whistle-sweep\.wav/);
    const broken = runLevel(level, { trials: 1, assets: new Map([['assets:tutors/whistle-sweep.wav', Uint8Array.from([1, 2, 3])]]) });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0].path).toBe('circuits[0].tutor.wav');
  });

  it('rejects asset paths that are not plain relative paths (.. after a name, absolute, URLs, other extensions)', () => {
    for (const wav of ['tutors/../../secret.wav', './a.wav', '/etc/x.wav', 'https://example.com/a.wav', 'tutors/a.mp3', 'Tutors/A.wav', 'tutors//a.wav', '..\\a.wav', 'C:/a.wav', 'assets:../secret.wav', 'assets:/etc/x.wav', 'assets:', 'asset:tutors/a.wav', '../assets:a.wav']) {
      const raw = read('songbird-wav-tutor') as { circuits: Array<{ tutor: unknown }> };
      raw.circuits[0].tutor = { wav };
      const loaded = loadLevel(raw);
      expect(loaded.ok, wav).toBe(false);
      if (!loaded.ok) expect(loaded.errors.map((e) => e.path)).toContain('circuits[0].tutor.wav');
    }
  });

  it('checks trial length, timeline phases of the white-noise setting and the target syllable', () => {
    const raw = read('songbird-white-noise') as { timeline: { sessions: Array<{ phases: Array<{ trialMs: number }> }> }; circuits: Array<{ whiteNoise: Record<string, unknown> }> };
    raw.timeline.sessions[0].phases[0].trialMs = 300;
    raw.circuits[0].whiteNoise.baselinePhase = 'nope';
    raw.circuits[0].whiteNoise.syllable = 6;
    const loaded = loadLevel(raw);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const paths = loaded.errors.map((e) => e.path);
    expect(paths).toContain('timeline.sessions[0].phases[0].trialMs');
    expect(paths).toContain('circuits[0].whiteNoise.baselinePhase');
    expect(paths).toContain('circuits[0].whiteNoise.syllable');
  });

  it('exports the tutor and the bird\'s first, last and best renditions as WAV', () => {
    const level = load(read('songbird-tutor'));
    let songs: ReturnType<typeof exportSongAudio> = [];
    const outcome = runLevel(level, { trials: 2, onFinish: (world) => { songs = exportSongAudio(world); } });
    expect(outcome.ok).toBe(true);
    expect(songs.map((s) => s.name)).toEqual(['tutor.wav', 'bird-first.wav', 'bird-last.wav', 'bird-best.wav']);
    for (const song of songs) {
      const decoded = decodeWav(song.bytes);
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(decoded.samples.length).toBeGreaterThan(10_000);
    }
  });
});
