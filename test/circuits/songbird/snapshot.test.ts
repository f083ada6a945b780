/**
 * Every piece of the songbird circuit's state is registered: a snapshot taken mid-rendition during
 * the pitch-contingent white-noise phase (the contingency's threshold, the pending reinforcement,
 * the per-rendition record) restores and replays to the same state hash. levels/songbird-white-noise
 * shortened to 5 practice, 10 baseline and 20 noise renditions; LIF, exact step, dt 1 ms, seed 5.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { hashWorldState, restoreSnapshot, runTicks, takeSnapshot } from '../../../src/sim';

const RENDITION_TICKS = 670;

describe('songbird snapshots', () => {
  it('restoring a snapshot taken in the white-noise phase and running on gives the same state hash', () => {
    const data = JSON.parse(readFileSync(new URL('../../../levels/songbird-white-noise.json', import.meta.url), 'utf8'));
    const phases = data.timeline.sessions[0].phases as Array<{ id: string; trials: number }>;
    for (const [id, trials] of [['practice', 5], ['baseline', 10], ['noise', 20]] as const) phases.find((p) => p.id === id)!.trials = trials;
    const loaded = loadLevel(data);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const spawned = spawnLevel(loaded.level, { seed: 5 });
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const { world } = spawned;
    runTicks(world, 20 * RENDITION_TICKS + 300);
    const snapshot = takeSnapshot(world);
    runTicks(world, 6 * RENDITION_TICKS);
    const first = hashWorldState(world);
    restoreSnapshot(world, snapshot);
    runTicks(world, 6 * RENDITION_TICKS);
    expect(hashWorldState(world)).toBe(first);
  });
});
