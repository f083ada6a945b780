/**
 * Level monitors → engine monitors. Neuron probes sample 'neurons.<field>' at population.firstEid +
 * index; modulator probes 'modulators.level' at the pool index; synapse probes need the projection's
 * synapse range, known only once the world is built, so they are added right after buildWorld
 * (before the first tick). Spike monitors read the spike ring every world has.
 */
import type { MonitorSpec } from '../../sim/monitors/monitorSpec';
import { StateProbe } from '../../sim/monitors/stateProbe';
import type { SimWorld } from '../../sim/world/world';
import { populationByName, projectionByName } from '../../sim/world/world';
import type { Monitor } from '../schema/monitors';
import type { SpawnContext } from './spawnContext';
import { outgoingSynapseId } from '../../sim/build/outgoingSynapse';
import { SpecPathError } from '../../sim/build/specPathError';
import { circuitTraceSignal } from '../../circuits/registry';

const NEURON_STATE: Record<string, string> = { v: 'neurons.vMv', u: 'neurons.u', input: 'neurons.iExt', gExc: 'neurons.gExc', gInh: 'neurons.gInh' };
const RESERVED = new Set(['spikes', 'spikeCountByPopulation']);
const MAX_PROBE_VALUES = 1 << 20;
const MAX_INDICES = 1000;

/** Samples a probe needs to cover the whole run (bounded, so a probe stays under 8 MB). */
function probeCapacity(runMs: number, everyMs: number, width: number): number {
  return Math.max(16, Math.min(Math.ceil(runMs / everyMs) + 2, Math.floor(MAX_PROBE_VALUES / Math.max(1, width))));
}

export function toMonitorSpecs(ctx: SpawnContext, runMs: number): MonitorSpec[] {
  const specs: MonitorSpec[] = [];
  ctx.level.monitors.forEach((monitor, i) => {
    if (RESERVED.has(monitor.id) && monitor.kind !== 'spikes') { ctx.report(['monitors', i, 'id'], `"${monitor.id}" is reserved for the engine's own monitors`); return; }
    if (monitor.kind === 'rate') {
      specs.push({ name: monitor.id, kind: 'rate', population: monitor.population, binMs: monitor.binMs, capacity: Math.max(16, Math.ceil(runMs / monitor.binMs) + 2) });
    } else if (monitor.kind === 'probe' && monitor.target === 'neuron') {
      const population = ctx.level.populations.find((p) => p.id === monitor.population);
      if (!population) return;
      const firstEid = firstEidOf(ctx, population.id);
      const indices = (monitor.indices ?? range(Math.min(population.count, MAX_INDICES))).map((index) => firstEid + index);
      specs.push({ name: monitor.id, kind: 'probe', state: NEURON_STATE[monitor.field], indices, everyMs: monitor.everyMs, capacity: probeCapacity(runMs, monitor.everyMs, indices.length) });
    } else if (monitor.kind === 'probe' && monitor.target === 'modulator') {
      const pool = ctx.level.modulators.findIndex((m) => m.id === monitor.modulator);
      if (pool < 0) return;
      specs.push({ name: monitor.id, kind: 'probe', state: 'modulators.level', indices: [pool], everyMs: monitor.everyMs, capacity: probeCapacity(runMs, monitor.everyMs, 1) });
    }
  });
  return specs;
}

