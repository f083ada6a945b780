/**
 * WAV codec: 16-bit PCM round trip, the formats an imported recording may come in, and hostile or
 * broken files (which must come back as errors, never exceptions). fast-check runs with fixed seeds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWav, encodeWav, WAV_MAX_DURATION_S } from '../../../src/circuits/plugin/wav';

interface ChunkSpec {
  id: string;
  body: Uint8Array;
  /** Size written in the header (defaults to the body length). */
  declaredSize?: number;
}

/** Builds a RIFF/WAVE file from chunks (padding odd chunks, as the format requires). */
function riff(chunks: ChunkSpec[], magic = 'RIFF', form = 'WAVE'): Uint8Array {
  const parts: number[] = [];
  const ascii = (text: string) => { for (const ch of text) parts.push(ch.charCodeAt(0)); };
  const u32 = (value: number) => parts.push(value & 255, (value >>> 8) & 255, (value >>> 16) & 255, (value >>> 24) & 255);
  ascii(magic);
  u32(0);
  ascii(form);
  for (const chunk of chunks) {
    ascii(chunk.id);
    u32(chunk.declaredSize ?? chunk.body.length);
    for (const byte of chunk.body) parts.push(byte);
    if (chunk.body.length % 2 === 1) parts.push(0);
  }
  const bytes = Uint8Array.from(parts);
  new DataView(bytes.buffer).setUint32(4, bytes.length - 8, true);
  return bytes;
}

function fmtChunk(format: number, channels: number, rateHz: number, bits: number, blockAlign = (channels * bits) / 8): ChunkSpec {
  const body = new Uint8Array(16);
  const view = new DataView(body.buffer);
  view.setUint16(0, format, true);
  view.setUint16(2, channels, true);
  view.setUint32(4, rateHz, true);
  view.setUint32(8, rateHz * blockAlign, true);
  view.setUint16(12, blockAlign, true);
  view.setUint16(14, bits, true);
  return { id: 'fmt ', body };
}

function extensibleFmtChunk(subFormat: number, channels: number, rateHz: number, bits: number): ChunkSpec {
  const body = new Uint8Array(40);
  const view = new DataView(body.buffer);
  view.setUint16(0, 0xfffe, true);
  view.setUint16(2, channels, true);
  view.setUint32(4, rateHz, true);
  view.setUint32(8, (rateHz * channels * bits) / 8, true);
  view.setUint16(12, (channels * bits) / 8, true);
  view.setUint16(14, bits, true);
  view.setUint16(16, 22, true);
  view.setUint16(18, bits, true);
  view.setUint16(24, subFormat, true);
  return { id: 'fmt ', body };
}

function dataChunk(write: (view: DataView) => void, bytes: number): ChunkSpec {
  const body = new Uint8Array(bytes);
  write(new DataView(body.buffer));
  return { id: 'data', body };
}

function expectError(bytes: Uint8Array, pattern: RegExp): void {
  const result = decodeWav(bytes);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatch(pattern);
}

describe('encodeWav / decodeWav round trip', () => {
  it('16-bit PCM mono keeps every sample within one quantisation step and the rate exactly', () => {
    const samples = new Float32Array(1000);
    for (let n = 0; n < samples.length; n++) samples[n] = Math.sin(n / 7) * (n / 1000);
    const bytes = encodeWav(samples, 22050);
    expect(bytes.length).toBe(44 + 2000);
    const decoded = decodeWav(bytes);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.sampleRateHz).toBe(22050);
    expect(decoded.samples.length).toBe(1000);
    for (let n = 0; n < samples.length; n++) expect(Math.abs(decoded.samples[n] - samples[n])).toBeLessThan(1.5 / 32767);
  });

  it('clamps out-of-range samples and writes NaN as 0', () => {
    const decoded = decodeWav(encodeWav(Float32Array.from([2, -2, NaN, 0.5]), 8000));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.samples[0]).toBeCloseTo(32767 / 32768, 6);
    expect(decoded.samples[1]).toBeCloseTo(-32767 / 32768, 6);
    expect(decoded.samples[2]).toBe(0);
    expect(decoded.samples[3]).toBeCloseTo(0.5, 4);
  });
});

