/**
 * The files a level refers to, taken from the files loaded with it (a level and its WAVs dropped on
 * the page together, or chosen in a file dialog): a map from each file's path relative to the level
 * file's folder ("tutor.wav", "songs/bird.wav") to its bytes. A level loaded this way has no folder on
 * a disk the page can see, so its paths may not climb out of its folder (assetLocation.ts): whatever
 * it uses must come with it, except files inside Synaptica's own assets/ named "assets:x", which
 * `shipped` (the page's built-in files) gives when passed. Pure (no DOM): the page and the editor both use it.
 */
import { isAssetsRootPath, joinAssetPath, locateAsset } from './assetLocation';

/** Gives the bytes of a file a level names (the path as the level writes it), or throws why not. */
export type AssetSource = (path: string) => Promise<Uint8Array>;

export function loadedLevelFiles(files: ReadonlyMap<string, Uint8Array>, shipped?: AssetSource): AssetSource {
  // Keys are normalized the same way as the level's paths ("./a.wav" and "a.wav" are one file).
  const byLocation = new Map<string, Uint8Array>();
  for (const [key, bytes] of files) {
    const location = joinAssetPath('', key.replace(/\\/g, '/'));
    if (location !== null) byLocation.set(location, bytes);
  }
  return (path) => {
    if (shipped !== undefined && isAssetsRootPath(path)) return shipped(path);
    const located = locateAsset(path, '');
    if (!located.ok) return Promise.reject(new Error(located.message));
    const bytes = byLocation.get(located.location);
    if (bytes === undefined) {
      return Promise.reject(new Error(`"${path}" was not loaded with the level (load it together with the level file)`));
    }
    return Promise.resolve(bytes);
  };
}
