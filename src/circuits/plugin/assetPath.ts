/**
 * A path to a file a level refers to (a WAV tutor), relative to the folder of the level file.
 * Names are lower-case letters, digits, - and _, separated by "/"; the path may begin with "../" steps
 * (to reach Synaptica's assets/ folder, the only place above its own folder a level may read from:
 * src/levels/assetLocation.ts applies that rule once the folder is known). No leading "/", no "./",
 * no ".." after a name, no backslashes, no URL: the same text names the same file on every system
 * and in the browser.
 */
import { z } from 'zod';

export const ASSET_PATH_RULE_TEXT = 'a path relative to the level file\'s folder: names of lower-case letters, digits, - and _ separated by /, '
  + 'optionally starting with ../ steps (only to reach Synaptica\'s assets/ folder); no leading /, no URL';

/** The pattern of an asset path ending in `.extension`. */
export function assetPathPattern(extension: string): RegExp {
  return new RegExp(`^(\\.\\./)*[a-z0-9_-]+(/[a-z0-9_-]+)*\\.${extension}$`);
}

/** A schema field holding an asset path ending in `.extension`. */
export const assetPath = (extension: string, example: string, description: string) =>
  z.string().max(200)
    .regex(assetPathPattern(extension), { message: `must be ${ASSET_PATH_RULE_TEXT}, ending in .${extension}, like "${example}"` })
    .describe(description);
