/**
 * Migrations keep old level files loading. Each entry upgrades data of version N to N + 1; they
 * run in order until the data is at CURRENT_SCHEMA_VERSION, then the schema validates it.
 * The version of a file is its `schemaVersion` (an integer). Files from before version 1 had none:
 * there are no such files, so there is no v0 → v1 migration yet (the test suite registers a fake
 * one to prove the mechanism). A migration receives sanitized plain data, must not mutate it, and
 * returns new plain data; it may throw, and the loader reports that as an error.
 */
import { CURRENT_SCHEMA_VERSION } from './schema/level';
import type { LevelError } from './errors';

export type PlainObject = Record<string, unknown>;
export type Migration = (data: PlainObject) => PlainObject;
/** fromVersion → migration to fromVersion + 1. */
export type MigrationRegistry = ReadonlyMap<number, Migration>;

/** The project's migrations. Add `[N, (data) => ...]` when version N + 1 is introduced. */
export const levelMigrations: MigrationRegistry = new Map<number, Migration>([]);

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a file's version: its integer schemaVersion, or a reason it has none. */
export function readSchemaVersion(data: unknown): { ok: true; version: number } | { ok: false; error: LevelError } {
  if (!isPlainObject(data)) return { ok: false, error: { path: '', message: 'a level must be a JSON object' } };
  const version = data.schemaVersion;
  if (version === undefined) return { ok: false, error: { path: 'schemaVersion', message: `is required (this build reads version ${CURRENT_SCHEMA_VERSION})` } };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: { path: 'schemaVersion', message: `must be a whole number ≥ 0, got ${JSON.stringify(version) ?? String(version)}` } };
  }
  return { ok: true, version };
}

/** Upgrades data to `targetVersion` through the registry. */
export function migrateLevelData(
  data: unknown,
  registry: MigrationRegistry = levelMigrations,
  targetVersion: number = CURRENT_SCHEMA_VERSION,
): { ok: true; data: unknown; fromVersion: number } | { ok: false; errors: LevelError[] } {
  const read = readSchemaVersion(data);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const fromVersion = read.version;
  if (fromVersion > targetVersion) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: `is ${fromVersion}, but this build reads versions up to ${targetVersion}: update Synaptica` }] };
  }
  let current = data as PlainObject;
  for (let version = fromVersion; version < targetVersion; version++) {
    const migrate = registry.get(version);
    if (migrate === undefined) {
      return { ok: false, errors: [{ path: 'schemaVersion', message: `version ${version} is not supported (no migration from ${version} to ${version + 1})` }] };
    }
    try {
      const next = migrate(current);
      if (!isPlainObject(next)) throw new Error('migration did not return an object');
      current = { ...next, schemaVersion: version + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ path: '', message: `could not migrate from version ${version} to ${version + 1}: ${reason}` }] };
    }
  }
  return { ok: true, data: current, fromVersion };
}