describe('decodeWav formats', () => {
  it('reads 8-bit unsigned, 24-bit and 32-bit PCM and float 32/64', () => {
    const pcm8 = riff([fmtChunk(1, 1, 8000, 8), dataChunk((v) => { v.setUint8(0, 128); v.setUint8(1, 192); v.setUint8(2, 0); }, 3)]);
    const r8 = decodeWav(pcm8);
    expect(r8.ok && Array.from(r8.samples)).toEqual([0, 0.5, -1]);

    const pcm24 = riff([fmtChunk(1, 1, 8000, 24), dataChunk((v) => {
      v.setUint8(0, 0x00); v.setUint8(1, 0x00); v.setUint8(2, 0x40); // +0.5
      v.setUint8(3, 0x00); v.setUint8(4, 0x00); v.setUint8(5, 0xc0); // −0.5
    }, 6)]);
    const r24 = decodeWav(pcm24);
    expect(r24.ok && Array.from(r24.samples)).toEqual([0.5, -0.5]);

    const pcm32 = riff([fmtChunk(1, 1, 8000, 32), dataChunk((v) => { v.setInt32(0, -1073741824, true); }, 4)]);
    const r32 = decodeWav(pcm32);
    expect(r32.ok && Array.from(r32.samples)).toEqual([-0.5]);

    const float32 = riff([fmtChunk(3, 1, 8000, 32), dataChunk((v) => { v.setFloat32(0, 0.25, true); v.setFloat32(4, NaN, true); v.setFloat32(8, 3, true); }, 12)]);
    const rf = decodeWav(float32);
    expect(rf.ok && Array.from(rf.samples)).toEqual([0.25, 0, 1]);

    const float64 = riff([fmtChunk(3, 1, 8000, 64), dataChunk((v) => { v.setFloat64(0, -0.75, true); }, 8)]);
    const rd = decodeWav(float64);
    expect(rd.ok && Array.from(rd.samples)).toEqual([-0.75]);
  });

  it('mixes channels to mono, accepts WAVE_FORMAT_EXTENSIBLE and skips unknown (odd-sized) chunks', () => {
    const stereo = riff([
      { id: 'LIST', body: Uint8Array.from([1, 2, 3]) },
      extensibleFmtChunk(1, 2, 44100, 16),
      { id: 'fact', body: new Uint8Array(4) },
      dataChunk((v) => { v.setInt16(0, 16384, true); v.setInt16(2, 0, true); v.setInt16(4, -32768, true); v.setInt16(6, 0, true); }, 8),
      { id: 'junk', body: new Uint8Array(5) },
    ]);
    const result = decodeWav(stereo);
    if (!result.ok) throw new Error(result.error);
    expect(result.sampleRateHz).toBe(44100);
    expect(Array.from(result.samples)).toEqual([0.25, -0.5]);
  });

  it('reads a sub-array view of a larger buffer (byteOffset ≠ 0)', () => {
    const bytes = encodeWav(Float32Array.from([0.5, -0.5]), 16000);
    const padded = new Uint8Array(bytes.length + 7);
    padded.set(bytes, 3);
    const result = decodeWav(padded.subarray(3, 3 + bytes.length));
    expect(result.ok && result.samples.length).toBe(2);
  });
});

