/**
 * The link's quick size check (linkBudget.ts): it refuses only files that certainly cannot fit (their
 * one-shot level-9 DEFLATE, what the bundle packs, is larger than a link's packed budget too), it
 * stops early on a long recording, and it lets through files that fit.
 */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { filesCertainlyExceed, filesPackedBeyond, MAX_LINK_PACKED_BYTES } from '../../../src/levels/share';

/** Recording-like 16-bit samples: a gliding whistle plus seeded noise (packs about 1.3× at level 9). */
function whistle(samples: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(samples * 2);
  const view = new DataView(bytes.buffer);
  let x = seed;
  let phase = 0;
  for (let i = 0; i < samples; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    phase += 0.03 + 0.02 * Math.sin(i / 4000);
    view.setInt16(i * 2, Math.round(9000 * Math.sin(phase) + 600 * ((x >>> 16) / 65536 - 0.5)), true);
  }
  return bytes;
}

describe('filesPackedBeyond', () => {
  it('a minute of 48 kHz recording is refused, and what it reports is no more than the whole file packs to', () => {
    const minute = whistle(48_000 * 60);
    const atLeast = filesPackedBeyond([minute]);
    expect(atLeast).not.toBeNull();
    expect(atLeast!).toBeGreaterThan(MAX_LINK_PACKED_BYTES);
    // The lower bound holds: the whole file, packed at once, needs at least that much.
    expect(deflateSync(minute, { level: 9 }).length).toBeGreaterThanOrEqual(atLeast!);
  });

  it('never refuses what would fit: around the budget, a refusal means the one-shot DEFLATE is over it too', () => {
    for (const samples of [10_000, 20_000, 24_000, 26_000, 28_000, 30_000, 40_000]) {
      const file = whistle(samples, samples);
      const oneShot = deflateSync(file, { level: 9 }).length;
      if (filesCertainlyExceed([file])) expect(oneShot).toBeGreaterThan(MAX_LINK_PACKED_BYTES);
      if (oneShot <= MAX_LINK_PACKED_BYTES) expect(filesPackedBeyond([file])).toBeNull();
    }
  });

  it('sums several files, and lets the shipped whistle (18 KB) through', () => {
    const whistleWav = new Uint8Array(readFileSync(new URL('../../../assets/tutors/whistle-sweep.wav', import.meta.url)));
    expect(filesPackedBeyond([whistleWav])).toBeNull();
    const half = whistle(18_000, 3);
    expect(filesPackedBeyond([half])).toBeNull();
    expect(filesPackedBeyond([half, whistle(18_000, 4)])).not.toBeNull();
  });
});
