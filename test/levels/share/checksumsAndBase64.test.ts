/** Known answers for the checksums and base64url the share formats use. */
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../../../src/levels/share/base64url';
import { adler32, crc32 } from '../../../src/levels/share/checksums';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('checksums', () => {
  it('CRC-32 and Adler-32 give the published check values', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
    expect(adler32(ascii('Wikipedia'))).toBe(0x11e60398);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(adler32(new Uint8Array(0))).toBe(1);
  });
});

describe('base64url', () => {
  it('matches RFC 4648 §10 (with the URL alphabet, no padding) and round-trips every length', () => {
    expect(encodeBase64url(ascii('foobar'))).toBe('Zm9vYmFy');
    expect(encodeBase64url(ascii('fo'))).toBe('Zm8');
    expect(encodeBase64url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 0xff);
      const back = decodeBase64url(encodeBase64url(bytes));
      expect(back.ok && [...back.bytes]).toEqual([...bytes]);
    }
  });

  it('refuses characters outside the alphabet and impossible lengths, saying where', () => {
    expect(decodeBase64url('Zm9v+mFy')).toEqual({ ok: false, message: 'has the character "+" at position 5, which a link\'s level data never contains (letters, digits, "-" and "_" only)' });
    expect(decodeBase64url('Zm9vY')).toEqual({ ok: false, message: 'has 5 characters, a length no encoder makes (the link may have been cut off)' });
    expect(decodeBase64url('Zm8=').ok).toBe(true);
  });
});
