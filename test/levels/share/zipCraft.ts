/**
 * Hand-made zip files for the bad-bundle corpus: fflate writes a valid zip, then the directory is
 * edited to lie (sizes, flags, method, counts) the way a damaged or hostile file would.
 */
import { zipSync, type Zippable } from 'fflate';

const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

export function makeZip(files: Record<string, Uint8Array | string>, level = 9): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [typeof data === 'string' ? new TextEncoder().encode(data) : data, { level: level as 0 | 9 }];
  return zipSync(zippable, { mtime: 946_728_000_000 });
}

/** Offsets of each central directory entry, in order. */
function directoryEntries(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === DIRECTORY_ENTRY) out.push(i);
  return out;
}

function endRecord(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = zip.length - 22; i >= 0; i--) if (view.getUint32(i, true) === END_OF_DIRECTORY) return i;
  throw new Error('no end record');
}

export interface DirectoryEdit {
  flags?: number;
  method?: number;
  crc?: number;
  compressedBytes?: number;
  uncompressedBytes?: number;
  localOffset?: number;
}

/** A copy of `zip` whose `index`-th directory entry says what `edit` says. */
export function editEntry(zip: Uint8Array, index: number, edit: DirectoryEdit): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const at = directoryEntries(copy)[index];
  if (edit.flags !== undefined) view.setUint16(at + 8, edit.flags, true);
  if (edit.method !== undefined) view.setUint16(at + 10, edit.method, true);
  if (edit.crc !== undefined) view.setUint32(at + 16, edit.crc, true);
  if (edit.compressedBytes !== undefined) view.setUint32(at + 20, edit.compressedBytes, true);
  if (edit.uncompressedBytes !== undefined) view.setUint32(at + 24, edit.uncompressedBytes, true);
  if (edit.localOffset !== undefined) view.setUint32(at + 42, edit.localOffset, true);
  return copy;
}

/** A copy of `zip` whose end record says `edit` (entry counts, directory place). */
export function editEnd(zip: Uint8Array, edit: { entries?: number; entriesHere?: number; disk?: number; directoryOffset?: number; directoryBytes?: number }): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const end = endRecord(copy);
  if (edit.disk !== undefined) view.setUint16(end + 4, edit.disk, true);
  if (edit.entriesHere !== undefined) view.setUint16(end + 8, edit.entriesHere, true);
  if (edit.entries !== undefined) view.setUint16(end + 10, edit.entries, true);
  if (edit.directoryBytes !== undefined) view.setUint32(end + 12, edit.directoryBytes, true);
  if (edit.directoryOffset !== undefined) view.setUint32(end + 16, edit.directoryOffset, true);
  return copy;
}

/** A copy of `zip` with every occurrence of the name `from` replaced by `to` (same length). */
export function renameEverywhere(zip: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('names must have the same length');
  const copy = zip.slice();
  const a = new TextEncoder().encode(from);
  const b = new TextEncoder().encode(to);
  for (let i = 0; i + a.length <= copy.length; i++) {
    let match = true;
    for (let j = 0; j < a.length && match; j++) match = copy[i + j] === a[j];
    if (match) copy.set(b, i);
  }
  return copy;
}
