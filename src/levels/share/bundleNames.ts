/**
 * Which names a level bundle (a zip) may hold: "level.json" at its top, and the files the level names
 * by a path relative to its own folder ("tutor.wav", "songs/bird.wav"), which are the same names
 * inside the bundle. A name that climbs out with "..", starts at a root, uses backslashes or a drive,
 * or is not a kind of file a level can use is refused, each with its own reason, so a bundle can never
 * write or read a file outside itself.
 */

/** The level's own file inside a bundle. */
export const BUNDLE_LEVEL_NAME = 'level.json';

/** Kinds of file a level can name (a circuit's recordings). */
export const BUNDLE_ASSET_EXTENSIONS: readonly string[] = ['wav'];

const NAMES = /^[a-z0-9_-]+(\/[a-z0-9_-]+)*$/;

export type BundleName = { ok: true; kind: 'level' | 'asset' | 'folder' } | { ok: false; message: string };

/** Whether `name` (as a zip directory writes it) may be in a bundle, and what it is. */
export function checkBundleName(name: string): BundleName {
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 77)}...` : name);
  if (name === BUNDLE_LEVEL_NAME) return { ok: true, kind: 'level' };
  if (name.includes('\\')) return { ok: false, message: `${shown} uses "\\"; names inside a level bundle are separated by "/"` };
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return { ok: false, message: `${shown} is an absolute path; the files of a level bundle lie inside it` };
  if (name.split('/').some((part) => part === '..' || part === '.')) {
    return { ok: false, message: `${shown} climbs out of its folder with ".." or "."; the files of a level bundle lie inside it` };
  }
  if (name.endsWith('/')) {
    return NAMES.test(name.slice(0, -1)) ? { ok: true, kind: 'folder' } : { ok: false, message: `${shown} is not a folder name a level can use (lower-case letters, digits, - and _)` };
  }
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  if (!BUNDLE_ASSET_EXTENSIONS.includes(extension)) {
    return { ok: false, message: `${shown} is not a kind of file a level can use (a level bundle holds ${BUNDLE_LEVEL_NAME} and .${BUNDLE_ASSET_EXTENSIONS.join(', .')} recordings)` };
  }
  if (!NAMES.test(stem)) return { ok: false, message: `${shown} is not a name a level can use (lower-case letters, digits, - and _, separated by /)` };
  return { ok: true, kind: 'asset' };
}