describe('decodeWav on broken or hostile files', () => {
  const good = encodeWav(Float32Array.from({ length: 100 }, (_, n) => Math.sin(n)), 22050);

  it('names the problem', () => {
    expectError(new Uint8Array(0), /too short for a RIFF header/);
    expectError(good.subarray(0, 30), /missing 'fmt ' chunk|'fmt ' chunk claims/);
    expectError(good.subarray(0, 60), /'data' chunk claims 200 bytes but only 16 remain/);
    expectError(Uint8Array.from([...new TextEncoder().encode('OggS'), ...good.subarray(4)]), /missing 'RIFF' magic.*"OggS"/);
    expectError(riff([fmtChunk(1, 1, 8000, 16)], 'RIFX'), /RIFX files are not supported/);
    expectError(riff([fmtChunk(1, 1, 8000, 16)], 'RIFF', 'AVI '), /not 'WAVE'/);
    expectError(riff([{ id: 'data', body: new Uint8Array(4) }]), /'data' chunk comes before the 'fmt ' chunk/);
    expectError(riff([{ id: 'LIST', body: new Uint8Array(4) }]), /missing 'fmt ' chunk/);
    expectError(riff([fmtChunk(1, 1, 8000, 16)]), /missing 'data' chunk/);
    expectError(riff([fmtChunk(1, 0, 8000, 16, 2), dataChunk(() => {}, 4)]), /0 channels/);
    expectError(riff([fmtChunk(1, 3, 8000, 12, 6), dataChunk(() => {}, 6)]), /WAV: 3 channels of 12-bit PCM samples are not supported/);
    expectError(riff([fmtChunk(1, 64, 8000, 16), dataChunk(() => {}, 128)]), /64 channels of 16-bit PCM samples are not supported/);
    expectError(riff([fmtChunk(2, 1, 8000, 4), dataChunk(() => {}, 4)]), /format code 2 is not supported/);
    expectError(riff([fmtChunk(3, 1, 8000, 16), dataChunk(() => {}, 4)]), /16-bit float samples are not supported/);
    expectError(riff([fmtChunk(1, 1, 0, 16), dataChunk(() => {}, 4)]), /sample rate 0 Hz is outside/);
    expectError(riff([fmtChunk(1, 1, 4000000000, 16, 2), dataChunk(() => {}, 4)]), /sample rate 4000000000 Hz is outside/);
    expectError(riff([fmtChunk(1, 2, 8000, 16, 3), dataChunk(() => {}, 6)]), /block align 3 does not match/);
    expectError(riff([{ id: 'fmt ', body: new Uint8Array(8) }, dataChunk(() => {}, 4)]), /'fmt ' chunk is 8 bytes, needs at least 16/);
    expectError(riff([fmtChunk(1, 1, 8000, 16), dataChunk(() => {}, 1)]), /no complete sample frame/);
    expectError(riff([fmtChunk(1, 1, 8000, 16), { id: 'data', body: new Uint8Array(4), declaredSize: 0xffffffff }]), /claims 4294967295 bytes but only 4 remain/);
    expectError(riff([fmtChunk(1, 1, 8000, 16), fmtChunk(1, 1, 8000, 16), dataChunk(() => {}, 2)]), /more than one 'fmt ' chunk/);
    expectError('not bytes' as unknown as Uint8Array, /not a byte array/);
  });

  it(`refuses recordings longer than ${WAV_MAX_DURATION_S} s (61 s of 8-bit audio at 4 kHz)`, () => {
    const bytes = riff([fmtChunk(1, 1, 4000, 8), dataChunk(() => {}, 61 * 4000)]);
    expectError(bytes, /61\.0 s long, the limit is 60 s/);
  });

  it('never throws on random bytes, corrupted headers or truncations (fast-check, seed 4)', () => {
    const check = (bytes: Uint8Array) => {
      const result = decodeWav(bytes);
      if (result.ok) {
        expect(result.samples.length).toBeGreaterThan(0);
        for (const x of result.samples) expect(Math.abs(x)).toBeLessThanOrEqual(1);
      } else {
        expect(result.error).toMatch(/^WAV: /);
      }
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => check(bytes)), { seed: 4, numRuns: 300 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.nat(255)), { maxLength: 6 }), fc.nat(good.length), (edits, cut) => {
        const bytes = good.slice(0, Math.max(cut, 12));
        for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
        check(bytes);
      }),
      { seed: 4, numRuns: 500 },
    );
  });
});
