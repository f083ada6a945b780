// Step back (src/app/snapshotRing.ts): world + recorder snapshots every 500 ms of sim time; restoring
// one and stepping on replays the same run. Level eyeblink-acquisition (its own seed 11 and dt 1 ms).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stepLevel } from '../../src/app/levelStep';
import { SnapshotRing } from '../../src/app/snapshotRing';
import { loadLevel } from '../../src/levels/loadLevel';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { hashWorldState } from '../../src/sim/snapshot';

function spawn() {
  const loaded = loadLevel(readFileSync(new URL('../../levels/eyeblink-acquisition.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('level');
  const spawned = spawnLevel(loaded.level);
  if (!spawned.ok) throw new Error('spawn');
  return spawned;
}

describe('SnapshotRing (step back)', () => {
  it('keeps one snapshot per 500 ms, at most spanMs of them, and steps back to the latest older one', () => {
    const { world, run } = spawn();
    const ring = new SnapshotRing(world, 500, 2000);
    expect(ring.maxEntries).toBe(4);
    const hashes = new Map<number, string>();
    const trialsAt = new Map<number, number>();
    for (let i = 0; i < 3200; i++) {
      ring.maybeRecord(world, run.recorder);
      if (world.clock[0] % 500 === 0) { hashes.set(world.clock[0], hashWorldState(world)); trialsAt.set(world.clock[0], run.recorder.trials.length); }
      stepLevel(world, run.recorder);
      world.events.length = 0;
    }
    expect(ring.size).toBe(4); // ticks 1500, 2000, 2500, 3000
    expect(ring.stepBack(world, run.recorder)).toBe(3000);
    expect(hashWorldState(world)).toBe(hashes.get(3000));
    expect(ring.stepBack(world, run.recorder)).toBe(2500);
    expect(hashWorldState(world)).toBe(hashes.get(2500));
    expect(run.recorder.trials.length).toBe(trialsAt.get(2500));
    // Stepping on from the restored moment replays the same run.
    for (let i = 0; i < 500; i++) { stepLevel(world, run.recorder); world.events.length = 0; }
    expect(hashWorldState(world)).toBe(hashes.get(3000));
    expect(ring.stepBack(world, run.recorder)).toBe(2000);
    expect(ring.stepBack(world, run.recorder)).toBe(1500);
    expect(ring.stepBack(world, run.recorder)).toBeNull();
  });

  it('limits the ring by memory for large worlds', () => {
    const { world } = spawn();
    let bytes = 0;
    for (const [, array] of world.registry.entries()) bytes += array.byteLength;
    expect(new SnapshotRing(world, 500, 30_000, bytes * 5).maxEntries).toBe(5);
  });
});
