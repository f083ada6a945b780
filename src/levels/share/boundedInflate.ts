/**
 * Raw DEFLATE and zlib decompression that stops as soon as the output passes a limit. fflate's
 * one-shot functions inflate a whole input at once, and a few kilobytes of a hostile stream can
 * expand to gigabytes (the zip bomb); here the input goes to fflate's streaming Inflate in small
 * slices, so at most about one slice's worth (≤ 1032× a slice) is ever produced past the limit
 * before the work stops.
 */
import { FlateErrorCode, Inflate, type FlateError } from 'fflate';
import { adler32 } from './checksums';

/** Compressed bytes pushed at a time: at most ~4 MB of output per push, even for a hostile stream. */
const SLICE_BYTES = 4096;

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'tooLarge' | 'damaged'; message: string };

/** Inflates raw DEFLATE data to at most `maxBytes`. */
export function inflateBounded(compressed: Uint8Array, maxBytes: number): Inflated {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let overLimit = false;
  const inflate = new Inflate((data) => {
    total += data.length;
    if (total > maxBytes) overLimit = true;
    else if (data.length > 0) chunks.push(data);
  });
  try {
    // The last slice is pushed as final: a stream that stops before its last block then throws
    // "unexpected EOF" (fflate's `final` flag only echoes ours, so it cannot tell a cut stream).
    for (let start = 0; start < compressed.length && !overLimit; start += SLICE_BYTES) {
      const end = Math.min(compressed.length, start + SLICE_BYTES);
      inflate.push(compressed.subarray(start, end), end === compressed.length);
    }
    if (compressed.length === 0) return damaged(FlateErrorCode.UnexpectedEOF);
  } catch (error) {
    if (overLimit) return tooLarge(maxBytes);
    return damaged((error as Partial<FlateError>).code);
  }
  if (overLimit) return tooLarge(maxBytes);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) { bytes.set(chunk, offset); offset += chunk.length; }
  return { ok: true, bytes };
}

/** fflate's own messages ("unexpected EOF", "invalid distance") are for programmers: a player reads these. */
function damaged(code: number | undefined): Inflated {
  return code === FlateErrorCode.UnexpectedEOF
    ? { ok: false, reason: 'damaged', message: 'the compressed data ends too early (it may have been cut off when it was copied)' }
    : { ok: false, reason: 'damaged', message: 'the compressed data is damaged (a part of it was changed or lost)' };
}

function tooLarge(maxBytes: number): Inflated {
  return { ok: false, reason: 'tooLarge', message: `it unpacks to more than ${maxBytes} bytes` };
}

/** Inflates a zlib stream (RFC 1950: header, DEFLATE data, Adler-32) to at most `maxBytes`, checking the checksum. */
export function unzlibBounded(data: Uint8Array, maxBytes: number): Inflated {
  if (data.length < 6) return { ok: false, reason: 'damaged', message: 'the compressed data is too short to hold anything' };
  const cmf = data[0];
  const flg = data[1];
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0) {
    return { ok: false, reason: 'damaged', message: 'the data does not start as a compressed level does (the link may have been changed or cut off)' };
  }
  if (flg & 0x20) return { ok: false, reason: 'damaged', message: 'the compressed data needs a preset dictionary, which no Synaptica link uses' };
  const inflated = inflateBounded(data.subarray(2, data.length - 4), maxBytes);
  if (!inflated.ok) return inflated;
  const stored = ((data[data.length - 4] << 24) | (data[data.length - 3] << 16) | (data[data.length - 2] << 8) | data[data.length - 1]) >>> 0;
  if (adler32(inflated.bytes) !== stored) {
    return { ok: false, reason: 'damaged', message: 'the checksum does not match (the link was changed or cut off)' };
  }
  return inflated;
}
