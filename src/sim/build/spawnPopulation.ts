/**
 * Spawns a population: its neurons (contiguous eids, per-cell parameter variation, layout, tags as
 * bitecs tag components) and, once every neuron exists, its group entity (Population component and
 * its model's tag) that the integrate and detect systems find through queries.
 */
import { addComponent, addEntity } from 'bitecs';
import { NeuronModel } from '../params/neuronTypes';
import { modelTag } from '../components/entityComponents';
import type { SimWorld, Population } from '../world/world';
import type { PopulationSpec } from './networkSpec';
import { spawnStream } from './spawnRandom';
import { layOut } from './layout';

/** Tags every neuron carries in addition to the level's own tags. */
const NEURON_TAG = 'Neuron';

export function spawnPopulation(
  world: SimWorld,
  spec: PopulationSpec,
  index: number,
  tagComponent: (name: string) => object,
): Population {
  const type = world.neuronTypes.byName(spec.type)!;
  const { neurons } = world;
  const variationStream = spawnStream(world.seed, `parameters/${spec.name}`);
  const layoutStream = spawnStream(world.seed, `layout/${spec.name}`);
  const tagNames = [NEURON_TAG, ...(spec.tags ?? [])];
  let firstEid = -1;
  for (let i = 0; i < spec.count; i++) {
    const eid = addEntity(world);
    if (firstEid < 0) firstEid = eid;
    if (eid !== firstEid + i) throw new Error('neuron entity ids must be contiguous: spawn neurons into a fresh world');
    for (const tag of tagNames) addComponent(world, eid, tagComponent(tag));
    neurons.typeId[eid] = type.id;
    neurons.populationId[eid] = index;
    const r = spec.variation ? variationStream.uniform() : 0;
    neurons.a[eid] = type.a + varied(spec.variation?.a, r);
    neurons.b[eid] = type.b + varied(spec.variation?.b, r);
    neurons.c[eid] = type.c + varied(spec.variation?.c, r);
    neurons.d[eid] = type.d + varied(spec.variation?.d, r);
    const v0 = spec.initialVMv ?? (type.model === NeuronModel.lif ? type.vRestMv : type.c);
    neurons.vMv[eid] = v0;
    neurons.u[eid] = spec.initialU ?? neurons.b[eid] * v0;
    neurons.rateHz[eid] = spec.rateHz ?? type.rateHz;
    if (type.model === NeuronModel.poisson) {
      neurons.nextSpikeMs[eid] = neurons.rateHz[eid] > 0 ? variationStream.exponential(1000 / neurons.rateHz[eid]) : Infinity;
    }
  }
  if (spec.count === 0) firstEid = world.neurons.count + 1;
  if (spec.layout) layOut(spec.layout, spec.count, firstEid, neurons.x, neurons.y, layoutStream);
  return {
    name: spec.name,
    index,
    eid: -1,
    firstEid,
    firstIndex: firstEid - 1,
    count: spec.count,
    typeId: type.id,
    tags: tagNames,
  };
}

function varied(variation: { scale: number; power: number } | undefined, r: number): number {
  return variation ? variation.scale * Math.pow(r, variation.power) : 0;
}

/**
 * Adds the population's group entity. Called after every neuron is spawned, so that neuron eids stay
 * 1..N (neuron eid = index + 1); returns the record with its eid.
 */
export function addPopulationEntity(world: SimWorld, population: Population): Population {
  const { Population: component } = world.components;
  const eid = addEntity(world);
  addComponent(world, eid, component);
  component.index[eid] = population.index;
  component.firstEid[eid] = population.firstEid;
  component.count[eid] = population.count;
  component.typeId[eid] = population.typeId;
  addComponent(world, eid, modelTag(world.components, world.neuronTypes.entries[population.typeId].model));
  return { ...population, eid };
}
