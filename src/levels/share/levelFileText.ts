/**
 * A level as the text of a .json file: "$schema" first (pointing at level.schema.json as the
 * built-in levels do, so an editor beside the levels/ folder completes and checks it), then the
 * level's fields as they are, indented. Works for a validated Level and for a draft an editor holds
 * (which may not be valid yet: saving work in progress must still be possible); either is first
 * copied through sanitizeLevelData, so what cannot be JSON (NaN, a cycle, a function) is refused with
 * its path instead of being written as something else.
 */
import { sanitizeLevelData } from '../sanitize';
import type { ShareResult } from './shareResult';
import { shareFailure } from './shareResult';

/** The "$schema" of a shared level file: the built-in levels' own reference. */
export const LEVEL_SCHEMA_REF = './level.schema.json';

export type LevelText = ShareResult<{ text: string }>;

function plainLevelData(level: unknown): ShareResult<{ data: Record<string, unknown> }> {
  const clean = sanitizeLevelData(level);
  if (!clean.ok) return clean;
  const data = clean.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return shareFailure('a level must be a JSON object');
  return { ok: true, data: data as Record<string, unknown> };
}

/** The level as a .json file's text, "$schema" first, indented by two spaces, ending in a newline. */
export function levelFileText(level: unknown): LevelText {
  const plain = plainLevelData(level);
  if (!plain.ok) return plain;
  const { $schema: _replaced, ...fields } = plain.data;
  return { ok: true, text: `${JSON.stringify({ $schema: LEVEL_SCHEMA_REF, ...fields }, null, 2)}\n` };
}

/** The level as compact JSON, its fields exactly as they are (what a link carries: every character counts). */
export function compactLevelText(level: unknown): LevelText {
  const plain = plainLevelData(level);
  if (!plain.ok) return plain;
  return { ok: true, text: JSON.stringify(plain.data) };
}

/** A file name for the level: its id when it has a usable one, else "level"; `extension` without the dot. */
export function levelFileName(level: unknown, extension: 'json' | 'zip'): string {
  const id = typeof level === 'object' && level !== null ? (level as { id?: unknown }).id : undefined;
  const base = typeof id === 'string' && /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(id) ? id : 'level';
  return `${base}.${extension}`;
}
