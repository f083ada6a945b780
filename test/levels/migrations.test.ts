import { describe, expect, it } from 'vitest';
import { levelMigrations, loadLevel, migrateLevelData, type Migration } from '../../src/levels';
import { fixture } from './helpers';

/** A made-up version 0 of the format: `name` instead of `title`, populations as `groups`. */
function toVersion0(level: Record<string, unknown>): Record<string, unknown> {
  const { title, populations, ...rest } = level;
  return { ...rest, schemaVersion: 0, name: title, groups: populations };
}

const fakeV0toV1: Migration = (data) => {
  const { name, groups, ...rest } = data;
  return { ...rest, title: name, populations: groups };
};

describe('migrations', () => {
  it('the project has no migrations yet (version 1 is the first)', () => {
    expect(levelMigrations.size).toBe(0);
  });

  it('a registered v0 → v1 migration upgrades an old file, which then validates', () => {
    const old = toVersion0(fixture('minimal.json'));
    const result = loadLevel(JSON.stringify(old), { migrations: new Map([[0, fakeV0toV1]]) });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.migratedFrom).toBe(0);
    expect(result.level.schemaVersion).toBe(1);
    expect(result.level.title).toBe('Two neurons and a synapse');
    expect(result.level.populations.map((p) => p.id)).toEqual(['pre', 'post']);
  });

  it('without the migration, a v0 file is refused with a reason', () => {
    const old = toVersion0(fixture('minimal.json'));
    expect(loadLevel(old)).toEqual({ ok: false, errors: [{ path: 'schemaVersion', message: 'version 0 is not supported (no migration from 0 to 1)' }] });
  });

  it('migrations chain and a throwing migration becomes an error', () => {
    const chain = new Map<number, Migration>([
      [0, (d) => ({ ...d, steps: ['0to1'] })],
      [1, (d) => ({ ...d, steps: [...(d.steps as string[]), '1to2'] })],
    ]);
    const result = migrateLevelData({ schemaVersion: 0 }, chain, 2);
    expect(result).toEqual({ ok: true, data: { schemaVersion: 2, steps: ['0to1', '1to2'] }, fromVersion: 0 });
    const broken = new Map<number, Migration>([[0, () => { throw new Error('field x vanished'); }]]);
    expect(loadLevel({ schemaVersion: 0 }, { migrations: broken })).toEqual({
      ok: false, errors: [{ path: '', message: 'could not migrate from version 0 to 1: field x vanished' }],
    });
  });

  it('newer and malformed versions are refused', () => {
    expect(migrateLevelData({ schemaVersion: 3 })).toEqual({
      ok: false, errors: [{ path: 'schemaVersion', message: 'is 3, but this build reads versions up to 1: update Synaptica' }],
    });
    expect(migrateLevelData({ schemaVersion: '1' })).toEqual({
      ok: false, errors: [{ path: 'schemaVersion', message: 'must be a whole number ≥ 0, got "1"' }],
    });
  });
});
