import { describe, expect, it } from 'vitest';
import { buildWorld, type NetworkSpec, type ConnectRule } from '../../../src/sim';

function twoPopulations(rule: ConnectRule, recurrent = false, seed = 3): NetworkSpec {
  return {
    seed,
    dtMs: 1,
    neuronTypes: [{ name: 'RS' }],
    populations: [{ name: 'a', type: 'RS', count: 50 }, { name: 'b', type: 'RS', count: 40 }],
    projections: [{ name: 'p', from: 'a', to: recurrent ? 'a' : 'b', connect: rule, weight: { dist: 'uniform', min: 1, max: 2 }, delayMs: { dist: 'uniform', min: 1, max: 5 }, receptor: 'excitatory' }],
  };
}

describe('connection rules and CSR indexes', () => {
  it('fixedOutDegree: k distinct targets per source, none of them itself', () => {
    const world = buildWorld(twoPopulations({ rule: 'fixedOutDegree', k: 12 }, true));
    const { synapses } = world;
    expect(synapses.count).toBe(50 * 12);
    for (let pre = 1; pre <= 50; pre++) {
      const targets = new Set<number>();
      for (let j = synapses.outStart[pre]; j < synapses.outStart[pre + 1]; j++) targets.add(synapses.post[synapses.outIds[j]]);
      expect(targets.size).toBe(12);
      expect(targets.has(pre)).toBe(false);
    }
  });

  it('fixedInDegree: k distinct sources per target, ids still sorted by pre', () => {
    const world = buildWorld(twoPopulations({ rule: 'fixedInDegree', k: 7 }));
    const { synapses } = world;
    for (let post = 51; post <= 90; post++) expect(synapses.inStart[post + 1] - synapses.inStart[post]).toBe(7);
    for (let s = 1; s < synapses.count; s++) expect(synapses.pre[s]).toBeGreaterThanOrEqual(synapses.pre[s - 1]);
  });

  it('fixedProbability: the synapse count is near p·pairs (seed 3)', () => {
    const world = buildWorld({ ...twoPopulations({ rule: 'fixedProbability', p: 0.1 }), populations: [{ name: 'a', type: 'RS', count: 400 }, { name: 'b', type: 'RS', count: 400 }] });
    const expected = 0.1 * 400 * 400;
    expect(Math.abs(world.synapses.count - expected)).toBeLessThan(4 * Math.sqrt(expected * 0.9));
  });

  it('allToAll without self and oneToOne', () => {
    expect(buildWorld(twoPopulations({ rule: 'allToAll' }, true)).synapses.count).toBe(50 * 49);
    expect(buildWorld(twoPopulations({ rule: 'allToAll', allowSelf: true }, true)).synapses.count).toBe(2500);
    const world = buildWorld(twoPopulations({ rule: 'oneToOne' }, true));
    for (let s = 0; s < world.synapses.count; s++) expect(world.synapses.post[s]).toBe(world.synapses.pre[s]);
  });

  it('CSR out and in indexes list every synapse exactly once', () => {
    const world = buildWorld(twoPopulations({ rule: 'fixedProbability', p: 0.3 }));
    const { synapses } = world;
    const seenOut = new Uint8Array(synapses.count);
    const seenIn = new Uint8Array(synapses.count);
    for (let n = 1; n <= world.neurons.count; n++) {
      for (let j = synapses.outStart[n]; j < synapses.outStart[n + 1]; j++) { expect(synapses.pre[synapses.outIds[j]]).toBe(n); seenOut[synapses.outIds[j]]++; }
      for (let j = synapses.inStart[n]; j < synapses.inStart[n + 1]; j++) { expect(synapses.post[synapses.inIds[j]]).toBe(n); seenIn[synapses.inIds[j]]++; }
    }
    expect(seenOut.every((x) => x === 1)).toBe(true);
    expect(seenIn.every((x) => x === 1)).toBe(true);
  });

  it('projection rows cover the projection in presynaptic order; weights and delays within their ranges', () => {
    const world = buildWorld(twoPopulations({ rule: 'fixedOutDegree', k: 5 }));
    const [projection] = world.projections;
    expect(projection.outRowStart[0]).toBe(projection.firstSynapse);
    expect(projection.outRowStart[50]).toBe(projection.firstSynapse + projection.count);
    expect(projection.uniformDelayTicks).toBe(-1);
    for (let i = 0; i < 50; i++) {
      for (let s = projection.outRowStart[i]; s < projection.outRowStart[i + 1]; s++) {
        expect(world.synapses.pre[s]).toBe(1 + i);
        expect(world.synapses.weight[s]).toBeGreaterThanOrEqual(1);
        expect(world.synapses.weight[s]).toBeLessThan(2);
        expect(world.synapses.delayTicks[s]).toBeGreaterThanOrEqual(1);
        expect(world.synapses.delayTicks[s]).toBeLessThanOrEqual(5);
      }
    }
  });

  it('adding a projection does not change another projection’s draws', () => {
    const one = buildWorld(twoPopulations({ rule: 'fixedProbability', p: 0.2 }));
    const spec = twoPopulations({ rule: 'fixedProbability', p: 0.2 });
    spec.projections.unshift({ name: 'extra', from: 'b', to: 'a', connect: { rule: 'allToAll' }, weight: { dist: 'uniform', min: 0, max: 1 }, delayMs: 1, receptor: 'inhibitory' });
    const two = buildWorld(spec);
    const p1 = one.projections[0];
    const p2 = two.projections[1];
    expect(Array.from(two.synapses.weight.subarray(p2.firstSynapse, p2.firstSynapse + p2.count)))
      .toEqual(Array.from(one.synapses.weight.subarray(p1.firstSynapse, p1.firstSynapse + p1.count)));
  });
});
