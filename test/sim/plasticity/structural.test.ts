/**
 * Structural plasticity (src/sim/plasticity/structuralPlasticity.ts), SCIENCE.md §8. 20 Poisson
 * sources (5 Hz) onto 20 LIF cells (exact exponential step), all to all (400 synapses), dt 1 ms.
 * Weights start uniform on [0, 1]; synapses below 0.3 for 2 s are pruned; 30 % start dormant;
 * dormant synapses grow at 20 per second at weight 0.2 (new weak spines that are pruned unless
 * strengthened), checked every 100 ms. No weight rule: turnover alone. Seeds 11 and 12.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import type { NetworkSpec } from '../../../src/sim/build/networkSpec';
import { stepSim } from '../../../src/sim/schedule';
import type { SimWorld } from '../../../src/sim/world/world';
import { hashWorldState } from '../../../src/sim/snapshot';

function spec(seed: number): NetworkSpec {
  return {
    seed,
    dtMs: 1,
    neuronTypes: [
      { name: 'source', model: 3, rateHz: 5 },
      { name: 'cell', model: 2, inputMode: 0, tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -70, tauExcMs: 5 },
    ],
    populations: [{ name: 'sources', type: 'source', count: 20 }, { name: 'cells', type: 'cell', count: 20 }],
    projections: [{
      name: 'in', from: 'sources', to: 'cells', connect: { rule: 'allToAll' },
      weight: { dist: 'uniform', min: 0, max: 1 }, delayMs: 1, receptor: 'excitatory',
      structural: { pruneBelow: 0.3, pruneAfterMs: 2000, growthPerSecond: 20, initialWeight: 0.2, dormantFraction: 0.3 },
    }],
  };
}

function activeCount(world: SimWorld): number {
  let n = 0;
  for (let s = 0; s < world.synapses.count; s++) n += world.synapses.active[s];
  return n;
}

function run(seed: number, seconds: number): { world: SimWorld; counts: number[]; pruned: number[]; grown: number[] } {
  const world = buildWorld(spec(seed));
  const counts = [activeCount(world)];
  const pruned: number[] = [];
  const grown: number[] = [];
  for (let s = 0; s < seconds; s++) {
    for (let t = 0; t < 1000; t++) {
      stepSim(world);
      for (const event of world.events) {
        if (event.type === 'synapsePruned') pruned.push(event.synapse);
        if (event.type === 'synapseGrown') grown.push(event.synapse);
      }
      world.events.length = 0;
    }
    counts.push(activeCount(world));
  }
  return { world, counts, pruned, grown };
}

describe('spine pruning and growth', () => {
  it('dormant fraction at spawn; pruned synapses are inactive with weight 0 and carry no input', () => {
    const world = buildWorld(spec(11));
    const initial = activeCount(world);
    expect(initial / 400).toBeGreaterThan(0.6);
    expect(initial / 400).toBeLessThan(0.8);
    for (let s = 0; s < 400; s++) if (world.synapses.active[s] === 0) expect(world.synapses.weight[s]).toBe(0);
  });

  it('count stays in a band; growth and pruning balance; events match the state', () => {
    const { world, counts, pruned, grown } = run(11, 30);
    // Expected steady state: strong synapses (~0.7·active, never pruned) + growth·pruneAfter (≈ 40 weak).
    const late = counts.slice(10);
    const min = Math.min(...late);
    const max = Math.max(...late);
    expect(min).toBeGreaterThan(200);
    expect(max).toBeLessThan(260);
    expect(grown.length).toBeGreaterThan(500);
    expect(grown.length).toBeLessThan(700);
    expect(pruned.length).toBeGreaterThan(0.8 * grown.length);
    expect(counts[counts.length - 1]).toBe(counts[0] + grown.length - pruned.length);
    for (const s of pruned.slice(-20)) {
      if (world.synapses.active[s] === 0) expect(world.synapses.weight[s]).toBe(0);
    }
    for (let s = 0; s < 400; s++) if (world.synapses.active[s] === 1) expect(world.synapses.weight[s]).toBeGreaterThanOrEqual(0.2);
    console.log(`structural: active ${counts[0]} → band [${min}, ${max}], grown ${grown.length}, pruned ${pruned.length}`);
  });

  it('deterministic under the seed, different under another seed', () => {
    const a = run(12, 5);
    const b = run(12, 5);
    const c = run(11, 5);
    expect(a.grown).toEqual(b.grown);
    expect(a.pruned).toEqual(b.pruned);
    expect(hashWorldState(a.world)).toBe(hashWorldState(b.world));
    expect(a.grown).not.toEqual(c.grown);
  });
});
