// The fast-forward worker samples modulator levels every 20 ms of simulated time for the page's trace
// plot: a chunk carries the samples of its last 10 s, equal to the levels the main thread sees when
// it steps the same level. dopamine-acquisition at its own seed (LIF, exact step, dt 1 ms).
import { describe, expect, it } from 'vitest';
import { FastForwardRunner } from '../../src/app/fastForwardCore';
import { stepLevel } from '../../src/app/levelStep';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { takeSnapshot } from '../../src/sim/snapshot';
import { builtInLevel } from '../levels/helpers';

describe('modulator trace samples in fast-forward chunks', () => {
  it('every 20 ms, the last 10 s of the chunk, the same levels as main-thread stepping', () => {
    const level = builtInLevel('dopamine-acquisition');
    const spawned = spawnLevel(level, {});
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const { world, run } = spawned;
    const created = FastForwardRunner.create({
      level, seed: run.seed, assets: [], snapshot: takeSnapshot(world), streamNames: world.rng.names(),
      commandLog: [], recorder: run.recorder.exportState(),
    });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const ticks = 12_000;
    created.runner.run(Number.POSITIVE_INFINITY, () => 0, ticks);
    const trace = created.runner.takeChunk().modulatorTrace;
    expect(trace).not.toBeNull();
    const { timesMs, levels, pools } = trace!;
    expect(pools).toBe(world.modulators.count);
    expect(timesMs[timesMs.length - 1]).toBe(ticks * world.dtMs);
    expect(timesMs[0]).toBe(ticks * world.dtMs - 10_000);
    for (let k = 1; k < timesMs.length; k++) expect(timesMs[k] - timesMs[k - 1]).toBe(20);
    // The main thread, stepping the same level, sees the same levels at those times.
    const expected = new Map<number, number[]>();
    for (let t = 0; t < ticks; t++) {
      stepLevel(world, run.recorder);
      world.events.length = 0;
      expected.set(world.clock[0] * world.dtMs, Array.from(world.modulators.level));
    }
    for (let k = 0; k < timesMs.length; k++) {
      expect(Array.from(levels.subarray(k * pools, k * pools + pools))).toEqual(expected.get(timesMs[k]));
    }
    // Some dopamine actually moved during the chunk (the plot shows a curve, not a flat line).
    const dopamine = Array.from({ length: timesMs.length }, (_, k) => levels[k * pools]);
    expect(Math.max(...dopamine) - Math.min(...dopamine)).toBeGreaterThan(0);
  });
});
