/** Every piece of the eyeblink circuit's state is registered: a restored snapshot replays exactly. */
import { describe, expect, it } from 'vitest';
import { buildWorld, hashWorldState, restoreSnapshot, runTicks, takeSnapshot } from '../../../src/sim';
import { installTimeline } from '../../../src/sim/timeline';
import { DEFAULT_CEREBELLUM_PARAMS, cerebellumNetworkSpec, eyeblinkTimeline, installCerebellum } from '../../../src/circuits/cerebellum';

describe('eyeblink circuit snapshots', () => {
  it('restoring a snapshot (after a setIsiMs) and running again gives the same state hash', () => {
    const world = buildWorld(cerebellumNetworkSpec(DEFAULT_CEREBELLUM_PARAMS, 5));
    installTimeline(world, eyeblinkTimeline([{ name: 'acquisition', kind: 'paired', trials: 40, isiMs: 250, probeEvery: 10 }]));
    installCerebellum(world, DEFAULT_CEREBELLUM_PARAMS);
    runTicks(world, 15 * 950);
    world.commands.send({ type: 'setIsiMs', value: 400 });
    runTicks(world, 5 * 950);
    const snapshot = takeSnapshot(world);
    runTicks(world, 10 * 950);
    const first = hashWorldState(world);
    restoreSnapshot(world, snapshot);
    runTicks(world, 10 * 950);
    expect(hashWorldState(world)).toBe(first);
  });
});
