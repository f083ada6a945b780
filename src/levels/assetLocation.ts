/**
 * Where a level's asset path points: the one rule the CLI and the page share. A path is relative to
 * the folder of the level file; it must end up inside that folder (or a folder below it), or inside
 * Synaptica's assets/ folder (the shipped tutor recordings), so a level can never read a file
 * elsewhere on the disk. Folders and locations are "/"-separated (absolute on disk, or relative to the
 * project root in the page), without a trailing "/". The rule is lexical: links are not followed.
 */
import { ASSET_PATH_RULE_TEXT } from '../circuits/plugin/assetPath';

export type AssetLocation = { ok: true; location: string } | { ok: false; message: string };

/** Any asset path the schema admits, whatever its extension. */
const ANY_ASSET_PATH = /^(\.\.\/)*[a-z0-9_-]+(\/[a-z0-9_-]+)*\.[a-z0-9]+$/;

/** `relative` joined to `folder` with "." and ".." collapsed; null when it climbs above the root. */
export function joinAssetPath(folder: string, relative: string): string | null {
  const absolute = folder.startsWith('/');
  const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
  for (const segment of relative.split('/')) {
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else if (segment !== '' && segment !== '.') {
      segments.push(segment);
    }
  }
  return (absolute ? '/' : '') + segments.join('/');
}

/** Whether `location` is `folder` or lies below it (both normalized; '' is the project root). */
export function isInsideFolder(folder: string, location: string): boolean {
  const base = folder.replace(/\/+$/, '');
  if (base === '') return !location.startsWith('/') || folder === '/';
  return location === base || location.startsWith(`${base}/`);
}

/**
 * Resolves a level's asset path against the level file's folder. `assetsFolder` is where Synaptica's
 * own assets/ lies (absent when the level came with its own files, which cannot reach it).
 */
export function locateAsset(path: string, levelFolder: string, assetsFolder?: string): AssetLocation {
  if (!ANY_ASSET_PATH.test(path)) return { ok: false, message: `"${path}" is not ${ASSET_PATH_RULE_TEXT}` };
  const location = joinAssetPath(levelFolder, path);
  if (location !== null && isInsideFolder(joinAssetPath(levelFolder, '') ?? levelFolder, location)) return { ok: true, location };
  if (location !== null && assetsFolder !== undefined && isInsideFolder(joinAssetPath(assetsFolder, '') ?? assetsFolder, location)) return { ok: true, location };
  const where = assetsFolder === undefined
    ? 'a level loaded with its files may use only files from its own folder'
    : 'a path may climb with ../ only into Synaptica\'s assets/ folder';
  return { ok: false, message: `"${path}" leads outside the level's folder (${levelFolder === '' ? 'the page' : levelFolder}): ${where}` };
}
