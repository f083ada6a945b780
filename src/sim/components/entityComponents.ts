/**
 * bitecs components of the world's group entities: populations, modulator pools and circuits.
 * Each world makes its own (createEntityComponents at build): bitecs components are plain objects,
 * and a store indexed by eid that lived at module level would be shared by every world.
 * Neurons keep their columns in NeuronStore (eid-indexed, same idea); synapses are not entities
 * (docs/architecture.md, "Departures").
 */
import { NeuronModel } from '../params/neuronTypes';

/** A population: the neurons firstEid .. firstEid + count − 1, all of one neuron type. */
export interface PopulationComponent {
  /** Index into world.populations (the name catalogue) and value of neurons.populationId. */
  readonly index: Int32Array;
  readonly firstEid: Int32Array;
  readonly count: Int32Array;
  /** Index into world.neuronTypes.entries. */
  readonly typeId: Int32Array;
}

/** A neuromodulator pool; its columns (level, baseline, τ, sources) are world.modulators[pool]. */
export interface ModulatorPoolComponent {
  readonly pool: Int32Array;
}

/** A circuit installed into the world; kind indexes world.circuitKinds (the circuit's own name). */
export interface CircuitComponent {
  /** Plain array: circuits are added at install, after the typed stores were sized. */
  readonly kind: number[];
}

/**
 * A circuit kind's own component (circuitEntities.ts): a tag every circuit of that kind carries,
 * with the per-circuit data by eid, and the live query of its circuits.
 */
export interface CircuitKindComponent<T = unknown> {
  /** data[eid]: the circuit's typed data (its parts, constants and registered state arrays). */
  readonly data: T[];
  /** The kind's circuit entities in install order (a live bitecs query: [Circuit, this]). */
  readonly eids: readonly number[];
}

export interface EntityComponents {
  readonly Population: PopulationComponent;
  /** Model tags: a population entity carries the one of its type's model. */
  readonly IzhikevichNetwork: object;
  readonly IzhikevichEuler: object;
  readonly Lif: object;
  readonly PoissonSource: object;
  readonly ModulatorPool: ModulatorPoolComponent;
  readonly Circuit: CircuitComponent;
  /** One component per circuit kind in this world, made when its first circuit is added. */
  readonly CircuitKinds: Map<string, CircuitKindComponent>;
}

/** `capacity` is the largest eid the typed stores must hold (neurons + populations + pools). */
export function createEntityComponents(capacity: number): EntityComponents {
  const column = () => new Int32Array(capacity + 1);
  return {
    Population: { index: column(), firstEid: column(), count: column(), typeId: column() },
    IzhikevichNetwork: {},
    IzhikevichEuler: {},
    Lif: {},
    PoissonSource: {},
    ModulatorPool: { pool: column() },
    Circuit: { kind: [] },
    CircuitKinds: new Map(),
  };
}

/** The model tag of a NeuronModel code. */
export function modelTag(components: EntityComponents, model: number): object {
  switch (model) {
    case NeuronModel.izhikevichNetwork: return components.IzhikevichNetwork;
    case NeuronModel.izhikevichEuler: return components.IzhikevichEuler;
    case NeuronModel.lif: return components.Lif;
    case NeuronModel.poisson: return components.PoissonSource;
    default: throw new Error(`unknown neuron model ${model}`);
  }
}
