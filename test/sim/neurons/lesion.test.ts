/**
 * The 'lesion' command holds neurons silent: no spikes, membrane at rest, for every neuron model;
 * { restore: true } brings them back. Driven by a constant current 20 (Izhikevich, LIF R = 1 with
 * threshold −54) or a 100 Hz rate (Poisson, stream 'spikeSources', seed 9). dt 1 ms.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, runTicks } from '../../../src/sim/index';
import { NeuronModel } from '../../../src/sim/params/neuronTypes';

function drivenWorld() {
  return buildWorld({
    seed: 9, dtMs: 1,
    neuronTypes: [
      { name: 'net', model: NeuronModel.izhikevichNetwork },
      { name: 'euler', model: NeuronModel.izhikevichEuler, eulerStepMs: 0.25 },
      { name: 'lif', model: NeuronModel.lif, tauMMs: 20, vThreshMv: -54, vResetMv: -60, refractoryMs: 2 },
      { name: 'src', model: NeuronModel.poisson, rateHz: 100 },
    ],
    populations: ['net', 'euler', 'lif', 'src'].map((type) => ({ name: type, type, count: 5 })),
    projections: [],
    stimuli: ['net', 'euler', 'lif'].map((target) => ({ name: `drive-${target}`, kind: 'constantCurrent' as const, target, amplitude: 20 })),
  });
}

const counts = (world: ReturnType<typeof drivenWorld>) => Array.from(world.monitors.spikeCountByPopulation);

describe('lesion command (network, Euler, LIF and Poisson populations, dt 1 ms, seed 9)', () => {
  it('lesioned populations stop spiking and sit at rest while driven; restore brings spikes back', () => {
    const world = drivenWorld();
    runTicks(world, 200);
    const before = counts(world);
    expect(before.every((n) => n > 20)).toBe(true);
    for (const population of ['net', 'euler', 'lif', 'src']) world.commands.send({ type: 'lesion', population });
    runTicks(world, 500);
    expect(counts(world)).toEqual(before);
    const { vMv, c } = world.neurons;
    for (let eid = 1; eid <= 10; eid++) expect(vMv[eid]).toBe(c[eid]); // Izhikevich: held at c
    for (let eid = 11; eid <= 15; eid++) expect(vMv[eid]).toBe(-70); // LIF: held at vRest
    for (const population of ['net', 'euler', 'lif', 'src']) world.commands.send({ type: 'lesion', population, restore: true });
    runTicks(world, 200);
    const after = counts(world);
    after.forEach((n, p) => expect(n - before[p]).toBeGreaterThan(20));
  });

  it('a lesion affects only its own population', () => {
    const world = drivenWorld();
    world.commands.send({ type: 'lesion', population: 'euler' });
    runTicks(world, 300);
    const [net, euler, lif, src] = counts(world);
    expect(euler).toBe(0);
    expect(Math.min(net, lif, src)).toBeGreaterThan(20);
    expect(world.neurons.lesionedCount[0]).toBe(5);
  });
});
