/**
 * A level as a link: the URL fragment "#level=" followed by the level compressed and written in
 * base64url. A level without files of its own travels as zlib-compressed compact JSON (fflate's
 * zlibSync: a header and an Adler-32 checksum, so a garbled link is caught); a level with a recording
 * travels as its whole bundle (levelBundle.ts), when that fits in MAX_LINK_CHARS, and otherwise the
 * link is refused with the reason ("share the file instead"). A fragment never reaches a server: the
 * level stays on the player's machine. Decoding checks the length before decoding and the unpacked
 * size while inflating.
 */
import { zlibSync } from 'fflate';
import { encodeBase64url } from './base64url';
import { decodePacked } from './decodePacked';
import { fragmentParam } from './fragmentParam';
import { decodeLevelBundle, encodeLevelBundle, type SharedLevelParts } from './levelBundle';
import { compactLevelText } from './levelFileText';
import { filesPackedBeyond } from './linkBudget';
import { MAX_LINK_CHARS } from './shareLimits';
import { codedShareFailure, describeBytes, type ShareResult } from './shareResult';

/** The fragment's parameter name: "#level=…". */
export const LINK_PARAMETER = 'level';

/** Names the files that made a link too long and their sizes, for the message: "\"tune.wav\", 60.0 KB". */
function filesNamed(assets: ReadonlyMap<string, Uint8Array>): string {
  return [...assets].map(([path, bytes]) => `"${path}", ${describeBytes(bytes.length)}`).join('; ');
}

/** Why a level with recordings gets no link; `atLeast`: the length is a bound found before packing. */
function recordingTooLarge(assets: ReadonlyMap<string, Uint8Array>, length: number, atLeast: boolean): ShareResult<never> {
  const noun = assets.size === 1 ? 'recording' : 'recordings';
  let bytes = 0;
  for (const file of assets.values()) bytes += file.length;
  // The page words the sizes in its language: the names and the total in kilobytes travel apart.
  const names = [...assets.keys()].map((path) => `"${path}"`).join(', ');
  return codedShareFailure(
    `this level's tutor recording is too large for a link: with its ${noun} (${filesNamed(assets)}) it needs ${atLeast ? 'more than ' : ''}${length} characters, and a link holds at most ${MAX_LINK_CHARS}; share the file instead`,
    'recordingTooLargeForLink',
    { names, kilobytes: Math.round(bytes / 100) / 10, length, limit: MAX_LINK_CHARS },
  );
}

/**
 * The fragment for a level (a Level or a draft) and the files it names (keyed by the path the level
 * writes; "assets:" files ship with Synaptica and are not passed): "level=…", without the "#".
 */
export function encodeLevelLink(level: unknown, assets: ReadonlyMap<string, Uint8Array> = new Map()): ShareResult<{ fragment: string }> {
  let packed: Uint8Array;
  if (assets.size === 0) {
    const text = compactLevelText(level);
    if (!text.ok) return text;
    packed = zlibSync(new TextEncoder().encode(text.text), { level: 9 });
  } else {
    // Files that cannot fit however they pack are refused before the seconds a whole bundle takes.
    const atLeastBytes = filesPackedBeyond(assets.values());
    if (atLeastBytes !== null) {
      return recordingTooLarge(assets, Math.ceil((atLeastBytes * 4) / 3), true);
    }
    const bundle = encodeLevelBundle(level, assets);
    if (!bundle.ok) return bundle;
    packed = bundle.bytes;
  }
  const encoded = encodeBase64url(packed);
  if (encoded.length > MAX_LINK_CHARS) {
    if (assets.size > 0) return recordingTooLarge(assets, encoded.length, false);
    return codedShareFailure(
      `this level is too large for a link (${encoded.length} characters; a link holds at most ${MAX_LINK_CHARS}); share the file instead`,
      'levelTooLargeForLink',
      { length: encoded.length, limit: MAX_LINK_CHARS },
    );
  }
  return { ok: true, fragment: `${LINK_PARAMETER}=${encoded}` };
}

/** The encoded level in a link, a fragment ("#level=…", "level=…") or a whole URL; null when there is none. */
export function levelParameterOf(linkOrFragment: string): string | null {
  return fragmentParam(linkOrFragment, LINK_PARAMETER);
}

/** The level's text (for loadLevel) and its files from a link, a fragment or the encoded part alone. */
export function decodeLevelLink(linkOrFragment: string): ShareResult<SharedLevelParts> {
  const unpacked = decodePacked(levelParameterOf(linkOrFragment) ?? linkOrFragment, 'level');
  if (!unpacked.ok) return unpacked;
  const { content } = unpacked;
  return content.kind === 'zip' ? decodeLevelBundle(content.bytes) : { ok: true, levelText: content.text, assets: new Map() };
}
