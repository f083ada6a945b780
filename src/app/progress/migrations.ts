/**
 * Migrations of saved progress: each step lifts a record from version n to n + 1, so a record saved
 * by any older page still opens. They run on the mechanism level files use
 * (src/levels/versioning/versionedFormat.ts), so both say the same things about versions: a record
 * from a newer page gets "made for format N; this build reads up to M". Version 0 is the shape before
 * versioning (`{ stars, done }`, no `version` field); no page wrote it to IndexedDB, but a hand-made
 * or early export may have it, and the test migrates one.
 */
import { isPlainObject as isObject, migrateVersioned, type MigrationStep, type VersionedFormat } from '../../levels/versioning/versionedFormat';

export const MIGRATIONS: readonly MigrationStep[] = [
  {
    from: 0,
    describe: 'v0 { stars: {id: n}, done: [id] } → v1 { levels: {id: {...}}, predictions: [] }',
    migrate(record) {
      const stars = isObject(record.stars) ? record.stars : {};
      const done = Array.isArray(record.done) ? record.done.filter((id): id is string => typeof id === 'string') : [];
      const levels: Record<string, unknown> = {};
      for (const id of new Set([...Object.keys(stars), ...done])) {
        const s = stars[id];
        const completed = done.includes(id) || (typeof s === 'number' && s > 0);
        levels[id] = { bestStars: typeof s === 'number' ? s : 0, attempts: completed ? 1 : 0, failures: 0, trialsUsed: 0, completed };
      }
      return { version: 1, levels, predictions: [] };
    },
  },
  {
    from: 1,
    describe: 'v1 → v2: adds `settings` (empty: nothing chosen yet); predictions may now carry `sketch` and `score`',
    migrate(record) {
      // Everything else is kept as it is, so validation still names any field that does not belong.
      const { version: _version, ...rest } = record;
      return { ...rest, version: 2, settings: isObject(record.settings) ? record.settings : {} };
    },
  },
];

/** The progress record as a versioned format whose current version is `target`. */
export function progressFormat(target: number): VersionedFormat {
  return { noun: 'progress record', versionField: 'version', current: target, steps: MIGRATIONS, unversioned: 0 };
}

/** Lifts a record to `target`; an error string (`field: reason`) names what is wrong when it cannot. */
export function migrateToVersion(raw: unknown, target: number): { ok: true; record: Record<string, unknown> } | { ok: false; error: string } {
  const migrated = migrateVersioned(raw, progressFormat(target));
  if (migrated.ok) return { ok: true, record: migrated.data };
  const { path, message } = migrated.error;
  return { ok: false, error: path === '' ? message : `${path}: ${message}` };
}
