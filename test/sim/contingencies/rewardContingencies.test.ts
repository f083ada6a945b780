/**
 * The spikePair reward contingency (Izhikevich 2007, Fig. 1) as a system: which post spikes earn a
 * reward, when it is released, what is registered, and the errors of a bad synapse reference.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import type { NetworkSpec } from '../../../src/sim/build/networkSpec';
import { SpecPathError } from '../../../src/sim/build/specPathError';
import type { SpikePairContingencySpec } from '../../../src/sim/contingencies/contingencySpec';
import { applyRewardContingencies } from '../../../src/sim/contingencies/applyRewardContingencies';
import { rewardContingencyByName } from '../../../src/sim/contingencies/installRewardContingencies';
import type { SimWorld } from '../../../src/sim/world/world';
import { SCHEDULE } from '../../../src/sim/schedule';

function spec(overrides: Partial<SpikePairContingencySpec> = {}): NetworkSpec {
  return {
    seed: 7,
    dtMs: 1,
    neuronTypes: [{ name: 'RS' }],
    populations: [{ name: 'a', type: 'RS', count: 3 }, { name: 'b', type: 'RS', count: 2 }],
    projections: [{
      name: 'ab', from: 'a', to: 'b', connect: { rule: 'pairs', pairs: [[0, 1], [1, 0], [1, 1]] }, weight: 1, delayMs: 1, receptor: 'excitatory',
      initialWeightOverrides: [{ pre: 1, nth: 1, weight: 0.25 }],
    }],
    modulators: [{ name: 'dopamine', kind: 'dopamine', baseline: 0, tauMs: 200 }],
    rewardContingencies: [{
      name: 'pair', kind: 'spikePair', synapse: { projection: 'ab', pre: 1, nth: 1 },
      windowMs: 20, modulator: 'dopamine', amount: 0.5, minDelayMs: 100, maxDelayMs: 100, ...overrides,
    }],
  };
}

/** Runs the contingency system alone over ticks with the given spikes ({ tick: eids }); returns release ticks. */
function drive(world: SimWorld, spikes: Record<number, number[]>, ticks: number): number[] {
  const released: number[] = [];
  for (let tick = 0; tick < ticks; tick++) {
    world.clock[0] = tick;
    world.neurons.spiked.fill(0);
    for (const eid of spikes[tick] ?? []) world.neurons.spiked[eid] = 1;
    applyRewardContingencies(world);
    if (world.modulators.pendingRelease[0] > 0) released.push(tick);
    world.modulators.pendingRelease[0] = 0;
  }
  return released;
}

describe('spikePair reward contingency', () => {
  it('sits between detect spikes and the modulators in the schedule', () => {
    const phases = SCHEDULE.map((s) => s.phase);
    expect(phases.indexOf('contingencies')).toBe(phases.lastIndexOf('detect spikes') + 1);
    expect(phases.indexOf('contingencies')).toBeLessThan(phases.indexOf('modulators'));
  });

  it('names the pair by a synapse and sets that synapse\'s initial weight', () => {
    const world = buildWorld(spec());
    const c = rewardContingencyByName(world, 'pair');
    // a[1] (eid 2) has synapses to b[0] and b[1]; the second one goes to b[1] (eid 5).
    expect([c.preEid, c.postEid]).toEqual([2, 5]);
    expect(world.synapses.weight[c.synapse]).toBe(0.25);
    expect(world.registry.get('contingency.pair.status')).toBe(c.status);
    expect(world.registry.get('contingency.pair.due')).toBe(c.due);
  });

  it('rewards a post spike 1-19 ms after the pre spike, after the delay, once per post spike', () => {
    const world = buildWorld(spec());
    const released = drive(world, { 10: [2], 15: [5], 29: [5], 30: [5] }, 200);
    // 15 and 29 are 5 and 19 ticks after the pre spike; 30 is 20 ticks after it (outside the window).
    expect(released).toEqual([115, 129]);
    expect(rewardContingencyByName(world, 'pair').status[1]).toBe(2);
  });

  it('does not reward a post spike in the same tick as the pre spike, or before any', () => {
    const world = buildWorld(spec());
    expect(drive(world, { 3: [5], 10: [2, 5] }, 200)).toEqual([]);
  });

  it('releases amount into the pool and emits rewardDelivered', () => {
    const world = buildWorld(spec());
    drive(world, { 10: [2], 12: [5] }, 112);
    world.clock[0] = 112;
    world.neurons.spiked.fill(0);
    world.events.length = 0;
    applyRewardContingencies(world);
    expect(world.modulators.pendingRelease[0]).toBe(0.5);
    expect(world.events).toEqual([{ type: 'rewardDelivered', tick: 112, amount: 0.5 }]);
  });

  it('draws delays in [min, max] ms from the seeded stream, the same for the same seed', () => {
    const run = (): number[] => drive(buildWorld(spec({ minDelayMs: 1000, maxDelayMs: 3000 })), { 10: [2], 12: [5], 14: [5], 16: [5] }, 4000);
    const first = run();
    expect(first).toHaveLength(3);
    for (const [k, tick] of first.entries()) {
      const earned = [12, 14, 16].filter((t) => tick - t >= 1000 && tick - t <= 3000);
      expect(earned.length, `release ${k}`).toBeGreaterThan(0);
    }
    expect(run()).toEqual(first);
  });

  it('reports a synapse rank beyond the out-degree with the spec path', () => {
    let error: unknown;
    try { buildWorld(spec({ synapse: { projection: 'ab', pre: 0, nth: 1 } })); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(SpecPathError);
    expect((error as SpecPathError).path).toEqual(['rewardContingencies', 0, 'synapse', 'nth']);
    expect((error as Error).message).toMatch(/has 1 outgoing synapse in projection "ab"/);
  });

  it('reports a pre index outside the source population with the spec path', () => {
    expect(() => buildWorld(spec({ synapse: { projection: 'ab', pre: 3 } }))).toThrow(/neuron index 3 is out of range/);
  });
});
