/**
 * Where the page finds the files a level refers to (a circuit's WAV, see levelAssets). A built-in level's paths
 * resolve from the folder it is served from (levels/), by the same rule as on disk (assetLocation.ts):
 * inside that folder or inside assets/; an "assets:x" path is x inside the project's assets/, wherever the
 * level came from. The WAVs under both folders are built into the page.
 */
import { locateAsset } from '../levels/assetLocation';
import type { AssetSource } from '../levels/loadedLevelFiles';

const servedWavs = import.meta.glob<string>(['../../assets/**/*.wav', '../../levels/**/*.wav'], { query: '?url', import: 'default' });

/** The built-in levels' folder and Synaptica's assets folder, relative to the project root. */
export const BUILT_IN_LEVEL_FOLDER = 'levels';
const ASSETS_FOLDER = 'assets';

/** The files of a level served with the page from `levelFolder` (relative to the project root). */
export function servedLevelAssets(levelFolder: string = BUILT_IN_LEVEL_FOLDER): AssetSource {
  return async (path) => {
    const located = locateAsset(path, levelFolder, ASSETS_FOLDER);
    if (!located.ok) throw new Error(located.message);
    const load = servedWavs[`../../${located.location}`];
    if (!load) throw new Error(`${located.location} is not built into this page`);
    const response = await fetch(await load());
    if (!response.ok) throw new Error(`${located.location}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

/** The built-in levels' files (what the level menu opens with). */
export const fetchLevelAsset: AssetSource = servedLevelAssets();
