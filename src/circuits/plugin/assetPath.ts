/**
 * A path to a file a level refers to (a WAV tutor). Two forms:
 * - relative to the folder of the level file ("my-bird.wav", "songs/my-bird.wav"), optionally starting
 *   with "../" steps, which may only reach Synaptica's assets/ folder;
 * - "assets:" followed by a path inside Synaptica's own assets/ folder ("assets:tutors/whistle-sweep.wav"),
 *   which names the same shipped file wherever the level file lives (format 1's tutor paths migrate to it).
 * Names are lower-case letters, digits, - and _, separated by "/". No leading "/", no "./", no ".." after
 * a name, no backslashes, no URL: the same text names the same file on every system and in the browser.
 * src/levels/assetLocation.ts resolves both forms once the level's folder is known.
 */
import { z } from 'zod';

/** The prefix of a path inside Synaptica's own assets/ folder. */
export const ASSETS_ROOT_PREFIX = 'assets:';

export const ASSET_PATH_RULE_TEXT = 'a path relative to the level file\'s folder (names of lower-case letters, digits, - and _ separated by /, '
  + 'optionally starting with ../ steps, only to reach Synaptica\'s assets/ folder) or "assets:" and a path inside Synaptica\'s assets/ folder; '
  + 'no leading /, no URL';

const NAMES = '[a-z0-9_-]+(/[a-z0-9_-]+)*';

/** The pattern of an asset path ending in `.extension` (any extension when omitted). */
export function assetPathPattern(extension = '[a-z0-9]+'): RegExp {
  return new RegExp(`^(${ASSETS_ROOT_PREFIX}|(\\.\\./)*)${NAMES}\\.${extension}$`);
}

/** A schema field holding an asset path ending in `.extension`. */
export const assetPath = (extension: string, example: string, description: string) =>
  z.string().max(200)
    .regex(assetPathPattern(extension), { message: `must be ${ASSET_PATH_RULE_TEXT}, ending in .${extension}, like "${example}"` })
    .describe(description);
