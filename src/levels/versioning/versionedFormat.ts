/**
 * One migration mechanism for every versioned file Synaptica reads (levels, saved progress): a format
 * names its version field and current version and lists its steps, each lifting plain data from
 * version N to N + 1. migrateVersioned reads the version, refuses a file newer than the build with
 * "made for format N; this build reads up to M", refuses a version that is not a whole number, and runs
 * the steps in order. Both formats get the same messages because they come from here.
 * A step receives plain data (sanitized JSON), must not mutate it, and returns new plain data; it may
 * throw, and that becomes an error naming the step. The version field of the result is set here, so a
 * step never has to.
 */

export type PlainObject = Record<string, unknown>;

export interface MigrationStep {
  /** The version this step lifts from (to `from + 1`). */
  readonly from: number;
  /** What changed, for readers of the registry and the docs. */
  readonly describe: string;
  migrate(data: PlainObject): PlainObject;
}

export interface VersionedFormat {
  /** What the file is, in messages: "level", "progress record". */
  readonly noun: string;
  /** The field that holds the version: "schemaVersion", "version". */
  readonly versionField: string;
  /** The version this build writes and reads natively. */
  readonly current: number;
  readonly steps: readonly MigrationStep[];
  /** The version of data without the field (progress saved before versioning is 0); absent: the field is required. */
  readonly unversioned?: number;
}

/** A problem: the field it concerns ('' = the whole file) and why. */
export interface VersionProblem {
  path: string;
  message: string;
}

export type MigrateResult = { ok: true; data: PlainObject; fromVersion: number } | { ok: false; error: VersionProblem };

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The data's version: its whole-number version field (or the format's unversioned default), or the problem. */
export function readVersion(data: unknown, format: VersionedFormat): { ok: true; version: number } | { ok: false; error: VersionProblem } {
  if (!isPlainObject(data)) return { ok: false, error: { path: '', message: `a ${format.noun} must be a JSON object` } };
  const field = format.versionField;
  const version = Object.prototype.hasOwnProperty.call(data, field) ? data[field] : undefined;
  if (version === undefined) {
    if (format.unversioned !== undefined) return { ok: true, version: format.unversioned };
    return { ok: false, error: { path: field, message: `is required (this build reads format ${format.current})` } };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: { path: field, message: `must be a whole number ≥ 0, got ${JSON.stringify(version) ?? String(version)}` } };
  }
  return { ok: true, version };
}

/** The message for a file newer than the build (the same words for every format). */
export function newerFormatMessage(format: VersionedFormat, version: number, current: number = format.current): string {
  return `this ${format.noun} was made for format ${version}; this build reads up to ${current} (update Synaptica to open it)`;
}

/** Lifts data to `target` (default: the format's current version) through the format's steps. */
export function migrateVersioned(data: unknown, format: VersionedFormat, target: number = format.current): MigrateResult {
  const read = readVersion(data, format);
  if (!read.ok) return read;
  const fromVersion = read.version;
  const field = format.versionField;
  if (fromVersion > target) return { ok: false, error: { path: field, message: newerFormatMessage(format, fromVersion, target) } };
  let current = data as PlainObject;
  for (let version = fromVersion; version < target; version++) {
    const step = format.steps.find((s) => s.from === version);
    if (step === undefined) {
      return { ok: false, error: { path: field, message: `format ${version} is not supported (no migration from ${version} to ${version + 1})` } };
    }
    try {
      const next = step.migrate(current);
      if (!isPlainObject(next)) throw new Error('the migration did not return an object');
      current = { ...next, [field]: version + 1 };
    } catch (error) {
      let reason = 'unknown error';
      try { reason = error instanceof Error ? error.message : String(error); } catch { /* keep the generic reason */ }
      return { ok: false, error: { path: '', message: `could not migrate from format ${version} to ${version + 1}: ${reason}` } };
    }
  }
  return { ok: true, data: current, fromVersion };
}

/** Checks a step list once: one step per version from its first up to `current - 1`, no gaps, no duplicates. */
export function checkSteps(format: VersionedFormat): string[] {
  const problems: string[] = [];
  const froms = format.steps.map((s) => s.from);
  if (new Set(froms).size !== froms.length) problems.push(`${format.noun}: two migrations start at the same version`);
  for (const from of froms) if (from >= format.current) problems.push(`${format.noun}: a migration from ${from} is at or past the current format ${format.current}`);
  const first = Math.min(...froms);
  for (let v = first; v < format.current; v++) if (!froms.includes(v)) problems.push(`${format.noun}: no migration from ${v} to ${v + 1}`);
  return problems;
}
