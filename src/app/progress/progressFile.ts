/**
 * Progress files: export as JSON text, import with validation. An import never touches the saved
 * progress unless the whole file is valid; a file of another kind (a level, a campaign, an empty
 * object, a list) is refused with what it is, and the error names the first problems by path.
 */
import { migrateToVersion } from './migrations';
import { PROGRESS_VERSION, progressV2, type Progress } from './progressRecord';
import { formatNumber, t } from '../../i18n/messages';

/** Files larger than this are refused before they are read (a real one is a few KB; 5000 predictions about 1.5 MB). */
export const MAX_PROGRESS_FILE_BYTES = 2_000_000;
export const PROGRESS_FILE_KIND = 'synaptica-progress';
/** Fields only a progress record has (any version), so a file without `kind` can still be recognized. */
const PROGRESS_FIELDS = ['version', 'levels', 'predictions', 'settings', 'stars', 'done'];

export function exportProgress(progress: Progress): string {
  return JSON.stringify({ kind: PROGRESS_FILE_KIND, ...progress }, null, 2);
}

export type ParseResult = { ok: true; progress: Progress } | { ok: false; error: string };

/** The refusal for a file that is too large, in the words the page shows. */
export function tooLargeMessage(bytes: number): string {
  return t('game.progress.tooLarge', { size: formatNumber(bytes / 1_000_000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), max: MAX_PROGRESS_FILE_BYTES / 1_000_000 });
}

/** Validates and migrates a stored or imported record (without the file's `kind` tag). */
export function parseProgressRecord(raw: unknown): ParseResult {
  const migrated = migrateToVersion(raw, PROGRESS_VERSION);
  if (!migrated.ok) return migrated;
  const parsed = progressV2.safeParse(migrated.record);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(top)'}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? t('game.progress.andMore', { count: parsed.error.issues.length - 3 }) : '';
    return { ok: false, error: problems.join('; ') + more };
  }
  return { ok: true, progress: parsed.data };
}

const quoted = (value: unknown): string => JSON.stringify(value)?.slice(0, 60) ?? String(value);

/** What a JSON object that is not a progress record is, for the refusal; null when it may be one. */
function otherKindOf(raw: Record<string, unknown>): string | null {
  const keys = Object.keys(raw);
  if (keys.length === 0) return t('game.progress.emptyObject');
  const id = typeof raw.id === 'string' ? ` (${raw.id.slice(0, 60)})` : '';
  if ('kind' in raw) {
    if (raw.kind === PROGRESS_FILE_KIND) return null;
    return t('game.progress.otherKind', { kind: quoted(raw.kind), id, expected: PROGRESS_FILE_KIND });
  }
  if ('schemaVersion' in raw && ('populations' in raw || 'neuronTypes' in raw)) return t('game.progress.levelFile', { id });
  if ('schemaVersion' in raw && 'chapters' in raw) return t('game.progress.campaignFile', { id });
  if (!keys.some((k) => PROGRESS_FIELDS.includes(k))) {
    const shown = keys.slice(0, 4).map((k) => `"${k.slice(0, 30)}"`).join(', ');
    return t('game.progress.noFields', { fields: `${shown}${keys.length > 4 ? ', …' : ''}` });
  }
  return null;
}

/** Parses an imported file's text: its kind is checked first, then every field. */
export function parseProgressFile(text: string): ParseResult {
  if (text.length > MAX_PROGRESS_FILE_BYTES) return { ok: false, error: tooLargeMessage(text.length) };
  if (text.trim() === '') return { ok: false, error: t('game.progress.empty') };
  let raw: unknown;
  let hostileKey: string | null = null;
  try {
    // JSON.parse makes "__proto__" an own key, which some object copies turn into a prototype: refuse it.
    raw = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') hostileKey ??= key;
      return value;
    });
  } catch (error) {
    return { ok: false, error: t('game.progress.notJson', { reason: error instanceof Error ? error.message : String(error) }) };
  }
  if (hostileKey !== null) return { ok: false, error: t('game.progress.hostileKey', { key: hostileKey }) };
  if (Array.isArray(raw)) return { ok: false, error: t('game.progress.list', { count: raw.length }) };
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: t('game.progress.notObject', { value: quoted(raw) }) };
  const record = raw as Record<string, unknown>;
  const other = otherKindOf(record);
  if (other !== null) return { ok: false, error: other };
  const { kind: _kind, ...rest } = record;
  if (typeof rest.version === 'number' && rest.version > PROGRESS_VERSION) {
    return { ok: false, error: t('game.progress.newer', { version: String(rest.version), supported: String(PROGRESS_VERSION) }) };
  }
  const parsed = parseProgressRecord(rest);
  return parsed.ok ? parsed : { ok: false, error: t('game.progress.invalid', { problems: parsed.error }) };
}
