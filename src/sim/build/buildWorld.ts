import { addComponent, addEntity, createWorld } from 'bitecs';
import { StateRegistry } from '../world/stateRegistry';
import { WorldState } from '../world/worldState';
import { RandomStreams } from '../rng/streams';
import { NeuronTypeTable, NeuronModel } from '../params/neuronTypes';
import { createNeuronStore } from '../components/neurons';
import { Receptor, SynapseBuilder } from '../components/synapses';
import { createModulatorStore } from '../components/modulators';
import { createSynapticInputRing } from '../components/synapticInputRing';
import { CommandQueue } from '../commands/commandQueue';
import { CommandRegistry } from '../commands/commandRegistry';
import { ENGINE_COMMANDS } from '../commands/engineCommands';
import { PlasticityRuleId } from '../plasticity/plasticitySpec';
import { installPlasticity } from '../plasticity/installPlasticity';
import { compileStimuli } from '../stimuli/compileStimuli';
import { createMonitors } from '../monitors/createMonitors';
import type { SimWorld, Population, Projection } from '../world/world';
import type { NetworkSpec, PopulationSpec } from './networkSpec';
import { spawnStream } from './spawnRandom';
import { connect } from './connect';
import { delayTicksFromMs, drawFrom } from './distributions';
import { layOut } from './layout';
import { checkNetworkSpec } from './checkNetworkSpec';
import { engineSystems } from '../schedule';
import { outgoingSynapseId } from './outgoingSynapse';
import { installRewardContingencies } from '../contingencies/installRewardContingencies';

/** Tags every neuron carries in addition to the level's own tags. */
const NEURON_TAG = 'Neuron';
const MODULATOR_POOL_TAG = 'ModulatorPool';

/**
 * Builds a fresh world from a network spec: the only place entities are created. The world is
 * complete when this returns; no entity is added or removed while it runs.
 * Throws a descriptive Error for an inconsistent spec (spawnLevel validates levels first).
 */
