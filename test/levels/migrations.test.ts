import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, levelMigrations, loadLevel, migrateLevelData, type MigrationStep } from '../../src/levels';
import { checkSteps } from '../../src/levels/versioning/versionedFormat';
import { levelFormat } from '../../src/levels/migrations';
import { fixture } from './helpers';

const builtIn = (id: string) => JSON.parse(readFileSync(new URL(`../../levels/${id}.json`, import.meta.url), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A made-up version 0 of the format: `name` instead of `title`, populations as `groups`. */
function toVersion0(level: Record<string, unknown>): Record<string, unknown> {
  const { title, populations, ...rest } = level;
  return { ...rest, schemaVersion: 0, name: title, groups: populations };
}

const fakeV0toV1: MigrationStep = {
  from: 0,
  describe: 'made up: name → title, groups → populations',
  migrate(data) {
    const { name, groups, ...rest } = data;
    return { ...rest, title: name, populations: groups };
  },
};

function loadLevelOrThrow(data: unknown) {
  const loaded = loadLevel(data);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.level;
}

describe('level migrations', () => {
  it('the registry has one step per version from 1 to the current one', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(3);
    expect(levelMigrations.map((s) => s.from)).toEqual([1, 2]);
    expect(checkSteps(levelFormat())).toEqual([]);
  });

  it('version 1 → 2: a WAV tutor path under assets/ becomes "assets:…", the same file wherever the level lives; other fields are kept', () => {
    const v2 = builtIn('songbird-wav-tutor');
    expect(v2.schemaVersion).toBe(3);
    const v1 = { ...v2, schemaVersion: 1, circuits: [{ ...v2.circuits[0], tutor: { wav: 'tutors/whistle-sweep.wav' } }] };
    const loaded = loadLevel(v1);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.level.schemaVersion).toBe(3);
    expect(loaded.level.circuits[0]).toMatchObject({ kind: 'songbird', tutor: { wav: 'assets:tutors/whistle-sweep.wav' } });
    const current = loadLevel(v2);
    if (!current.ok) throw new Error(JSON.stringify(current.errors));
    expect(loaded.level).toEqual(current.level);
    expect(current.migratedFrom).toBeUndefined();
  });

  it('version 1 → 2 leaves a tutor path version 1 did not accept as written, so the error quotes it', () => {
    const v2 = builtIn('songbird-wav-tutor');
    const v1 = { ...v2, schemaVersion: 1, circuits: [{ ...v2.circuits[0], tutor: { wav: 'Tutors/X.wav' } }] };
    const loaded = loadLevel(v1);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      const error = loaded.errors.find((e) => e.path === 'circuits[0].tutor.wav');
      expect(error?.message).toMatch(/^must be a path relative.*, got "Tutors\/X\.wav"$/);
      expect(JSON.stringify(loaded.errors)).not.toMatch(/assets:Tutors/);
    }
    const builtInTutor = loadLevel({ ...v2, schemaVersion: 1, circuits: [{ kind: 'songbird', tutor: { builtIn: 'zebra-finch-a' } }] });
    expect(builtInTutor.ok && builtInTutor.level.circuits[0]).toMatchObject({ tutor: { builtIn: 'zebra-finch-a' } });
  });

  it('version 1 files without assets lift unchanged (and every built-in level is written in the current version)', () => {
    const v2 = fixture('protocol.json');
    const lifted = loadLevel({ ...v2, schemaVersion: 1 });
    const current = loadLevel(v2);
    if (!lifted.ok || !current.ok) throw new Error('fixture did not load');
    expect(lifted.level).toEqual(current.level);
    expect(lifted.migratedFrom).toBe(1);
  });

  it('a registered made-up v0 → v1 step chains with the project\'s steps up to v3', () => {
    const old = toVersion0(fixture('minimal.json'));
    const result = loadLevel(JSON.stringify(old), { migrations: [fakeV0toV1, ...levelMigrations] });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.migratedFrom).toBe(0);
    expect(result.level.schemaVersion).toBe(3);
    expect(result.level.title).toBe('Two neurons and a synapse');
    expect(result.level.populations.map((p) => p.id)).toEqual(['pre', 'post']);
  });

  it('version 2 → 3: a calcium rule loses nmdaRiseMs and takes the paper\'s G_NMDA, τf and P4 (their meaning changed); other values are kept', () => {
    const v3 = builtIn('calcium-ltp');
    // The version-2 rule as the old built-in levels wrote it (single exponential, cubic rate).
    const OLD = { nmdaCalciumGain: 0.0012, nmdaRiseMs: 5, nmdaDecayMs: 150, learningRatePerMs: 2e-5, thetaDepression: 0.3 };
    const v2 = {
      ...v3, schemaVersion: 2,
      projections: v3.projections.map((p: Record<string, any>) => (p.plasticity?.rule === 'calcium' ? { ...p, plasticity: { ...p.plasticity, ...OLD } } : p)), // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    const loaded = loadLevel(v2);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.migratedFrom).toBe(2);
    const rule = loaded.level.projections.find((p) => p.plasticity.rule === 'calcium')!.plasticity as Record<string, unknown>;
    expect(rule).not.toHaveProperty('nmdaRiseMs');
    expect(rule).toMatchObject({ nmdaCalciumGain: 0.002, nmdaDecayMs: 50, learningRatePerMs: 0.001, thetaDepression: 0.3 });
    // With the designer's kept threshold put back, it is the built-in level.
    const withBuiltInThreshold = { ...v2, projections: v2.projections.map((p: Record<string, any>) => (p.plasticity?.rule === 'calcium' ? { ...p, plasticity: { ...p.plasticity, thetaDepression: 0.35 } } : p)) }; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(loadLevelOrThrow(withBuiltInThreshold)).toEqual(loadLevelOrThrow(v3));
  });

  it('version 2 → 3 leaves a level without a calcium rule as it was', () => {
    const v3 = builtIn('stdp-pairing');
    const loaded = loadLevel({ ...v3, schemaVersion: 2 });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.level).toEqual(loadLevelOrThrow(v3));
  });

  it('without a step, an old file is refused with a reason', () => {
    const old = toVersion0(fixture('minimal.json'));
    expect(loadLevel(old)).toEqual({ ok: false, errors: [{ path: 'schemaVersion', message: 'format 0 is not supported (no migration from 0 to 1)' }] });
  });

  it('steps chain and a throwing step becomes an error', () => {
    const chain: MigrationStep[] = [
      { from: 0, describe: 'a', migrate: (d) => ({ ...d, steps: ['0to1'] }) },
      { from: 1, describe: 'b', migrate: (d) => ({ ...d, steps: [...(d.steps as string[]), '1to2'] }) },
    ];
    const result = migrateLevelData({ schemaVersion: 0 }, chain, 2);
    expect(result).toEqual({ ok: true, data: { schemaVersion: 2, steps: ['0to1', '1to2'] }, fromVersion: 0 });
    const broken: MigrationStep[] = [{ from: 0, describe: 'broken', migrate: () => { throw new Error('field x vanished'); } }];
    expect(loadLevel({ schemaVersion: 0 }, { migrations: broken })).toEqual({
      ok: false, errors: [{ path: '', message: 'could not migrate from format 0 to 1: field x vanished' }],
    });
  });

  it('a file newer than the build is refused with the format it was made for, and nothing else', () => {
    const newer = { ...fixture('minimal.json'), schemaVersion: 4, aFieldFromTheFuture: true };
    expect(loadLevel(newer)).toEqual({
      ok: false, errors: [{ path: 'schemaVersion', message: 'this level was made for format 4; this build reads up to 3 (update Synaptica to open it)' }],
    });
  });

  it('a version that is not a whole number, or none, is refused', () => {
    expect(migrateLevelData({ schemaVersion: '1' })).toEqual({
      ok: false, errors: [{ path: 'schemaVersion', message: 'must be a whole number ≥ 0, got "1"' }],
    });
    expect(migrateLevelData({ schemaVersion: 1.5 })).toEqual({
      ok: false, errors: [{ path: 'schemaVersion', message: 'must be a whole number ≥ 0, got 1.5' }],
    });
    expect(migrateLevelData({})).toEqual({
      ok: false, errors: [{ path: 'schemaVersion', message: 'is required (this build reads format 3)' }],
    });
  });
});
