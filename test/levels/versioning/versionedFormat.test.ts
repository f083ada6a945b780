import { describe, expect, it } from 'vitest';
import { checkSteps, migrateVersioned, type VersionedFormat } from '../../../src/levels/versioning/versionedFormat';

const steps = [
  { from: 0, describe: 'adds b', migrate: (d: Record<string, unknown>) => ({ ...d, b: 1 }) },
  { from: 1, describe: 'renames b to c', migrate: ({ b, ...rest }: Record<string, unknown>) => ({ ...rest, c: b }) },
];
const required: VersionedFormat = { noun: 'thing', versionField: 'v', current: 2, steps };
const optional: VersionedFormat = { ...required, unversioned: 0 };

describe('versioned formats (the mechanism levels and progress share)', () => {
  it('lifts old data step by step, sets the version field and leaves the input alone', () => {
    const input = { v: 0, a: true };
    expect(migrateVersioned(input, required)).toEqual({ ok: true, data: { v: 2, a: true, c: 1 }, fromVersion: 0 });
    expect(input).toEqual({ v: 0, a: true });
    expect(migrateVersioned({ v: 2, c: 5 }, required)).toEqual({ ok: true, data: { v: 2, c: 5 }, fromVersion: 2 });
  });

  it('a missing version field is version `unversioned` when the format has one, else an error', () => {
    expect(migrateVersioned({ a: 1 }, optional)).toEqual({ ok: true, data: { a: 1, c: 1, v: 2 }, fromVersion: 0 });
    expect(migrateVersioned({ a: 1 }, required)).toEqual({ ok: false, error: { path: 'v', message: 'is required (this build reads format 2)' } });
  });

  it('newer, fractional, negative and non-number versions are refused with the same words for every format', () => {
    expect(migrateVersioned({ v: 7 }, required)).toEqual({ ok: false, error: { path: 'v', message: 'this thing was made for format 7; this build reads up to 2 (update Synaptica to open it)' } });
    for (const bad of [1.5, -1, '1', null, true]) {
      const result = migrateVersioned({ v: bad }, optional);
      expect(result.ok, String(bad)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/^must be a whole number ≥ 0, got /);
    }
    expect(migrateVersioned([1], required)).toEqual({ ok: false, error: { path: '', message: 'a thing must be a JSON object' } });
  });

  it('a missing step, a throwing step and a step that returns no object are errors', () => {
    expect(migrateVersioned({ v: 0 }, { ...required, steps: [steps[1]] })).toEqual({ ok: false, error: { path: 'v', message: 'format 0 is not supported (no migration from 0 to 1)' } });
    const throwing = { ...required, steps: [steps[0], { from: 1, describe: 'x', migrate: () => { throw new Error('boom'); } }] };
    expect(migrateVersioned({ v: 0 }, throwing)).toEqual({ ok: false, error: { path: '', message: 'could not migrate from format 1 to 2: boom' } });
    const notObject = { ...required, steps: [{ from: 0, describe: 'x', migrate: () => [] as unknown as Record<string, unknown> }, steps[1]] };
    expect(migrateVersioned({ v: 0 }, notObject)).toEqual({ ok: false, error: { path: '', message: 'could not migrate from format 0 to 1: the migration did not return an object' } });
  });

  it('checkSteps finds gaps, duplicates and steps past the current version', () => {
    expect(checkSteps(required)).toEqual([]);
    expect(checkSteps({ ...required, current: 3 })).toEqual(['thing: no migration from 2 to 3']);
    expect(checkSteps({ ...required, steps: [...steps, steps[0]] })).toEqual(['thing: two migrations start at the same version']);
    expect(checkSteps({ ...required, current: 1 })).toEqual(['thing: a migration from 1 is at or past the current format 1']);
  });
});
