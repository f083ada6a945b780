/**
 * Populations, modulator pools and circuits are bitecs entities (src/sim/components/entityComponents.ts,
 * src/sim/world/entityQueries.ts, circuitEntities.ts); neurons keep eids 1..N and the group entities
 * follow them. The systems iterate world.queries, which must be bitecs' own live query results.
 */
import { describe, expect, it } from 'vitest';
import { hasComponent, query } from 'bitecs';
import { addCircuitEntity, buildWorld, circuitEntities, circuitKind, circuitsOfKind, NeuronModel, stepSim } from '../../../src/sim';
import type { NetworkSpec } from '../../../src/sim';

const spec: NetworkSpec = {
  seed: 3, dtMs: 1,
  neuronTypes: [
    { name: 'RS' },
    { name: 'LIF', model: NeuronModel.lif },
    { name: 'SRC', model: NeuronModel.poisson, rateHz: 20 },
    { name: 'EU', model: NeuronModel.izhikevichEuler },
  ],
  populations: [
    { name: 'src', type: 'SRC', count: 4 },
    { name: 'rs', type: 'RS', count: 3 },
    { name: 'lif', type: 'LIF', count: 2 },
    { name: 'eu', type: 'EU', count: 1 },
  ],
  projections: [],
  modulators: [{ name: 'da', kind: 'dopamine', baseline: 0, tauMs: 200, sources: ['src'] }, { name: 'ach', kind: 'acetylcholine', baseline: 0.1, tauMs: 50 }],
};

describe('group entities', () => {
  it('makes one population entity per population after the neurons, with its range, type and model tag', () => {
    const world = buildWorld(spec);
    const { Population, IzhikevichNetwork, IzhikevichEuler, Lif, PoissonSource } = world.components;
    expect(world.populations.map((p) => p.eid)).toEqual([11, 12, 13, 14]);
    expect([...world.queries.populations]).toEqual([11, 12, 13, 14]);
    expect(world.queries.populations).toBe(query(world, [Population]));
    for (const population of world.populations) {
      expect(Population.index[population.eid]).toBe(population.index);
      expect(Population.firstEid[population.eid]).toBe(population.firstEid);
      expect(Population.count[population.eid]).toBe(population.count);
      expect(Population.typeId[population.eid]).toBe(population.typeId);
    }
    expect(world.populations.map((p) => p.firstEid)).toEqual([1, 5, 8, 10]);
    expect([...world.queries.izhikevichNetworkPopulations]).toEqual([12]);
    expect([...world.queries.lifPopulations]).toEqual([13]);
    expect([...world.queries.izhikevichEulerPopulations]).toEqual([14]);
    expect(hasComponent(world, 11, PoissonSource)).toBe(true);
    expect(hasComponent(world, 11, IzhikevichNetwork) || hasComponent(world, 11, Lif) || hasComponent(world, 11, IzhikevichEuler)).toBe(false);
  });

  it('makes modulator pool entities that point at their pool columns', () => {
    const world = buildWorld(spec);
    expect([...world.queries.modulatorPools]).toEqual([15, 16]);
    expect([...world.modulators.eid]).toEqual([15, 16]);
    expect(world.queries.modulatorPools.map((eid) => world.components.ModulatorPool.pool[eid])).toEqual([0, 1]);
    world.commands.send({ type: 'releaseModulator', modulator: 'ach', amount: 1 });
    stepSim(world);
    expect(world.modulators.level[1]).toBeCloseTo(0.1 + 1, 12);
  });

  it('keeps components per world: two worlds do not share stores', () => {
    const one = buildWorld(spec);
    const two = buildWorld({ ...spec, populations: [{ name: 'rs', type: 'RS', count: 7 }], modulators: [] });
    expect(one.components).not.toBe(two.components);
    expect(one.components.Population.count[11]).toBe(4);
    expect(two.components.Population.count[8]).toBe(7);
    expect([...two.queries.populations]).toEqual([8]);
  });

  it('adds circuit entities by kind before the first tick only', () => {
    const world = buildWorld(spec);
    const a = addCircuitEntity(world, 'reward');
    const b = addCircuitEntity(world, 'cerebellum');
    const c = addCircuitEntity(world, 'reward');
    expect(world.circuitKinds).toEqual(['reward', 'cerebellum']);
    expect(circuitEntities(world, 'reward')).toEqual([a, c]);
    expect(circuitEntities(world, 'cerebellum')).toEqual([b]);
    expect(circuitEntities(world, 'songbird')).toEqual([]);
    expect(world.queries.populations).toHaveLength(4);
    stepSim(world);
    expect(() => addCircuitEntity(world, 'reward')).toThrow(/before the first tick/);
  });

  it('finds a kind\'s circuits and their typed data through the kind component\'s live query', () => {
    const world = buildWorld(spec);
    const GAIN = circuitKind<{ eid: number; gain: number }>('gain');
    const seen = circuitsOfKind(world, GAIN); // asked before any exists: the same live query later
    expect(seen.eids).toHaveLength(0);
    const a = addCircuitEntity(world, GAIN, (eid) => ({ eid, gain: 2 }));
    addCircuitEntity(world, 'other');
    const b = addCircuitEntity(world, GAIN, (eid) => ({ eid, gain: 3 }));
    expect([...seen.eids]).toEqual([a, b]);
    expect(seen.eids.map((eid) => seen.data[eid].gain)).toEqual([2, 3]);
    expect(seen.data[b].eid).toBe(b);
    expect(hasComponent(world, a, world.components.Circuit)).toBe(true);
    expect(circuitEntities(world, 'other')).toHaveLength(1);
    expect(circuitEntities(world, 'gain')).toEqual([a, b]);
  });
});
