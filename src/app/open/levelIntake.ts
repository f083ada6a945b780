/**
 * What the page was given, to a checked level: a chosen or dropped file (a .json, a .zip bundle, or
 * a level's .json together with its .wav recordings), pasted text (a level's JSON or a link), or the
 * "#level=" of the page's own address. Each goes through the share codecs and openSharedLevel, so
 * every problem comes back by field path; nothing here touches the running level or saved progress.
 */
import { decodeLevelLink, levelFileParts, levelParameterOf, MAX_LEVEL_FILE_BYTES, openSharedLevel, shareFailure, type OpenedLevel, type SharedLevelParts, type ShareResult } from '../../levels/share';
import { describeBytes } from '../../levels/share/shareResult';
import { t } from '../../i18n/messages';

/** A file as the page read it. */
export interface ReadFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Most files taken in one drop or choice (a level and its recordings). */
export const MAX_FILES = 16;

/** Why `count` files are too many to open at once, or null. */
export function tooManyFiles(count: number): string | null {
  return count > MAX_FILES ? t('game.open.tooManyFiles', { count }) : null;
}

/** Words for where a level came from, for the problems dialog ("in the file “x.json”"). */
export function sourceInWords(kind: 'file' | 'paste' | 'link', name?: string): string {
  if (kind === 'file') return t('game.open.sourceFile', { name: name ?? '' });
  return kind === 'paste' ? t('game.open.sourcePaste') : t('game.open.sourceLink');
}

/** Words for files given together: "the file “x.json”", or "the 3 files". */
export function filesInWords(names: readonly string[]): string {
  return names.length === 1 ? sourceInWords('file', names[0]) : names.length === 0 ? t('game.open.sourceAFile') : t('game.open.sourceFiles', { count: names.length });
}

/** One level file, or one level file with the recordings it names (dropped or chosen together). */
export function partsOfFiles(files: readonly ReadFile[]): ShareResult<SharedLevelParts> {
  if (files.length === 0) return shareFailure('no file was given');
  const tooMany = tooManyFiles(files.length);
  if (tooMany !== null) return shareFailure(tooMany);
  if (files.length === 1) return levelFileParts(files[0]);
  const levels = files.filter((f) => !/\.wav$/i.test(f.name));
  if (levels.length !== 1) {
    return shareFailure(`${levels.length} of the ${files.length} files are not recordings (.wav); give one level file, with its recordings if it has any`);
  }
  const parts = levelFileParts(levels[0]);
  if (!parts.ok) return parts;
  const assets = new Map(parts.assets);
  for (const f of files) if (f !== levels[0]) assets.set(f.name, f.bytes);
  return { ok: true, levelText: parts.levelText, assets };
}

/**
 * A level link inside pasted text: the run of non-space characters holding "#level=" (a link is often
 * pasted with the chat message around it), without the punctuation a sentence ends it with (none of
 * which a link's level data contains); null when the text holds none.
 */
export function levelLinkIn(text: string): string | null {
  const link = /\S*#(?:\S*&)?level=\S*/.exec(text);
  return link === null ? null : link[0].replace(/[.,;:!?)\]}>'"”’]+$/, '');
}

/** A paste that is a level (JSON text) or a level link; null when it is neither (ordinary pasted text). */
export function partsOfPaste(text: string): ShareResult<SharedLevelParts> | null {
  const trimmed = text.trim();
  // JSON first: a level's own text may mention a link in its lesson.
  if (trimmed.startsWith('{')) {
    if (trimmed.length > MAX_LEVEL_FILE_BYTES) return shareFailure(`the pasted text is ${describeBytes(trimmed.length)} long; a level may be at most ${describeBytes(MAX_LEVEL_FILE_BYTES)}`);
    return { ok: true, levelText: trimmed, assets: new Map() };
  }
  const link = levelLinkIn(trimmed);
  return link === null ? null : decodeLevelLink(link);
}

/** The "#level=" of the page's address, or null when it has none. */
export function partsOfHash(hash: string): ShareResult<SharedLevelParts> | null {
  if (!hash.startsWith('#') || levelParameterOf(hash) === null) return null;
  return decodeLevelLink(hash);
}

/** Parts to a checked level (the share codecs' last step). */
export function openParts(parts: ShareResult<SharedLevelParts>): OpenedLevel {
  return parts.ok ? openSharedLevel(parts) : parts;
}
