/**
 * Song, Miller & Abbott (2000): after ≥ 300 s of additive all-to-all STDP the 1000 input weights are
 * bimodal: the lowest and highest deciles of [0, g_max] each hold more synapses than any interior
 * decile. LIF exact exponential step, dt 0.1 ms; 500 s simulated for each of seeds 1, 2, 3 (the
 * top decile overtakes the interior ones between ~300 and ~400 s in seed 1).
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/sim/build/buildWorld';
import { runTicks } from '../../src/sim/schedule';
import { decileCounts, songMillerAbbottSpec } from '../sim/plasticity/songMillerAbbott';

const SECONDS = 500;

describe(`Song, Miller & Abbott (2000), ${SECONDS} s, seeds 1-3`, () => {
  const sum = new Array<number>(10).fill(0);
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: extreme deciles beat every interior decile`, () => {
      const world = buildWorld(songMillerAbbottSpec(seed));
      const started = Date.now();
      runTicks(world, SECONDS * 10_000);
      const counts = decileCounts(world);
      counts.forEach((c, i) => { sum[i] += c; });
      const interiorMax = Math.max(...counts.slice(1, 9));
      console.log(`SMA seed ${seed}: deciles ${counts.join(' ')}, wall ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(counts[0]).toBeGreaterThan(interiorMax);
      expect(counts[9]).toBeGreaterThan(interiorMax);
    });
  }
  it('mean over the seeds is bimodal too', () => {
    const interiorMax = Math.max(...sum.slice(1, 9));
    expect(sum[0]).toBeGreaterThan(interiorMax);
    expect(sum[9]).toBeGreaterThan(interiorMax);
  });
});
