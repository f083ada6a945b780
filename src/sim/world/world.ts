import type { StateRegistry } from './stateRegistry';
import type { WorldState } from './worldState';
import type { EntityComponents } from '../components/entityComponents';
import type { EntityQueries } from './entityQueries';
import type { RandomStreams } from '../rng/streams';
import type { NeuronTypeTable } from '../params/neuronTypes';
import type { NeuronStore } from '../components/neurons';
import type { SynapseStore } from '../components/synapses';
import type { ModulatorStore } from '../components/modulators';
import type { PlasticitySpec } from '../plasticity/plasticitySpec';
import type { StructuralSpec } from '../plasticity/plasticitySpec';
import type { CommandQueue } from '../commands/commandQueue';
import type { CommandRegistry } from '../commands/commandRegistry';
import type { SimEvent } from '../events/simEvents';
import type { Monitors } from '../monitors/monitors';
import type { StimulusTable } from '../stimuli/stimulusTable';
import type { SynapticInputRing } from '../components/synapticInputRing';

export interface Population {
  readonly name: string;
  readonly index: number;
  /** The population's group entity (Population component, model tag); systems query these. */
  readonly eid: number;
  /** First neuron eid; the population owns eids firstEid .. firstEid + count − 1. */
  readonly firstEid: number;
  /** First neuron index (eid − 1), for drawing. */
  readonly firstIndex: number;
  readonly count: number;
  readonly typeId: number;
  readonly tags: readonly string[];
}

export interface Projection {
  readonly name: string;
  readonly index: number;
  readonly from: number;
  readonly to: number;
  /** The projection owns synapse ids firstSynapse .. firstSynapse + count − 1. */
  readonly firstSynapse: number;
  readonly count: number;
  readonly plasticity: PlasticitySpec;
  readonly structural?: StructuralSpec;
  /**
   * Outgoing rows: the synapses of the i-th neuron of the source population are the ids
   * outRowStart[i] .. outRowStart[i + 1] (the projection is sorted by presynaptic neuron).
   */
  readonly outRowStart: Int32Array;
  /**
   * True when every row targets the whole target population in order (all-to-all with self):
   * then the k-th synapse of a row targets eid to.firstEid + k and propagation skips the post lookup.
   */
  readonly denseRows: boolean;
  /** Delay in ticks shared by every synapse of the projection, or −1 when delays vary. */
  readonly uniformDelayTicks: number;
  /** Receptor of the projection (0 excitatory, 1 inhibitory). */
  readonly receptor: number;
  /** False when synapses may be inactive (structural plasticity): propagation then checks each. */
  readonly allActive: boolean;
  /** Plasticity on/off (a player command); registered as state. */
  readonly plasticityEnabled: Uint8Array;
}

/**
 * The simulation world. bitecs' createWorld(context) returns the context itself, so this object is
 * the bitecs world: neurons and modulator pools are bitecs entities (tags and queries work on them),
 * and every store here is owned by this one world, so tests never share state.
 */
export interface SimWorld {
  readonly dtMs: number;
  readonly seed: number;
  readonly registry: StateRegistry;
  /** clock[0] is the integer tick about to be simulated; time = tick × dtMs. */
  readonly clock: Float64Array;
  readonly rng: RandomStreams;
  readonly neuronTypes: NeuronTypeTable;
  readonly neurons: NeuronStore;
  /**
   * The population catalogue by index (names, tags, eid ranges) for lookups by name; the engine's
   * systems iterate population entities through world.queries instead.
   */
  readonly populations: readonly Population[];
  readonly synapses: SynapseStore;
  readonly projections: readonly Projection[];
  /** Indexes into projections of those leaving each population. */
  readonly projectionsFrom: ReadonlyArray<readonly number[]>;
  readonly modulators: ModulatorStore;
  readonly stimuli: StimulusTable;
  readonly input: SynapticInputRing;
  /** Eids that spiked this tick: spikedList[0 .. spikedCount[0]). */
  readonly spikedList: Int32Array;
  readonly spikedCount: Int32Array;
  readonly commands: CommandQueue;
  /** This world's command handlers: the engine's, plus those its circuits and level defined at spawn. */
  readonly commandHandlers: CommandRegistry;
  /** Discrete moments of this tick; the app forwards them to the bus and clears the array. */
  readonly events: SimEvent[];
  readonly monitors: Monitors;
  /** This world's components of population, modulator pool and circuit entities. */
  readonly components: EntityComponents;
  /** The live queries the engine's systems iterate (entityQueries.ts). */
  readonly queries: EntityQueries;
  /** Circuit kinds installed in this world; Circuit.kind indexes it (circuitEntities.ts). */
  readonly circuitKinds: string[];
  /** Named tag components (bitecs) for roles such as 'Dopaminergic'. */
  readonly tags: Map<string, object>;
  /**
   * Per-system, rule and circuit state under typed keys (worldState.ts: stateKey<T>('name'));
   * every typed array in it is registered, so snapshots and the state hash cover it.
   */
  readonly state: WorldState;
  /**
   * This world's systems in run order: the engine SCHEDULE plus any circuit systems installed at
   * spawn with installCircuitSystem (src/sim/schedule.ts). Fixed once the world starts running.
   */
  readonly systems: ScheduledSystem[];
}

/** A system: one verb-named function over the world, run once per tick. */
export type System = (world: SimWorld) => void;

export interface ScheduledSystem {
  readonly phase: string;
  readonly name: string;
  readonly run: System;
}

export function currentTick(world: SimWorld): number {
  return world.clock[0];
}

export function currentTimeMs(world: SimWorld): number {
  return world.clock[0] * world.dtMs;
}

export function populationByName(world: SimWorld, name: string): Population {
  const population = world.populations.find((p) => p.name === name);
  if (!population) throw new Error(`unknown population "${name}"`);
  return population;
}

export function projectionByName(world: SimWorld, name: string): Projection {
  const projection = world.projections.find((p) => p.name === name);
  if (!projection) throw new Error(`unknown projection "${name}"`);
  return projection;
}

/** Index (into world.projections) of the projection that owns synapse id `synapseId`: projections own contiguous, ascending id ranges. */
export function projectionIndexOfSynapse(world: SimWorld, synapseId: number): number {
  const list = world.projections;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid].firstSynapse <= synapseId) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
