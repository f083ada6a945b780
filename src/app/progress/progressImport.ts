/**
 * Importing a progress file: its kind and fields are checked (progressFile.ts), then the entries for
 * levels this game does not have are dropped, each named in a note.
 *
 * Why dropped rather than the whole file refused: a file exported by a newer build (one more level),
 * or one that holds a custom level the player opened from a file, is still the player's own progress;
 * refusing it for one id would throw away every star in it. The menu could never show stars for an id
 * it does not list, so keeping them would only carry dead entries along. A file in which no level at
 * all is one of ours is not this game's progress, and is refused whole.
 */
import { parseProgressFile } from './progressFile';
import type { Progress } from './progressRecord';
import { t } from '../../i18n/messages';

export type ImportCheck = { ok: true; progress: Progress; notes: string[] } | { ok: false; error: string };

const MAX_NAMED = 5;

function named(ids: readonly string[]): string {
  const shown = ids.slice(0, MAX_NAMED).map((id) => `'${id}'`).join(', ');
  return ids.length > MAX_NAMED ? t('game.progress.namedAndMore', { shown, count: ids.length - MAX_NAMED }) : shown;
}

export function checkProgressImport(text: string, knownLevelIds: ReadonlySet<string>): ImportCheck {
  const parsed = parseProgressFile(text);
  if (!parsed.ok) return parsed;
  const { progress } = parsed;
  const fileIds = [...new Set([...Object.keys(progress.levels), ...progress.predictions.map((p) => p.levelId)])];
  const unknown = fileIds.filter((id) => !knownLevelIds.has(id));
  if (unknown.length === 0) return { ok: true, progress, notes: [] };
  if (unknown.length === fileIds.length) {
    return { ok: false, error: t('game.progress.noKnownLevels', { names: named(unknown) }) };
  }
  const unknownSet = new Set(unknown);
  const levels = Object.fromEntries(Object.entries(progress.levels).filter(([id]) => !unknownSet.has(id)));
  const predictions = progress.predictions.filter((p) => !unknownSet.has(p.levelId));
  return {
    ok: true,
    progress: { ...progress, levels, predictions },
    notes: [t('game.progress.unknownLevels', { count: unknown.length, names: named(unknown) })],
  };
}
