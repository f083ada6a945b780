/**
 * What every share codec returns: the value, or every problem found as LevelErrors (a path into the
 * level or the file, '' for the file as a whole, and a reason in words), in the style of loadLevel.
 * The codecs never throw: a damaged file is an answer, not an exception.
 */
import type { LevelError, LevelErrorCode } from '../errors';

export type ShareFailure = { ok: false; errors: LevelError[] };
export type ShareResult<T extends object> = ({ ok: true } & T) | ShareFailure;

/** One problem with the whole file or link (path '') or with one part of it. */
export function shareFailure(message: string, path = ''): ShareFailure {
  return { ok: false, errors: [{ path, message }] };
}

/** A problem with the whole file or link that the page words in the player's language from its code. */
export function codedShareFailure(message: string, code: LevelErrorCode, params: Readonly<Record<string, string | number>>): ShareFailure {
  return { ok: false, errors: [{ path: '', message, code, params }] };
}

/** Sizes for messages: "18.3 KB", "2.0 MB", "512 bytes". */
export function describeBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
