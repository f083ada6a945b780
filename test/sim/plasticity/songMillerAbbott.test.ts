/**
 * Song, Miller & Abbott (2000), quick version (the ≥ 300 s run is test/science-long). LIF exact
 * exponential step, dt 0.1 ms, seed 1, 20 s simulated. Measured (seed 1): the two extreme deciles
 * hold ~19 % of the weights at the start and ~26 % after 20 s: the low decile fills first
 * (the output rate, 150 Hz at the start, falls as the weights go down), the top decile later.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import { runTicks } from '../../../src/sim/schedule';
import { decileCounts, songMillerAbbottSpec } from './songMillerAbbott';

describe('Song, Miller & Abbott (2000), 20 s', () => {
  it('competitive STDP pushes weights toward the bounds and lowers the output rate', () => {
    const world = buildWorld(songMillerAbbottSpec(1));
    const start = decileCounts(world);
    runTicks(world, 10_000);
    const firstSecondSpikes = world.monitors.spikeCountByPopulation[1];
    runTicks(world, 190_000);
    const lastSpikes = world.monitors.spikeCountByPopulation[1];
    runTicks(world, 10_000);
    const lastSecondSpikes = world.monitors.spikeCountByPopulation[1] - lastSpikes;
    const end = decileCounts(world);
    const spread = (counts: number[]): number => counts[0] + counts[9];
    expect(spread(start)).toBeGreaterThan(150);
    expect(spread(start)).toBeLessThan(250);
    expect(end[0]).toBeGreaterThan(1.8 * start[0]);
    expect(spread(end)).toBeGreaterThan(1.2 * spread(start));
    expect(lastSecondSpikes).toBeLessThan(0.8 * firstSecondSpikes);
    console.log(`SMA 20 s: deciles ${start.join(' ')} → ${end.join(' ')}; rate ${firstSecondSpikes} → ${lastSecondSpikes} Hz`);
  });
});
