/**
 * A chosen or dropped file's bytes to the parts of a level (its text and files): a zip is a level
 * bundle, anything else must be a level's JSON as UTF-8 text. The file's name only words the messages;
 * what the bytes are decides, so a bundle renamed .json still opens and a text renamed .zip is read as text.
 */
import { decodeLevelBundle, looksLikeZip, type SharedLevelParts } from './levelBundle';
import { MAX_LEVEL_FILE_BYTES } from './shareLimits';
import { describeBytes, shareFailure, type ShareResult } from './shareResult';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What the page passes for a file it read. */
export interface LevelFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function levelFileParts(file: LevelFileInput): ShareResult<SharedLevelParts> {
  const { bytes } = file;
  if (looksLikeZip(bytes)) return decodeLevelBundle(bytes);
  if (bytes.length === 0) return shareFailure('the file is empty');
  if (bytes.length > MAX_LEVEL_FILE_BYTES) {
    return shareFailure(`the file is ${describeBytes(bytes.length)}; a level file may be at most ${describeBytes(MAX_LEVEL_FILE_BYTES)}`);
  }
  if (/\.zip$/i.test(file.name)) return shareFailure('the file is named .zip but is not a zip file (it may be damaged or cut off)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return shareFailure('the file is not text (a level file is JSON in UTF-8, or a .zip level bundle)');
  }
  return { ok: true, levelText: text, assets: new Map() };
}