/** Neurons are spawned first, population by population, so eids follow the level's order from 1. */
function firstEidOf(ctx: SpawnContext, populationId: string): number {
  let eid = 1;
  for (const population of ctx.level.populations) {
    if (population.id === populationId) return eid;
    eid += population.count;
  }
  return eid;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** Adds the synapse probes to a freshly built world (before its first tick). */
export function addSynapseProbes(ctx: SpawnContext, world: SimWorld, runMs: number): void {
  ctx.level.monitors.forEach((monitor, i) => {
    if (monitor.kind !== 'probe' || monitor.target !== 'synapse' || monitor.projection === undefined) return;
    const path = ['monitors', i];
    const projection = projectionByName(world, monitor.projection);
    let local = monitor.indices ?? range(Math.min(projection.count, MAX_INDICES));
    if (monitor.synapses) {
      try {
        local = monitor.synapses.map((s, j) => outgoingSynapseId(world, projection.name, s.pre, s.nth, [...path, 'synapses', j]) - projection.firstSynapse);
      } catch (error) {
        if (!(error instanceof SpecPathError)) throw error;
        ctx.report(error.path, error.message);
        return;
      }
    }
    const bad = local.find((s) => s >= projection.count);
    if (bad !== undefined) { ctx.report([...path, 'indices'], `synapse index ${bad} is out of range: projection "${projection.name}" has ${projection.count} synapses`); return; }
    const from = world.populations[projection.from];
    const to = world.populations[projection.to];
    let state: string;
    let indices: number[];
    switch (monitor.field) {
      case 'weight': state = 'synapses.weight'; indices = local.map((s) => projection.firstSynapse + s); break;
      case 'preTrace': state = `projection.${projection.name}.preTrace`; indices = local.map((s) => world.synapses.pre[projection.firstSynapse + s] - from.firstEid); break;
      case 'postTrace': state = `projection.${projection.name}.postTrace`; indices = local.map((s) => world.synapses.post[projection.firstSynapse + s] - to.firstEid); break;
      default: state = `projection.${projection.name}.${monitor.field}`; indices = local; break;
    }
    const source = world.registry.get(state);
    if (!source) {
      ctx.report([...path, 'field'], `projection "${projection.name}" has no ${monitor.field} to record (its rule is "${projection.plasticity.rule}")`);
      return;
    }
    const everyTicks = Math.max(1, Math.round(monitor.everyMs / world.dtMs));
    const probe = new StateProbe(monitor.id, state, source, Int32Array.from(indices), everyTicks, probeCapacity(runMs, monitor.everyMs, indices.length), world.registry);
    (world.monitors.probes as StateProbe[]).push(probe);
  });
}

/**
 * Adds the trace monitors (each circuit's traceSignals) to a world whose circuits are installed
 * (their state arrays exist only then), before its first tick.
 */
export function addTraceProbes(ctx: SpawnContext, world: SimWorld, runMs: number): void {
  ctx.level.monitors.forEach((monitor, i) => {
    if (monitor.kind !== 'trace') return;
    const signal = circuitTraceSignal(monitor.signal);
    if (!signal) return; // the loader reported it
    const circuit = monitor.circuit ?? ctx.level.circuits.find((c) => c.kind === signal.circuitKind)?.id ?? signal.circuitKind;
    const probes = world.monitors.probes as StateProbe[];
    if (signal.probe) {
      const probe = signal.probe(world, monitor.id, (sampleMs) => probeCapacity(runMs, sampleMs, 1));
      if (probe) probes.push(probe);
      else ctx.report(['monitors', i, 'signal'], `${signal.circuitTitle} is not installed, so "${monitor.signal}" cannot be recorded`);
      return;
    }
    if (!signal.state) return;
    const state = signal.state.name(circuit);
    const source = world.registry.get(state);
    if (!source) { ctx.report(['monitors', i, 'signal'], `${signal.circuitTitle} "${circuit}" has no ${monitor.signal} to record`); return; }
    const everyTicks = Math.max(1, Math.round(monitor.everyMs / world.dtMs));
    probes.push(new StateProbe(monitor.id, state, source, Int32Array.from([signal.state.index]), everyTicks, probeCapacity(runMs, monitor.everyMs, 1), world.registry));
  });
}

/** The population a spike monitor is restricted to (undefined = all). */
export function spikeMonitorPopulation(world: SimWorld, monitor: Extract<Monitor, { kind: 'spikes' }>): { firstIndex: number; count: number } {
  if (monitor.population === undefined) return { firstIndex: 0, count: world.neurons.count };
  const population = populationByName(world, monitor.population);
  return { firstIndex: population.firstIndex, count: population.count };
}
