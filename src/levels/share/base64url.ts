/**
 * Base64url (RFC 4648 §5: "-" and "_" for "+" and "/", no padding), the alphabet a URL fragment
 * carries without escaping. The decoder is strict: any other character, or a length no encoder
 * makes, is refused with its position, because a link cut off or retyped must say so rather than
 * decode to different bytes.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64url(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i];
    const b1 = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const b2 = i + 2 < bytes.length ? bytes[i + 2] : 0;
    chunk += ALPHABET[b0 >> 2] + ALPHABET[((b0 & 3) << 4) | (b1 >> 4)];
    if (i + 1 < bytes.length) chunk += ALPHABET[((b1 & 15) << 2) | (b2 >> 6)];
    if (i + 2 < bytes.length) chunk += ALPHABET[b2 & 63];
    // Joined in pieces: one string grown by += for megabytes is slow in some engines.
    if (chunk.length >= 8192) { parts.push(chunk); chunk = ''; }
  }
  parts.push(chunk);
  return parts.join('');
}

export type Base64Decoded = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Decodes base64url; trailing "=" padding is tolerated (some tools add it). */
export function decodeBase64url(text: string): Base64Decoded {
  const body = text.replace(/=+$/, '');
  if (body.length % 4 === 1) {
    return { ok: false, message: `has ${body.length} characters, a length no encoder makes (the link may have been cut off)` };
  }
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let out = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    const value = code < 128 ? VALUE_OF[code] : -1;
    if (value < 0) {
      return { ok: false, message: `has the character ${JSON.stringify(body[i])} at position ${i + 1}, which a link's level data never contains (letters, digits, "-" and "_" only)` };
    }
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
    buffer &= 0xff;
  }
  return { ok: true, bytes };
}