export function buildWorld(spec: NetworkSpec): SimWorld {
  checkNetworkSpec(spec);
  const registry = new StateRegistry();
  const clock = registry.register('clock', new Float64Array(1));
  const rng = new RandomStreams(spec.seed, registry);
  const neuronTypes = new NeuronTypeTable(spec.dtMs);
  for (const type of spec.neuronTypes) neuronTypes.add(type);

  const neuronCount = spec.populations.reduce((sum, p) => sum + p.count, 0);
  const neurons = createNeuronStore(neuronCount, registry);
  const tags = new Map<string, object>();
  const tagComponent = (name: string): object => {
    let tag = tags.get(name);
    if (!tag) { tag = {}; tags.set(name, tag); }
    return tag;
  };

  const context = { dtMs: spec.dtMs, seed: spec.seed, registry, clock, rng, neuronTypes, neurons, tags } as unknown as SimWorld;
  const ecs = createWorld(context);

  const populations: Population[] = [];
  for (const populationSpec of spec.populations) {
    populations.push(spawnPopulation(ecs, populationSpec, populations.length, tagComponent));
  }

  const builder = new SynapseBuilder();
  const projections: Projection[] = [];
  for (const projectionSpec of spec.projections) {
    const from = populations.find((p) => p.name === projectionSpec.from)!;
    const to = populations.find((p) => p.name === projectionSpec.to)!;
    const connectivity = spawnStream(spec.seed, `connectivity/${projectionSpec.name}`);
    const weights = spawnStream(spec.seed, `weights/${projectionSpec.name}`);
    const pairs = connect(projectionSpec.connect, from, to, from === to, connectivity);
    const plasticity = projectionSpec.plasticity ?? { rule: 'none' as const };
    const ruleId = PlasticityRuleId[plasticity.rule];
    const receptor = projectionSpec.receptor === 'inhibitory' ? Receptor.inhibitory : Receptor.excitatory;
    const firstSynapse = builder.count;
    builder.reserve(pairs.pre.length);
    let uniformDelayTicks = -2;
    const outRowStart = new Int32Array(from.count + 1);
    for (let i = 0; i < pairs.pre.length; i++) {
      const weight = drawFrom(projectionSpec.weight, weights);
      const delayTicks = delayTicksFromMs(drawFrom(projectionSpec.delayMs, weights), spec.dtMs);
      uniformDelayTicks = uniformDelayTicks === -2 || uniformDelayTicks === delayTicks ? delayTicks : -1;
      builder.push(pairs.pre[i], pairs.post[i], weight, delayTicks, receptor, ruleId);
      outRowStart[pairs.pre[i] - from.firstEid + 1] += 1;
    }
    for (let i = 0; i < from.count; i++) outRowStart[i + 1] += outRowStart[i];
    for (let i = 0; i <= from.count; i++) outRowStart[i] += firstSynapse;
    projections.push({
      name: projectionSpec.name,
      index: projections.length,
      from: from.index,
      to: to.index,
      firstSynapse,
      count: builder.count - firstSynapse,
      plasticity,
      structural: projectionSpec.structural,
      outRowStart,
      denseRows: projectionSpec.connect.rule === 'allToAll' && (from !== to || projectionSpec.connect.allowSelf === true),
      uniformDelayTicks: Math.max(uniformDelayTicks, -1),
      receptor,
      allActive: projectionSpec.structural === undefined,
      plasticityEnabled: registry.register(`projection.${projectionSpec.name}.plasticityEnabled`, new Uint8Array([1])),
    });
  }
  const synapses = builder.finalize(neuronCount, registry);

  const modulatorSpecs = (spec.modulators ?? []).map((m) => ({
    name: m.name,
    kind: m.kind,
    baseline: m.baseline,
    tauMs: m.tauMs,
    releasePerSpike: m.releasePerSpike ?? 0,
    sourceNeurons: (m.sources ?? []).flatMap((name) => {
      const source = populations.find((p) => p.name === name)!;
      return Array.from({ length: source.count }, (_, i) => source.firstEid + i);
    }),
  }));
  const modulatorEids = modulatorSpecs.map(() => {
    const eid = addEntity(ecs);
    addComponent(ecs, eid, tagComponent(MODULATOR_POOL_TAG));
    return eid;
  });

  const mutable = ecs as unknown as Record<string, unknown>;
  mutable.populations = populations;
  mutable.projections = projections;
  mutable.projectionsFrom = populations.map((population) =>
    projections.filter((projection) => projection.from === population.index).map((projection) => projection.index));
  mutable.synapses = synapses;
  mutable.modulators = createModulatorStore(modulatorSpecs, spec.dtMs, registry, modulatorEids);
  mutable.input = createSynapticInputRing(neuronCount, synapses.maxDelayTicks, registry);
  mutable.spikedList = registry.register('spikes.list', new Int32Array(neuronCount));
  mutable.spikedCount = registry.register('spikes.count', new Int32Array(1));
  mutable.commands = new CommandQueue();
  mutable.commandHandlers = new CommandRegistry(ENGINE_COMMANDS);
  mutable.events = [];
  mutable.state = new WorldState();
  mutable.systems = engineSystems();
  const world = ecs as unknown as SimWorld;
  mutable.stimuli = compileStimuli(world, spec.stimuli ?? []);
  applyInitialWeightOverrides(world, spec);
  // Rules register their state arrays first, so that probes can sample them (e.g. eligibility).
  installPlasticity(world);
  mutable.monitors = createMonitors(world, spec.monitors ?? []);
  installRewardContingencies(world, spec.rewardContingencies ?? []);
  return world;
}

/** Sets single synapses' initial weights (e.g. the rewarded synapse starts at 0 in Izhikevich 2007). */
function applyInitialWeightOverrides(world: SimWorld, spec: NetworkSpec): void {
  spec.projections.forEach((projection, p) => {
    projection.initialWeightOverrides?.forEach((override, i) => {
      const path = ['projections', p, 'initialWeightOverrides', i];
      world.synapses.weight[outgoingSynapseId(world, projection.name, override.pre, override.nth ?? 0, path)] = override.weight;
    });
  });
}

function spawnPopulation(
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
