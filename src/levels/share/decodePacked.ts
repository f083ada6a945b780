/**
 * The steps every packed link's payload goes through (levelLink.ts, lessonLink.ts): its length checked
 * before anything else, base64url decoded, zlib inflated with a bound on the unpacked size, then read
 * as UTF-8. Each step's failure is said in words that name what the link carries ("the link's lesson …").
 */
import { decodeBase64url } from './base64url';
import { unzlibBounded } from './boundedInflate';
import { looksLikeZip } from './levelBundle';
import { MAX_LINK_CHARS, MAX_LINK_INFLATED_BYTES } from './shareLimits';
import { shareFailure, type ShareResult } from './shareResult';

/** What a packed link carries; a level may also travel as a whole bundle (a zip), a lesson never does. */
export type PackedKind = 'level' | 'lesson';

/** The payload unpacked: text, or a level's bundle bytes still to be opened (levelBundle.ts). */
export type PackedContent = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'zip'; readonly bytes: Uint8Array };

export function decodePacked(encoded: string, what: PackedKind): ShareResult<{ content: PackedContent }> {
  if (encoded.length === 0) return shareFailure(`the link holds no ${what} (nothing follows "#${what}=")`);
  if (encoded.length > MAX_LINK_CHARS) return shareFailure(`the link's ${what} is ${encoded.length} characters long; a ${what} link holds at most ${MAX_LINK_CHARS}`);
  const decoded = decodeBase64url(encoded);
  if (!decoded.ok) return shareFailure(`the link's ${what} ${decoded.message}`);
  if (what === 'level' && looksLikeZip(decoded.bytes)) return { ok: true, content: { kind: 'zip', bytes: decoded.bytes } };
  const inflated = unzlibBounded(decoded.bytes, MAX_LINK_INFLATED_BYTES);
  if (!inflated.ok) {
    return shareFailure(inflated.reason === 'tooLarge'
      ? `the link's ${what} ${inflated.message}, more than a ${what} link may hold`
      : `the link's ${what} cannot be read: ${inflated.message}`);
  }
  try {
    return { ok: true, content: { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes) } };
  } catch {
    return shareFailure(`the link's ${what} is not UTF-8 text`);
  }
}
