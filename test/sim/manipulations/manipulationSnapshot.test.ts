/**
 * Manipulations are world state: a run with a subset lesion, a voltage clamp and a rate clamp replays
 * bit for bit, and a snapshot taken while they are on restores into a second world (the 'clamp'
 * stream included, via ensureStreams) and continues identically. Izhikevich (2003) network scheme,
 * dt 1 ms, seed 11 (the engine snapshot test's network).
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, hashWorldState, restoreSnapshot, runTicks, takeSnapshot } from '../../../src/sim';
import { izhikevichNetworkSpec } from '../../../src/cli/bench/izhikevichNetworks';
import type { SimWorld } from '../../../src/sim/world/world';

const spec = () => izhikevichNetworkSpec({ excitatory: 160, inhibitory: 40, seed: 11, outDegree: 20, excWeightMax: 5, inhWeightMin: -10 });

function manipulate(world: SimWorld): void {
  const [exc, inh] = world.populations;
  world.commands.send({ type: 'lesion', population: exc.name, neurons: { fraction: 0.2 } });
  world.commands.send({ type: 'voltageClamp', population: exc.name, neurons: { ranges: [{ first: 0, last: 9 }] }, vMv: -50 });
  world.commands.send({ type: 'rateClamp', population: inh.name, neurons: { fraction: 0.5, draw: 'held' }, rateHz: 20 });
}

describe('manipulations in snapshots and replays (seed 11)', () => {
  it('the same commands give the same state hash; the manipulations change the run', () => {
    const run = (withCommands: boolean) => {
      const world = buildWorld(spec());
      runTicks(world, 200);
      if (withCommands) manipulate(world);
      runTicks(world, 800);
      return { hash: hashWorldState(world), spikes: world.monitors.spikes.written };
    };
    const a = run(true);
    expect(run(true)).toEqual(a);
    expect(run(false).hash).not.toBe(a.hash);
  });

  it('a snapshot taken under the clamps restores into a fresh world and continues bit for bit', () => {
    const source = buildWorld(spec());
    runTicks(source, 200);
    manipulate(source);
    runTicks(source, 300);
    const snapshot = takeSnapshot(source);
    const streams = source.rng.names();
    runTicks(source, 500);
    const target = buildWorld(spec());
    target.rng.ensureStreams(streams);
    restoreSnapshot(target, snapshot);
    runTicks(target, 500);
    expect(hashWorldState(target)).toBe(hashWorldState(source));
    expect(target.neurons.clampedCount[0]).toBe(10 + 20);
  });
});
