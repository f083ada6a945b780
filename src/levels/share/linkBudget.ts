/**
 * Whether a level's files are certainly too large for a link, found out cheaply: a link holds
 * MAX_LINK_CHARS base64url characters, so at most 3/4 of that in packed bytes, and each file goes
 * into the link's bundle at best DEFLATE-compressed (level 9, as levelBundle.ts packs it). Here the
 * files are deflated in slices and the work stops as soon as the output passes that budget: a minute
 * of recorded song (5.8 MB, which packs 1–3×) is refused after its first ~100 KB instead of after
 * packing all of it twice (the bundle's ratio check and the zip), which took seconds on the page.
 */
import { Deflate } from 'fflate';
import { MAX_LINK_CHARS } from './shareLimits';

/** The most packed bytes a link's fragment can carry (base64url: 4 characters per 3 bytes). */
export const MAX_LINK_PACKED_BYTES = Math.floor((MAX_LINK_CHARS * 3) / 4);

/** Input pushed at a time: small enough to stop soon after the budget is passed. */
const SLICE_BYTES = 32_768;

/**
 * Deflating in slices ends a block per slice, so its output can be a little larger than deflating
 * the file at once (measured: +0.2 % on recorded audio in 16–64 KB slices); this margin keeps the
 * answer "certainly too large" true for a file the one-shot deflate would just fit.
 */
const SLICE_OVERHEAD = 1.05;

/**
 * When `files` cannot fit in `budgetBytes` however the bundle packs them: the packed bytes they
 * certainly need at least (more than the budget; the rest is not packed). Null when they might fit.
 */
export function filesPackedBeyond(files: Iterable<Uint8Array>, budgetBytes: number = MAX_LINK_PACKED_BYTES): number | null {
  const limit = budgetBytes * SLICE_OVERHEAD;
  let packed = 0;
  for (const bytes of files) {
    const deflate = new Deflate({ level: 9 }, (data) => { packed += data.length; });
    for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
      const end = Math.min(bytes.length, start + SLICE_BYTES);
      deflate.push(bytes.subarray(start, end), end === bytes.length);
      if (packed > limit) return Math.floor(packed / SLICE_OVERHEAD);
    }
  }
  return null;
}

/** Whether `files` certainly do not fit in a link (filesPackedBeyond). */
export function filesCertainlyExceed(files: Iterable<Uint8Array>, budgetBytes: number = MAX_LINK_PACKED_BYTES): boolean {
  return filesPackedBeyond(files, budgetBytes) !== null;
}
