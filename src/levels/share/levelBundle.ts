/**
 * A level with its files as one zip ("level bundle"): level.json (the level file's text, with
 * "$schema") and each file the level names by a path relative to its folder, stored under that path.
 * Decoding checks every limit in shareLimits.ts on the zip's own directory before inflating anything,
 * inflates each entry to at most its declared size, and checks each entry's CRC-32, so a zip bomb, a
 * lying directory or a damaged file is refused with the reason, never half-read.
 */
import { deflateSync, zipSync, type Zippable } from 'fflate';
import { inflateBounded } from './boundedInflate';
import { BUNDLE_LEVEL_NAME, checkBundleName } from './bundleNames';
import { crc32 } from './checksums';
import { levelFileText } from './levelFileText';
import {
  MAX_BUNDLE_BYTES, MAX_BUNDLE_ENTRY_BYTES, MAX_BUNDLE_TOTAL_BYTES, MAX_COMPRESSION_RATIO, RATIO_FREE_BYTES,
} from './shareLimits';
import { describeBytes, shareFailure, type ShareResult } from './shareResult';
import { readZipDirectory, type ZipEntry } from './zipDirectory';

/** What a file or link holds once unpacked: the level's text (for loadLevel) and its files by path. */
export interface SharedLevelParts {
  readonly levelText: string;
  readonly assets: ReadonlyMap<string, Uint8Array>;
}

/** A fixed time for every entry (the zip format requires one): the same level gives the same bytes. */
const ENTRY_TIME_MS = 946_728_000_000; // 2000-01-01 12:00 UTC: a valid DOS date in every time zone

/** The zip signature: a local file header, or the end record of a zip with no entries. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return (bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06);
}

/**
 * The bundle's bytes for a level (a Level or a draft) and the files it names, keyed by the path the
 * level writes. Only files inside the level's own folder travel; "assets:" files ship with Synaptica.
 */
