/**
 * Reads a zip file's central directory (PKWARE APPNOTE 4.3.12–4.3.16) without decompressing anything,
 * so every limit (entry count, sizes, ratios, names) is checked on what the file declares before a
 * byte is inflated. Only what a level bundle needs is supported: one disk, no zip64, no encryption,
 * entries stored or deflated. Every refusal says why.
 */
import { MAX_BUNDLE_ENTRIES } from './shareLimits';

export interface ZipEntry {
  /** The name as written in the directory ("level.json", "songs/bird.wav", "songs/" for a folder). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedBytes: number;
  readonly uncompressedBytes: number;
  /** Where the entry's data starts in the file (after its local header). */
  readonly dataOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; message: string };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
/** The end record may be followed by a comment of up to 65535 bytes. */
const MAX_COMMENT_BYTES = 0xffff;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_RECORD_BYTES;
  const first = Math.max(0, last - MAX_COMMENT_BYTES);
  for (let offset = last; offset >= first; offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.length < END_RECORD_BYTES) return { ok: false, message: 'the file is too short to be a zip file' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return { ok: false, message: 'the zip file has no directory at its end (it may be cut off)' };
  const diskNumber = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const entriesHere = view.getUint16(end + 8, true);
  const entryCount = view.getUint16(end + 10, true);
  const directoryBytes = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entryCount === 0xffff || directoryBytes === 0xffffffff || directoryOffset === 0xffffffff) {
    return { ok: false, message: 'the zip file uses the zip64 format, which a level bundle never needs' };
  }
  if (diskNumber !== 0 || directoryDisk !== 0 || entriesHere !== entryCount) {
    return { ok: false, message: 'the zip file is split over several parts; a level bundle is one file' };
  }
  if (entryCount > MAX_BUNDLE_ENTRIES) {
    return { ok: false, message: `the zip file has ${entryCount} entries; a level bundle has at most ${MAX_BUNDLE_ENTRIES}` };
  }
  if (directoryOffset + directoryBytes > end) return { ok: false, message: 'the zip file\'s directory lies outside the file (it is damaged)' };
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { ok: false, message: `the zip file's directory is damaged at entry ${i + 1}` };
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedBytes = view.getUint32(at + 20, true);
    const uncompressedBytes = view.getUint32(at + 24, true);
    const nameBytes = view.getUint16(at + 28, true);
    const extraBytes = view.getUint16(at + 30, true);
    const commentBytes = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameBytes > end) return { ok: false, message: `the zip file's directory is damaged at entry ${i + 1}` };
    let name: string;
    try {
      name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameBytes));
    } catch {
      return { ok: false, message: `entry ${i + 1} of the zip file has a name that is not valid UTF-8 text` };
    }
    if (flags & 1) return { ok: false, message: `"${name}" in the zip file is encrypted; a level bundle is never password-protected` };
    if (method !== 0 && method !== 8) return { ok: false, message: `"${name}" in the zip file is compressed with method ${method}; a level bundle uses only stored (0) or deflated (8) entries` };
    const data = localDataOffset(view, localOffset, directoryOffset);
    if (data < 0 || data + compressedBytes > directoryOffset) return { ok: false, message: `"${name}": its data lies outside the zip file (the file is damaged or cut off)` };
    entries.push({ name, method, crc32: crc, compressedBytes, uncompressedBytes, dataOffset: data });
    at += 46 + nameBytes + extraBytes + commentBytes;
  }
  return { ok: true, entries };
}

/** Where an entry's data begins, from its local header; -1 when the header is not there. */
function localDataOffset(view: DataView, localOffset: number, limit: number): number {
  if (localOffset + 30 > limit || view.getUint32(localOffset, true) !== LOCAL_HEADER) return -1;
  return localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
}
