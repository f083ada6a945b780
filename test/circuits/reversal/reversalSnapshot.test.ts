/**
 * Every piece of the reversal agent's state is registered (a restored snapshot replays exactly, also
 * after the player's commands), the same seed gives the same run, and its commands are applied or
 * refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { hashWorldState, restoreSnapshot, runTicks, takeSnapshot } from '../../../src/sim';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { reversalAgentsOf } from '../../../src/circuits/reversal/reversalCircuit';
import { LIVE } from '../../../src/circuits/reversal/agentLayout';
import { builtInLevel } from '../../levels/helpers';

function spawn(seed: number) {
  const spawned = spawnLevel(builtInLevel('reversal-probabilistic'), { seed });
  if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
  return spawned.world;
}

describe('reversal agent snapshots and commands', () => {
  it('restoring a snapshot (after a lesion and a threshold change) and running again gives the same state hash', () => {
    const world = spawn(7);
    runTicks(world, 10 * 800 + 123);
    world.commands.send({ type: 'setSwitchThreshold', value: 1.3 });
    world.commands.send({ type: 'lesionErrorUnit', enabled: true });
    runTicks(world, 5 * 800);
    const snapshot = takeSnapshot(world);
    runTicks(world, 10 * 800);
    const first = hashWorldState(world);
    restoreSnapshot(world, snapshot);
    runTicks(world, 10 * 800);
    expect(hashWorldState(world)).toBe(first);
  });

  it('the same seed gives the same run; another seed another', () => {
    const a = spawn(3);
    const b = spawn(3);
    const c = spawn(4);
    for (const w of [a, b, c]) runTicks(w, 20 * 800);
    expect(hashWorldState(a)).toBe(hashWorldState(b));
    expect(hashWorldState(a)).not.toBe(hashWorldState(c));
  });

  it('applies the lesion, its undoing and the live settings, and refuses values out of range', () => {
    const world = spawn(1);
    const { live } = reversalAgentsOf(world)[0].state;
    world.commands.send({ type: 'lesionErrorUnit', enabled: true });
    world.commands.send({ type: 'setSwitchLeakMs', value: 3000 });
    world.commands.send({ type: 'setSwitchThreshold', value: 99 });
    runTicks(world, 1);
    expect(live[LIVE.lesioned]).toBe(1);
    expect(live[LIVE.integratorLeakMs]).toBe(3000);
    expect(live[LIVE.switchThreshold]).toBe(0.7);
    world.commands.send({ type: 'lesionErrorUnit', enabled: false });
    runTicks(world, 1);
    expect(live[LIVE.lesioned]).toBe(0);
  });
});
