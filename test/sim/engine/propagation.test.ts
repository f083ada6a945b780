import { describe, expect, it } from 'vitest';
import { buildWorld, stepSim, type NetworkSpec, type SimWorld } from '../../../src/sim';

// Izhikevich network scheme, dt 1 ms, seed 21. Three projections exercise the three propagation
// paths: all-to-all (dense rows), fixed out-degree with one delay, and varied delays.
const spec: NetworkSpec = {
  seed: 21,
  dtMs: 1,
  neuronTypes: [{ name: 'RS' }],
  populations: [{ name: 'a', type: 'RS', count: 30 }, { name: 'b', type: 'RS', count: 25 }],
  projections: [
    { name: 'dense', from: 'a', to: 'b', connect: { rule: 'allToAll' }, weight: { dist: 'uniform', min: 0, max: 1 }, delayMs: 2, receptor: 'excitatory' },
    { name: 'sparse', from: 'a', to: 'a', connect: { rule: 'fixedOutDegree', k: 6 }, weight: { dist: 'uniform', min: 0, max: 1 }, delayMs: 1, receptor: 'inhibitory' },
    { name: 'varied', from: 'b', to: 'a', connect: { rule: 'fixedProbability', p: 0.3 }, weight: { dist: 'uniform', min: 0, max: 1 }, delayMs: { dist: 'uniform', min: 1, max: 6 }, receptor: 'excitatory' },
  ],
  stimuli: [{ kind: 'gaussianNoise', name: 'drive', target: 'a', sd: 30, mean: 8 }, { kind: 'gaussianNoise', name: 'driveB', target: 'b', sd: 30, mean: 8 }],
};

/** Brute force: input arriving at tick t is the sum over synapses whose pre spiked at t − delay. */
function expectedInput(world: SimWorld, spikeTicks: Map<number, number[]>, tick: number, receptor: number): Float64Array {
  const input = new Float64Array(world.neurons.count + 1);
  const { synapses } = world;
  for (let s = 0; s < synapses.count; s++) {
    if (synapses.receptor[s] !== receptor) continue;
    const spikedThen = spikeTicks.get(tick - synapses.delayTicks[s]) ?? [];
    if (spikedThen.includes(synapses.pre[s])) input[synapses.post[s]] += synapses.weight[s];
  }
  return input;
}

describe('spike propagation through the delay ring', () => {
  it('every path delivers exactly the weights of the synapses whose delay has elapsed', () => {
    const world = buildWorld(spec);
    expect(world.projections.map((p) => [p.denseRows, p.uniformDelayTicks])).toEqual([[true, 2], [false, 1], [false, -1]]);
    const spikeTicks = new Map<number, number[]>();
    let checked = 0;
    for (let t = 0; t < 300; t++) {
      stepSim(world);
      spikeTicks.set(t, Array.from(world.spikedList.subarray(0, world.spikedCount[0])));
      // gExc/gInh hold tick t's delivered input (one-tick pulses: decay 0).
      const exc = expectedInput(world, spikeTicks, t, 0);
      const inh = expectedInput(world, spikeTicks, t, 1);
      for (let eid = 1; eid <= world.neurons.count; eid++) {
        expect(world.neurons.gExc[eid]).toBeCloseTo(exc[eid], 5);
        expect(world.neurons.gInh[eid]).toBeCloseTo(inh[eid], 5);
        if (exc[eid] !== 0) checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('inactive synapses deliver nothing', () => {
    const world = buildWorld({ ...spec, projections: [{ ...spec.projections[2], structural: { pruneBelow: 0, pruneAfterMs: 1e9, growthPerSecond: 0, initialWeight: 0, dormantFraction: 0 } }] });
    world.synapses.active.fill(0);
    for (let t = 0; t < 100; t++) stepSim(world);
    expect(world.neurons.gExc.every((g) => g === 0)).toBe(true);
  });
});
