/**
 * Where a level's asset path points: the one rule the CLI and the page share. A path is either
 * relative to the folder of the level file, and must end up inside that folder (or a folder below it)
 * or inside Synaptica's assets/ folder, or it is "assets:" and a path inside Synaptica's assets/ folder,
 * which names the same shipped file wherever the level lives. So a level can never read a file
 * elsewhere on the disk. A level whose folder is the filesystem root has no folder of its own to read
 * from (every file would be "below" it). Folders and locations are "/"-separated (absolute on disk, or
 * relative to the project root in the page), without a trailing "/". The rule is lexical; the CLI also
 * checks where links lead (readLevelAssets.ts).
 */
import { ASSET_PATH_RULE_TEXT, ASSETS_ROOT_PREFIX, assetPathPattern } from '../circuits/plugin/assetPath';

export type AssetLocation = { ok: true; location: string } | { ok: false; message: string };

/** Any asset path the schema admits, whatever its extension. */
const ANY_ASSET_PATH = assetPathPattern();

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

/** Whether `folder` is a filesystem root ("/", or a drive such as "C:/"): never a level's own folder. */
export function isFilesystemRoot(folder: string): boolean {
  return /^(\/+|[A-Za-z]:\/*)$/.test(folder);
}

/** Whether `path` uses the "assets:" form (a file inside Synaptica's assets/ folder). */
export function isAssetsRootPath(path: string): boolean {
  return path.startsWith(ASSETS_ROOT_PREFIX);
}

/**
 * Resolves a level's asset path against the level file's folder. `assetsFolder` is where Synaptica's
 * own assets/ lies (absent when the level came with its own files and nothing else can be reached).
 */
export function locateAsset(path: string, levelFolder: string, assetsFolder?: string): AssetLocation {
  if (!ANY_ASSET_PATH.test(path)) return { ok: false, message: `"${path}" is not ${ASSET_PATH_RULE_TEXT}` };
  if (isAssetsRootPath(path)) {
    if (assetsFolder === undefined) {
      return { ok: false, message: `"${path}" names a file in Synaptica's assets/ folder, which a level loaded with its files cannot reach` };
    }
    // The pattern admits no ".." after "assets:", so the join stays inside assets/ (null cannot happen).
    const inAssets = joinAssetPath(assetsFolder, path.slice(ASSETS_ROOT_PREFIX.length));
    return inAssets === null ? { ok: false, message: `"${path}" does not name a file in Synaptica's assets/ folder` } : { ok: true, location: inAssets };
  }
  if (isFilesystemRoot(levelFolder)) {
    return { ok: false, message: `"${path}": the level file lies in the filesystem root (${levelFolder}), which is not a folder a level may read from; move the level and its files into a folder of their own` };
  }
  const location = joinAssetPath(levelFolder, path);
  if (location !== null && isInsideFolder(joinAssetPath(levelFolder, '') ?? levelFolder, location)) return { ok: true, location };
  if (location !== null && assetsFolder !== undefined && isInsideFolder(joinAssetPath(assetsFolder, '') ?? assetsFolder, location)) return { ok: true, location };
  const where = assetsFolder === undefined
    ? 'a level loaded with its files may use only files from its own folder'
    : 'a path may climb with ../ only into Synaptica\'s assets/ folder (or write "assets:" and the path inside it)';
  return { ok: false, message: `"${path}" leads outside the level's folder (${levelFolder === '' ? 'the page' : levelFolder}): ${where}` };
}
