/**
 * loadLevel: the one way level data becomes a trusted Level. Text or data goes through
 * JSON parsing, sanitizing, migration, the schema and the cross-reference checks; every problem
 * comes back as a LevelError with a path, and nothing throws past this function.
 */
import { checkLevel } from './checks';
import { zodIssuesToErrors, type LevelError } from './errors';
import { levelMigrations, migrateLevelData, type MigrationRegistry } from './migrations';
import { parseJsonText } from './parseJson';
import { MAX_ERRORS, sanitizeLevelData } from './sanitize';
import { levelSchema, type Level } from './schema/level';

export type LoadResult = { ok: true; level: Level; migratedFrom?: number } | { ok: false; errors: LevelError[] };

export interface LoadOptions {
  /** Migrations to apply (default: the project's registry). Tests inject fake ones. */
  migrations?: MigrationRegistry;
}

function failed(errors: LevelError[]): LoadResult {
  const list = errors.length > 0 ? errors : [{ path: '', message: 'the level is invalid' }];
  if (list.length <= MAX_ERRORS) return { ok: false, errors: list };
  return { ok: false, errors: [...list.slice(0, MAX_ERRORS), { path: '', message: `and ${list.length - MAX_ERRORS} more errors` }] };
}

function loadUnsafe(input: unknown, options: LoadOptions): LoadResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return failed(parsed.errors);
    data = parsed.value;
  }
  const clean = sanitizeLevelData(data);
  if (!clean.ok) return failed(clean.errors);
  const migrated = migrateLevelData(clean.value, options.migrations ?? levelMigrations);
  if (!migrated.ok) return failed(migrated.errors);
  const result = levelSchema.safeParse(migrated.data, { reportInput: true });
  if (!result.success) return failed(zodIssuesToErrors(result.error.issues));
  const problems = checkLevel(result.data);
  if (problems.length > 0) return failed(problems);
  return migrated.fromVersion === result.data.schemaVersion
    ? { ok: true, level: result.data }
    : { ok: true, level: result.data, migratedFrom: migrated.fromVersion };
}

/**
 * Validates a level given as JSON text or as already-parsed data.
 * Returns the level with defaults filled in, or every error found (each `path: message`).
 */
export function loadLevel(input: string | unknown, options: LoadOptions = {}): LoadResult {
  try {
    return loadUnsafe(input, options);
  } catch (error) {
    let reason = 'unknown error';
    try { reason = error instanceof Error ? error.message : String(error); } catch { /* keep the generic reason */ }
    return failed([{ path: '', message: `internal error while loading the level: ${reason}` }]);
  }
}
