/**
 * Homeostatic synaptic scaling (src/sim/plasticity/applyHomeostaticScaling.ts), Turrigiano et al.
 * 1998, SCIENCE.md §8. Ten LIF neurons (current input τ 5 ms, exact exponential step, dt 1 ms,
 * seed 5) receive 100 Poisson sources at 10 Hz through a scaled projection (target 10 Hz, rate
 * average τ 10 s, scaling every 100 ms), plus an external 'drive' (Poisson trains onto the cells,
 * not through the scaled synapses) that the test cuts (TTX-like) and doubles with setStimulus.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/sim/build/buildWorld';
import type { NetworkSpec } from '../../../src/sim/build/networkSpec';
import { runTicks } from '../../../src/sim/schedule';
import type { SimWorld } from '../../../src/sim/world/world';
import { scalingFactor } from '../../../src/sim/models/homeostasis';

const TARGET_HZ = 10;

function spec(): NetworkSpec {
  return {
    seed: 5,
    dtMs: 1,
    neuronTypes: [
      { name: 'source', model: 3, rateHz: 10 },
      { name: 'cell', model: 2, inputMode: 0, tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -70, refractoryMs: 2, tauExcMs: 5 },
    ],
    populations: [
      { name: 'sources', type: 'source', count: 100 },
      { name: 'cells', type: 'cell', count: 10 },
    ],
    projections: [{
      name: 'in', from: 'sources', to: 'cells', connect: { rule: 'allToAll' },
      weight: { dist: 'uniform', min: 0.5, max: 1.5 }, delayMs: 1, receptor: 'excitatory',
      plasticity: { rule: 'homeostaticScaling', targetRateHz: TARGET_HZ, tauRateMs: 10_000, scalingRatePerMs: 2e-6, updateEveryMs: 100 },
    }],
    stimuli: [{ kind: 'poisson', name: 'drive', target: 'cells', rateHz: 400, weight: 1, receptor: 'excitatory' }],
  };
}

/** Mean rate of the cells over the next `ms`. */
function measureRate(world: SimWorld, ms: number): number {
  const before = world.monitors.spikeCountByPopulation[1];
  runTicks(world, ms);
  return (world.monitors.spikeCountByPopulation[1] - before) / 10 / (ms / 1000);
}

function weightsOf(world: SimWorld, cell: number): number[] {
  const eid = world.populations[1].firstEid + cell;
  const out: number[] = [];
  for (let j = world.synapses.inStart[eid]; j < world.synapses.inStart[eid + 1]; j++) out.push(world.synapses.weight[world.synapses.inIds[j]]);
  return out;
}

describe('synaptic scaling keeps the rate at its target', () => {
  it('kernel: one common factor exp(rate·interval·error)', () => {
    expect(scalingFactor(10, 5, 2e-6, 100)).toBeCloseTo(Math.exp(1e-3), 15);
    expect(scalingFactor(10, 10, 2e-6, 100)).toBe(1);
  });

  it('cut input → weights scale up to the target rate; doubled drive → they scale down; ratios kept', () => {
    const world = buildWorld(spec());
    runTicks(world, 300_000);
    const settled = measureRate(world, 50_000);
    expect(Math.abs(settled / TARGET_HZ - 1)).toBeLessThan(0.05);
    const ratiosBefore = weightsOf(world, 3).map((w, _, all) => w / all[0]);
    const meanWeight = (): number => weightsOf(world, 0).concat(...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => weightsOf(world, c))).reduce((a, b) => a + b) / 1000;
    const wSettled = meanWeight();

    // TTX-like: the external drive is cut.
    world.commands.send({ type: 'setStimulus', stimulus: 'drive', enabled: false });
    const cutRate = measureRate(world, 2_000);
    expect(cutRate).toBeLessThan(0.7 * TARGET_HZ);
    // Slow: after 2 s (100× the 20 ms STDP time constant) weights have moved < 2 %.
    expect(meanWeight() / wSettled).toBeLessThan(1.02);
    runTicks(world, 400_000);
    const recovered = measureRate(world, 50_000);
    const wCut = meanWeight();
    expect(wCut).toBeGreaterThan(1.1 * wSettled);
    expect(Math.abs(recovered / TARGET_HZ - 1)).toBeLessThan(0.05);
    const ratiosAfter = weightsOf(world, 3).map((w, _, all) => w / all[0]);
    for (let i = 0; i < ratiosBefore.length; i++) expect(ratiosAfter[i]).toBeCloseTo(ratiosBefore[i], 9);

    // The drive comes back at twice its strength.
    world.commands.send({ type: 'setStimulus', stimulus: 'drive', enabled: true, gain: 2 });
    const doubledRate = measureRate(world, 2_000);
    expect(doubledRate).toBeGreaterThan(1.3 * TARGET_HZ);
    runTicks(world, 400_000);
    const relaxed = measureRate(world, 50_000);
    expect(meanWeight()).toBeLessThan(0.9 * wCut);
    expect(Math.abs(relaxed / TARGET_HZ - 1)).toBeLessThan(0.05);
    console.log(`scaling: settled ${settled.toFixed(2)} Hz w ${wSettled.toFixed(3)}; cut ${cutRate.toFixed(2)} Hz → ${recovered.toFixed(2)} Hz w ${wCut.toFixed(3)}; doubled ${doubledRate.toFixed(2)} Hz → ${relaxed.toFixed(2)} Hz w ${meanWeight().toFixed(3)}`);
  });
});
