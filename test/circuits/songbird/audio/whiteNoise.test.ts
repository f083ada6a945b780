/** Pitch-contingent white noise: deterministic from the caller's uint32 source (xorshift32 seeds 1, 2). */
import { describe, expect, it } from 'vitest';
import { addWhiteNoise } from '../../../../src/circuits/songbird/audio/whiteNoise';
import { xorshift32 } from './audioTestTracks';

describe('addWhiteNoise', () => {
  it('adds zero-mean noise of RMS amplitude/√3 only inside [start, end), reproducibly', () => {
    const samples = new Float32Array(20000);
    addWhiteNoise(samples, 1000, 19000, 0.3, xorshift32(1));
    expect(samples[999]).toBe(0);
    expect(samples[19000]).toBe(0);
    let sum = 0;
    let sumSquares = 0;
    for (let n = 1000; n < 19000; n++) {
      expect(Math.abs(samples[n])).toBeLessThanOrEqual(0.3);
      sum += samples[n];
      sumSquares += samples[n] * samples[n];
    }
    expect(Math.abs(sum / 18000)).toBeLessThan(0.01);
    expect(Math.sqrt(sumSquares / 18000)).toBeCloseTo(0.3 / Math.sqrt(3), 2);
    const again = new Float32Array(20000);
    addWhiteNoise(again, 1000, 19000, 0.3, xorshift32(1));
    expect(again).toEqual(samples);
    const otherSeed = new Float32Array(20000);
    addWhiteNoise(otherSeed, 1000, 19000, 0.3, xorshift32(2));
    expect(otherSeed).not.toEqual(samples);
  });

  it('clamps the sum to [-1, 1], clips indices to the buffer and draws nothing for amplitude ≤ 0', () => {
    const samples = new Float32Array(100).fill(0.9);
    addWhiteNoise(samples, -50, 500, 1, xorshift32(1));
    for (const x of samples) expect(Math.abs(x)).toBeLessThanOrEqual(1);
    let draws = 0;
    const counting = () => { draws++; return 0; };
    addWhiteNoise(samples, 0, 100, 0, counting);
    addWhiteNoise(samples, 0, 100, NaN, counting);
    addWhiteNoise(samples, 60, 40, 0.5, counting);
    expect(draws).toBe(0);
  });
});
