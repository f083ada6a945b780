/**
 * rewardContingencies in level files: the distal-reward level builds the same network as the science
 * test (test/sim/plasticity/distalRewardNetwork.ts), bad references are reported with paths, and the
 * contingency metrics and the synapse-by-rank probe read the rewarded synapse.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLevel, type Level } from '../../../src/levels';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import { rewardContingencyByName } from '../../../src/sim/contingencies/installRewardContingencies';
import { compileMeasure, stateMeasureNow } from '../../../src/sim/timeline/measures';
import { stepSim } from '../../../src/sim/schedule';
import { distalRewardSpec } from '../../sim/plasticity/distalRewardNetwork';
import { errorLines, fixture } from '../helpers';

const distalReward = (): Record<string, any> => // eslint-disable-line @typescript-eslint/no-explicit-any
  JSON.parse(readFileSync(fileURLToPath(new URL('../../../levels/distal-reward.json', import.meta.url)), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function load(data: unknown): Level {
  const result = loadLevel(data);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.level;
}

/** The minimal fixture (one synapse pre → post) with a contingency on that synapse. */
function withContingency(): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const data = fixture('minimal.json');
  data.modulators = [{ id: 'da', kind: 'dopamine', baseline: 0, tauMs: 200 }];
  data.rewardContingencies = [{
    id: 'pair', kind: 'spikePair', synapse: { projection: 'syn', pre: 0 }, windowMs: 20,
    reward: { modulator: 'da', amount: 1, delayMs: { min: 10, max: 10 } },
  }];
  return data;
}

describe('rewardContingencies in levels', () => {
  it('levels/distal-reward.json builds the science test\'s network, bit for bit over 2 s', () => {
    const spawned = spawnLevel(load(distalReward()), { seed: 2 });
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const level = spawned.world;
    const reference = buildWorld(distalRewardSpec(2));
    const synapse = rewardContingencyByName(level, 'distalReward').synapse;
    expect(synapse).toBe(rewardContingencyByName(reference, 'distalReward').synapse);
    expect(level.synapses.weight[synapse]).toBe(0);
    for (let t = 0; t < 2000; t++) { stepSim(level); stepSim(reference); }
    expect(Array.from(level.synapses.weight)).toEqual(Array.from(reference.synapses.weight));
    expect(Array.from(level.neurons.vMv)).toEqual(Array.from(reference.neurons.vMv));
    expect(Array.from(level.modulators.level)).toEqual(Array.from(reference.modulators.level));
  });

  it('maps the contingency, the initial weight override and the DA-STDP timing fields', () => {
    const spawned = spawnLevel(load(distalReward()));
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const spec = spawned.run.networkSpec;
    expect(spec.rewardContingencies).toEqual([{
      name: 'distalReward', kind: 'spikePair', synapse: { projection: 'ee', pre: 0, nth: 0 }, windowMs: 20,
      modulator: 'dopamine', amount: 0.5, minDelayMs: 1000, maxDelayMs: 3000,
    }]);
    expect(spec.projections[0].initialWeightOverrides).toEqual([{ pre: 0, nth: 0, weight: 0 }]);
    expect(spec.projections[0].plasticity).toMatchObject({ pairing: 'nearest', timing: 'arrival', weightUpdateEveryMs: 10 });
  });

  it('measures the rewarded synapse\'s weight and the rewards earned, and probes the synapse by rank', () => {
    const data = withContingency();
    data.projections[0].weight = 40;
    data.monitors.push({ id: 'rewarded', kind: 'probe', target: 'synapse', projection: 'syn', synapses: [{ pre: 0, nth: 0 }], field: 'weight', everyMs: 1 });
    const spawned = spawnLevel(load(data));
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const { world } = spawned;
    const weight = compileMeasure(world, { metric: 'weightOfRewardedSynapse', contingency: 'pair' });
    const count = compileMeasure(world, { metric: 'rewardCount', contingency: 'pair' });
    for (let t = 0; t < 1000; t++) stepSim(world);
    expect(stateMeasureNow(world, weight)).toBe(world.synapses.weight[0]);
    // Each pre spike (weight 40) makes the post neuron fire within 20 ms.
    expect(stateMeasureNow(world, count)).toBeGreaterThan(0);
    expect(world.monitors.probes.find((p) => p.name === 'rewarded')).toBeDefined();
  });

  it('reports unknown references, an out-of-range pre index and a bad delay range with paths', () => {
    const data = withContingency();
    data.rewardContingencies[0].synapse = { projection: 'nope', pre: 0 };
    data.rewardContingencies[0].reward.modulator = 'serotonin';
    data.rewardContingencies[0].reward.delayMs = { min: 20, max: 10 };
    data.rewardContingencies.push({ ...withContingency().rewardContingencies[0], id: 'second', synapse: { projection: 'syn', pre: 1 }, windowMs: 1 });
    data.objectives.push({ id: 'w', description: 'x', metric: 'rewardCount', args: { contingency: 'missing' }, comparison: '>', threshold: 1, over: { window: { startMs: 0, endMs: 1000 } } });
    data.projections[0].initialWeightOverrides = [{ pre: 3, weight: 0 }];
    const lines = errorLines(data);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^rewardContingencies\[0\]\.synapse\.projection: unknown projection "nope"/),
      expect.stringMatching(/^rewardContingencies\[0\]\.reward\.modulator: unknown modulator "serotonin"/),
      expect.stringMatching(/^rewardContingencies\[0\]\.reward\.delayMs\.min: must be ≤ max \(10\), got 20/),
      expect.stringMatching(/^rewardContingencies\[1\]\.synapse\.pre: neuron index 1 is out of range: population "pre" has 1 neurons/),
      expect.stringMatching(/^rewardContingencies\[1\]\.windowMs: must be at least two time steps/),
      expect.stringMatching(/^objectives\[1\]\.args\.contingency: unknown reward contingency "missing"/),
      expect.stringMatching(/^projections\[0\]\.initialWeightOverrides\[0\]\.pre: neuron index 3 is out of range/),
    ]));
  });

  it('reports a synapse rank beyond the out-degree when the level is built, with its path', () => {
    const contingency = withContingency();
    contingency.rewardContingencies[0].synapse.nth = 1;
    const a = spawnLevel(load(contingency));
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.errors[0]).toMatchObject({ path: 'rewardContingencies[0].synapse.nth', message: expect.stringMatching(/has 1 outgoing synapse/) });

    const override = fixture('minimal.json');
    override.projections[0].initialWeightOverrides = [{ pre: 0, nth: 2, weight: 1 }];
    const b = spawnLevel(load(override));
    if (!b.ok) expect(b.errors[0].path).toBe('projections[0].initialWeightOverrides[0].nth');
    expect(b.ok).toBe(false);

    const probe = fixture('minimal.json');
    probe.monitors.push({ id: 'r', kind: 'probe', target: 'synapse', projection: 'syn', synapses: [{ pre: 0, nth: 5 }], field: 'weight' });
    const c = spawnLevel(load(probe));
    if (!c.ok) expect(c.errors[0].path).toBe('monitors[2].synapses[0].nth');
    expect(c.ok).toBe(false);
  });
});
