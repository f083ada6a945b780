// The critical-period level's two engine additions on its spawned world (seed 2005, no steps): the
// inputDominanceIndex metric gives the analytic (F − O)/(F + O) for weights set by hand, refuses
// overlapping or out-of-range groups with a message, and the adult brake's setParameter on
// projections.eyeInputs.plasticity.learningRate reaches the rule's registered learning rate.
import { describe, expect, it } from 'vitest';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { commandHandler } from '../../../src/sim';
import { compileMeasure, stateMeasureNow } from '../../../src/sim/timeline/measures';
import { criticalPeriodLevel } from './criticalPeriodRuns';

const LEFT = Array.from({ length: 20 }, (_, i) => i);
const RIGHT = LEFT.map((i) => i + 20);

function spawned() {
  const out = spawnLevel(criticalPeriodLevel());
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.world;
}

describe('critical-period: dominance index and brake', () => {
  it('the index is (F − O)/(F + O) per cell, averaged', () => {
    const world = spawned();
    const projection = world.projections.find((p) => p.name === 'eyeInputs')!;
    const thalamusFirst = world.populations[projection.from].firstEid;
    const cortexFirst = world.populations[projection.to].firstEid;
    for (let s = projection.firstSynapse; s < projection.firstSynapse + projection.count; s++) {
      const left = world.synapses.pre[s] - thalamusFirst < 20;
      // Cell 0 hears only the left eye; every other cell 3:1 left.
      world.synapses.weight[s] = world.synapses.post[s] === cortexFirst ? (left ? 2 : 0) : left ? 3 : 1;
    }
    const measure = compileMeasure(world, { metric: 'inputDominanceIndex', projection: 'eyeInputs', favoured: LEFT, other: RIGHT });
    expect(stateMeasureNow(world, measure)).toBeCloseTo((1 + 19 * 0.5) / 20, 12);
    expect(() => compileMeasure(world, { metric: 'inputDominanceIndex', projection: 'eyeInputs', favoured: [0, 1], other: [1, 2] }))
      .toThrow('source neuron 1 of thalamus is in both groups');
    expect(() => compileMeasure(world, { metric: 'inputDominanceIndex', projection: 'eyeInputs', favoured: [40], other: [1] }))
      .toThrow('favoured neuron 40 is outside population thalamus (0-39)');
  });

  it('setParameter on plasticity.learningRate changes the live rate', () => {
    const world = spawned();
    const rate = world.registry.get('projection.eyeInputs.learningRate')!;
    expect(rate[0]).toBe(0.08);
    const reason = commandHandler(world, 'setParameter')!(world, { type: 'setParameter', path: 'projections.eyeInputs.plasticity.learningRate', value: 0.002 });
    expect(reason).toBeUndefined();
    expect(rate[0]).toBe(0.002);
  });
});
