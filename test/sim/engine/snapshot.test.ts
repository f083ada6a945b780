import { describe, expect, it } from 'vitest';
import { buildWorld, hashWorldState, restoreSnapshot, runTicks, takeSnapshot } from '../../../src/sim';
import { izhikevichNetworkSpec } from '../../../src/cli/bench/izhikevichNetworks';

// Izhikevich (2003) network scheme, dt 1 ms, seed 11; noise, delays and spikes all in play.
const spec = () => izhikevichNetworkSpec({ excitatory: 160, inhibitory: 40, seed: 11, outDegree: 20, excWeightMax: 5, inhWeightMin: -10 });

describe('world snapshots', () => {
  it('run 1000, snapshot, run 1000 equals restore, run 1000 — bit for bit', () => {
    const world = buildWorld(spec());
    runTicks(world, 1000);
    const snapshot = takeSnapshot(world);
    runTicks(world, 1000);
    const firstHash = hashWorldState(world);
    const firstVoltages = world.neurons.vMv.slice();
    const firstSpikes = world.monitors.spikes.written;

    restoreSnapshot(world, snapshot);
    expect(world.clock[0]).toBe(1000);
    runTicks(world, 1000);
    expect(hashWorldState(world)).toBe(firstHash);
    expect(world.neurons.vMv).toEqual(firstVoltages);
    expect(world.monitors.spikes.written).toBe(firstSpikes);
    expect(firstSpikes).toBeGreaterThan(1000); // the network really ran
  });

  it('a snapshot restores into a second world spawned from the same spec', () => {
    const source = buildWorld(spec());
    runTicks(source, 700);
    const snapshot = takeSnapshot(source);
    runTicks(source, 300);
    const target = buildWorld(spec());
    restoreSnapshot(target, snapshot);
    runTicks(target, 300);
    expect(hashWorldState(target)).toBe(hashWorldState(source));
  });

  it('queued commands travel with the snapshot', () => {
    const world = buildWorld(spec());
    runTicks(world, 100);
    world.commands.send({ type: 'lesion', population: 'inh' });
    const snapshot = takeSnapshot(world);
    runTicks(world, 200);
    const expected = hashWorldState(world);
    restoreSnapshot(world, snapshot);
    runTicks(world, 200);
    expect(hashWorldState(world)).toBe(expected);
    expect(world.neurons.lesionedCount[0]).toBe(40);
  });

  it('refuses a snapshot from a different network', () => {
    const small = buildWorld(spec());
    const other = buildWorld(izhikevichNetworkSpec({ excitatory: 10, inhibitory: 5, seed: 1, outDegree: 3, excWeightMax: 1, inhWeightMin: -1 }));
    expect(() => restoreSnapshot(other, takeSnapshot(small))).toThrow(/snapshot does not fit/);
  });
});
