/** inflateBounded and unzlibBounded: a cut or garbled stream is refused in words a player reads; a bomb stops at the limit. */
import { deflateSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateBounded, unzlibBounded } from '../../../src/levels/share/boundedInflate';

const text = new TextEncoder().encode('a level, '.repeat(2000));

describe('inflateBounded', () => {
  it('gives back what was deflated', () => {
    const back = inflateBounded(deflateSync(text), text.length);
    expect(back.ok && Buffer.from(back.bytes).equals(Buffer.from(text))).toBe(true);
  });

  it('a stream cut anywhere before its end says it ends too early (never fflate\'s "unexpected EOF")', () => {
    const packed = deflateSync(text);
    for (let cut = 0; cut < packed.length; cut++) {
      const result = inflateBounded(packed.subarray(0, cut), 1_000_000);
      expect(result, `cut at ${cut}`).toEqual({ ok: false, reason: 'damaged', message: 'the compressed data ends too early (it may have been cut off when it was copied)' });
    }
  });

  it('a garbled stream is damaged, in words', () => {
    // 0b111: a final block of the reserved type 3, which no encoder writes.
    expect(inflateBounded(Uint8Array.from([0x07, 0, 0, 0]), 100)).toEqual({ ok: false, reason: 'damaged', message: 'the compressed data is damaged (a part of it was changed or lost)' });
  });

  it('a bomb stops at the limit', () => {
    const bomb = deflateSync(new Uint8Array(8_000_000));
    expect(inflateBounded(bomb, 2_000_000)).toEqual({ ok: false, reason: 'tooLarge', message: 'it unpacks to more than 2000000 bytes' });
  });
});

describe('unzlibBounded', () => {
  it('checks the Adler-32 at the end', () => {
    const packed = zlibSync(text);
    expect(unzlibBounded(packed, text.length).ok).toBe(true);
    packed[packed.length - 1] ^= 1;
    expect(unzlibBounded(packed, text.length)).toMatchObject({ ok: false, message: 'the checksum does not match (the link was changed or cut off)' });
  });
});
