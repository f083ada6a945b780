/**
 * Uniform noise current (src/sim/stimuli/applyStimuli.ts, src/sim/rng/xoshiro128.ts addUniforms):
 * the inlined batch path gives the same draws, sums and generator state as one stream.uniform()
 * call per target, and a whole population (batch path) receives exactly what the same neurons
 * listed one by one (per-target path) receive. xoshiro128** seed 7 / world seed 3.
 */
import { describe, expect, it } from 'vitest';
import { addUniforms, nextUint32, seedXoshiro128 } from '../../../src/sim/rng/xoshiro128';
import { meterWorld, stimulusTick } from './stimulusWorld';

describe('addUniforms batch path', () => {
  it('adds gain·(min + span·U) bit for bit and leaves the same state as per-draw calls', () => {
    const n = 100_000;
    const batchState = new Uint32Array(8);
    const loopState = new Uint32Array(8);
    seedXoshiro128(batchState, 4, 7);
    seedXoshiro128(loopState, 4, 7);
    const batch = new Float64Array(n + 2).fill(0.25);
    addUniforms(batchState, 4, batch, 0.7, -6.5, 13, 1, n + 1);
    const loop = new Float64Array(n + 2).fill(0.25);
    for (let i = 1; i < n + 1; i++) loop[i] += 0.7 * (-6.5 + 13 * (nextUint32(loopState, 4) / 4294967296));
    let mismatches = 0;
    for (let i = 0; i < n + 2; i++) if (!Object.is(batch[i], loop[i])) mismatches++;
    expect(mismatches).toBe(0);
    expect(Array.from(batchState)).toEqual(Array.from(loopState));
  });
});

describe('uniformNoise stimulus', () => {
  it('a whole population gets the same currents as its neurons listed one by one, within [min, max)', () => {
    const count = 50;
    const whole = meterWorld({ seed: 3, dtMs: 1, count, stimuli: [{ kind: 'uniformNoise', name: 'n', target: 'meters', min: -6.5, max: 6.5 }] });
    const listed = meterWorld({
      seed: 3, dtMs: 1, count,
      stimuli: [{ kind: 'uniformNoise', name: 'n', target: 'meters', min: -6.5, max: 6.5, neurons: Array.from({ length: count }, (_, i) => i) }],
    });
    const a = new Float64Array(count);
    const b = new Float64Array(count);
    let sum = 0;
    for (let tick = 0; tick < 200; tick++) {
      stimulusTick(whole, a);
      stimulusTick(listed, b);
      expect(Array.from(a)).toEqual(Array.from(b));
      for (const x of a) {
        expect(x).toBeGreaterThanOrEqual(-6.5);
        expect(x).toBeLessThan(6.5);
        sum += x;
      }
    }
    // Mean 0, sd 13/√12 per draw: the mean of 10 000 draws is within 4 standard errors (0.15) of 0.
    expect(Math.abs(sum / (200 * count))).toBeLessThan(0.15);
  });
});
