import { addComponent, addEntity, createWorld } from 'bitecs';
import { StateRegistry } from '../world/stateRegistry';
import { WorldState } from '../world/worldState';
import { RandomStreams } from '../rng/streams';
import { NeuronTypeTable } from '../params/neuronTypes';
import { createNeuronStore } from '../components/neurons';
import { Receptor, SynapseBuilder } from '../components/synapses';
import { createModulatorStore } from '../components/modulators';
import { createSynapticInputRing, synapticInputRingBytes } from '../components/synapticInputRing';
import { CommandQueue } from '../commands/commandQueue';
import { CommandRegistry } from '../commands/commandRegistry';
import { ENGINE_COMMANDS } from '../commands/engineCommands';
import { PlasticityRuleId } from '../plasticity/plasticitySpec';
import { installPlasticity } from '../plasticity/installPlasticity';
import { daStdpKernelBytes } from '../plasticity/daStdpWeightKernel';
import { pairTraceBytes } from '../plasticity/pairTraces';
import { PROPAGATION_QUEUE_BYTES, propagationKernelAvailable, QUEUE_ROWS, QUEUE_WORDS_PER_ROW } from '../systems/propagationKernel';
import { allocateInt32, arrayBytes, createKernelMemory } from '../components/kernelMemory';
import { compileStimuli } from '../stimuli/compileStimuli';
import { createMonitors } from '../monitors/createMonitors';
import type { SimWorld, Population, Projection } from '../world/world';
import type { NetworkSpec } from './networkSpec';
import { spawnStream } from './spawnRandom';
import { connect } from './connect';
import { delayTicksFromMs, drawFrom } from './distributions';
import { addPopulationEntity, spawnPopulation } from './spawnPopulation';
import { createEntityComponents } from '../components/entityComponents';
import { registerEntityQueries } from '../world/entityQueries';
import { checkNetworkSpec } from './checkNetworkSpec';
import { engineSystems } from '../schedule';
import { outgoingSynapseId } from './outgoingSynapse';
import { installRewardContingencies } from '../contingencies/installRewardContingencies';


/** Networks with fewer synapses run the JavaScript loops (same results). */
const KERNEL_MIN_SYNAPSES = 20_000;

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

  const groupEntities = spec.populations.length + (spec.modulators?.length ?? 0);
  const components = createEntityComponents(neuronCount + groupEntities);
  const context = { dtMs: spec.dtMs, seed: spec.seed, registry, clock, rng, neuronTypes, neurons, tags, components, circuitKinds: [] } as unknown as SimWorld;
  const ecs = createWorld(context);
  (context as unknown as Record<string, unknown>).queries = registerEntityQueries(ecs, components);

  const spawned: Population[] = [];
  for (const populationSpec of spec.populations) {
    spawned.push(spawnPopulation(ecs, populationSpec, spawned.length, tagComponent));
  }
  // Group entities come after every neuron, so that neuron eid = neuron index + 1.
  const populations = spawned.map((population) => addPopulationEntity(ecs, population));

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
  // WebAssembly kernels (propagation, the DA-STDP pass) work in place on arrays in one memory.
  // Small networks keep plain arrays: each WebAssembly memory reserves gigabytes of address space
  // (its guard region), and many small worlds are alive at once in tests and level resets.
  const kernelMemory = builder.count >= KERNEL_MIN_SYNAPSES && propagationKernelAvailable()
    ? createKernelMemory(arrayBytes(builder.count, 4) + arrayBytes(builder.count, 8)
      + synapticInputRingBytes(neuronCount, builder.maxDelayTicks()) + daStdpKernelBytes(projections)
      + projections.reduce((sum, p) => sum + (p.plasticity ? pairTraceBytes(spawned[p.from].count, spawned[p.to].count) : 0), 0)
      + PROPAGATION_QUEUE_BYTES)
    : undefined;
  const synapses = builder.finalize(neuronCount, registry, kernelMemory);
  if (kernelMemory) kernelMemory.propagationQueue = allocateInt32(kernelMemory, QUEUE_ROWS * QUEUE_WORDS_PER_ROW);

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
  const modulatorEids = modulatorSpecs.map((_, pool) => {
    const eid = addEntity(ecs);
    addComponent(ecs, eid, components.ModulatorPool);
    components.ModulatorPool.pool[eid] = pool;
    return eid;
  });

  const mutable = ecs as unknown as Record<string, unknown>;
  mutable.populations = populations;
  mutable.projections = projections;
  mutable.projectionsFrom = populations.map((population) =>
    projections.filter((projection) => projection.from === population.index).map((projection) => projection.index));
  mutable.synapses = synapses;
  mutable.modulators = createModulatorStore(modulatorSpecs, spec.dtMs, registry, modulatorEids);
  mutable.input = createSynapticInputRing(neuronCount, synapses.maxDelayTicks, registry, kernelMemory);
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
