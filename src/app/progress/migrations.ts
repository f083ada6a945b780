/**
 * Migrations of saved progress: each entry lifts a record from version n to n + 1, so a record saved
 * by any older page still opens. Version 0 is the shape before versioning (`{ stars, done }`); no page
 * wrote it to IndexedDB, but a hand-made or early export may have it, and the test migrates one.
 */
export interface Migration {
  readonly from: number;
  readonly describe: string;
  migrate(record: Record<string, unknown>): Record<string, unknown>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const MIGRATIONS: readonly Migration[] = [
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

/** The record's version: `version` when present, else 0 (unversioned). */
export function versionOf(record: Record<string, unknown>): number | null {
  if (!('version' in record)) return 0;
  return typeof record.version === 'number' && Number.isInteger(record.version) ? record.version : null;
}

/** Lifts a record to `target`; an error string names what is wrong when it cannot. */
export function migrateToVersion(raw: unknown, target: number): { ok: true; record: Record<string, unknown> } | { ok: false; error: string } {
  if (!isObject(raw)) return { ok: false, error: 'the progress must be a JSON object' };
  let record = raw;
  let version = versionOf(record);
  if (version === null) return { ok: false, error: 'version: must be a whole number' };
  if (version > target) return { ok: false, error: `version: ${version} is newer than this page understands (${target}); update the page` };
  while (version < target) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) return { ok: false, error: `version: no migration from version ${version}` };
    record = step.migrate(record);
    version++;
  }
  return { ok: true, record };
}