export function encodeLevelBundle(level: unknown, assets: ReadonlyMap<string, Uint8Array>): ShareResult<{ bytes: Uint8Array }> {
  const text = levelFileText(level);
  if (!text.ok) return text;
  const files: Zippable = { [BUNDLE_LEVEL_NAME]: [new TextEncoder().encode(text.text), { level: 9 }] };
  let total = text.text.length;
  for (const [path, bytes] of assets) {
    const name = checkBundleName(path);
    if (!name.ok) return shareFailure(`cannot put it into a level bundle: ${name.message}`);
    if (name.kind !== 'asset') return shareFailure(`"${path}" is not a file a level names, so it cannot go into a level bundle`);
    if (bytes.length > MAX_BUNDLE_ENTRY_BYTES) return shareFailure(`"${path}" is ${describeBytes(bytes.length)}; a file in a level bundle may be at most ${describeBytes(MAX_BUNDLE_ENTRY_BYTES)}`);
    total += bytes.length;
    // A file that would compress past the ratio a reader accepts (long silence) is stored as it is.
    const squeezed = bytes.length > RATIO_FREE_BYTES ? deflateSync(bytes, { level: 9 }).length : 1;
    files[path] = [bytes, { level: bytes.length / Math.max(1, squeezed) > MAX_COMPRESSION_RATIO ? 0 : 9 }];
  }
  if (total > MAX_BUNDLE_TOTAL_BYTES) return shareFailure(`the level and its files come to ${describeBytes(total)}; a level bundle may hold at most ${describeBytes(MAX_BUNDLE_TOTAL_BYTES)}`);
  try {
    return { ok: true, bytes: zipSync(files, { mtime: ENTRY_TIME_MS }) };
  } catch (error) {
    return shareFailure(`the bundle could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Refuses an entry whose declared sizes break a limit (before anything is inflated). */
function sizeProblem(entry: ZipEntry, totalSoFar: number): string | null {
  const { name, uncompressedBytes: size, compressedBytes: packed } = entry;
  if (size > MAX_BUNDLE_ENTRY_BYTES) return `"${name}" unpacks to ${describeBytes(size)}; a file in a level bundle may be at most ${describeBytes(MAX_BUNDLE_ENTRY_BYTES)}`;
  if (totalSoFar + size > MAX_BUNDLE_TOTAL_BYTES) return `the bundle unpacks to more than ${describeBytes(MAX_BUNDLE_TOTAL_BYTES)}, the most a level bundle may hold`;
  if (entry.method === 0 && packed !== size) return `"${name}" is stored uncompressed but its two sizes differ (${packed} and ${size} bytes): the file is damaged`;
  if (size > RATIO_FREE_BYTES && size / Math.max(1, packed) > MAX_COMPRESSION_RATIO) {
    return `"${name}" would unpack ${Math.round(size / Math.max(1, packed))} times larger than it is packed (at most ${MAX_COMPRESSION_RATIO}); it looks like a zip bomb`;
  }
  return null;
}

function unpackEntry(bytes: Uint8Array, entry: ZipEntry): ShareResult<{ data: Uint8Array }> {
  const packed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedBytes);
  let data: Uint8Array;
  if (entry.method === 0) {
    data = packed.slice();
  } else {
    const inflated = inflateBounded(packed, entry.uncompressedBytes);
    if (!inflated.ok) {
      return shareFailure(inflated.reason === 'tooLarge'
        ? `"${entry.name}" unpacks to more than the ${entry.uncompressedBytes} bytes its directory declares: the file is damaged or hostile`
        : `"${entry.name}": ${inflated.message}`);
    }
    data = inflated.bytes;
  }
  if (data.length !== entry.uncompressedBytes) return shareFailure(`"${entry.name}" unpacks to ${data.length} bytes, not the ${entry.uncompressedBytes} its directory declares: the file is damaged`);
  if (crc32(data) !== entry.crc32) return shareFailure(`"${entry.name}" fails its checksum: the file is damaged`);
  return { ok: true, data };
}

/** Unpacks a bundle to the level's text and its files, or says why it cannot be opened. */
export function decodeLevelBundle(bytes: Uint8Array): ShareResult<SharedLevelParts> {
  if (bytes.length > MAX_BUNDLE_BYTES) return shareFailure(`the file is ${describeBytes(bytes.length)}; a level bundle may be at most ${describeBytes(MAX_BUNDLE_BYTES)}`);
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return shareFailure(directory.message);
  const seen = new Set<string>();
  const wanted: ZipEntry[] = [];
  let total = 0;
  for (const entry of directory.entries) {
    const name = checkBundleName(entry.name);
    if (!name.ok) return shareFailure(name.message);
    if (seen.has(entry.name)) return shareFailure(`"${entry.name}" is in the bundle twice`);
    seen.add(entry.name);
    if (name.kind === 'folder') continue;
    const problem = sizeProblem(entry, total);
    if (problem !== null) return shareFailure(problem);
    total += entry.uncompressedBytes;
    wanted.push(entry);
  }
  const levelEntry = wanted.find((e) => e.name === BUNDLE_LEVEL_NAME);
  if (levelEntry === undefined) return shareFailure(`the zip file has no ${BUNDLE_LEVEL_NAME} at its top; a level bundle holds ${BUNDLE_LEVEL_NAME} and the files the level names`);
  let levelText = '';
  const assets = new Map<string, Uint8Array>();
  for (const entry of wanted) {
    const unpacked = unpackEntry(bytes, entry);
    if (!unpacked.ok) return unpacked;
    if (entry !== levelEntry) { assets.set(entry.name, unpacked.data); continue; }
    try {
      levelText = new TextDecoder('utf-8', { fatal: true }).decode(unpacked.data);
    } catch {
      return shareFailure(`${BUNDLE_LEVEL_NAME} is not UTF-8 text`);
    }
  }
  return { ok: true, levelText, assets };
}
