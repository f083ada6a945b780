import type { StateRegistry } from '../world/stateRegistry';

export const ModulatorKind = { dopamine: 0, acetylcholine: 1, norepinephrine: 2 } as const;
export type ModulatorKindName = keyof typeof ModulatorKind;

/**
 * Neuromodulator pools (dopamine, acetylcholine, norepinephrine). Each pool is a bitecs entity;
 * its index here is its pool id. The level relaxes to `baseline` with time constant tauMs
 * (dd/dt = −(d − baseline)/τ + release), and spikes of the pool's source neurons release
 * `releasePerSpike` each. Which synapses a pool reaches is said by the plasticity rules of the
 * projections that name it.
 */
export interface ModulatorStore {
  readonly count: number;
  readonly names: readonly string[];
  readonly kind: Uint8Array;
  readonly level: Float64Array;
  readonly baseline: Float64Array;
  readonly tauMs: Float64Array;
  /** exp(−dt/τ), precomputed at spawn. */
  readonly decay: Float64Array;
  readonly releasePerSpike: Float64Array;
  /** Release requested this tick by commands, stimuli or the timeline; added then cleared. */
  readonly pendingRelease: Float64Array;
  /** Source neuron eids per pool, as CSR: sourceIds[sourceStart[p] .. sourceStart[p + 1]). */
  readonly sourceStart: Int32Array;
  readonly sourceIds: Int32Array;
  /** bitecs entity of each pool. */
  readonly eid: Int32Array;
}

export interface ModulatorSpec {
  name: string;
  kind: ModulatorKindName;
  baseline: number;
  tauMs: number;
  releasePerSpike: number;
  sourceNeurons: number[];
}

export function createModulatorStore(specs: ModulatorSpec[], dtMs: number, registry: StateRegistry, eids: number[]): ModulatorStore {
  const n = specs.length;
  const sourceStart = new Int32Array(n + 1);
  specs.forEach((spec, p) => { sourceStart[p + 1] = sourceStart[p] + spec.sourceNeurons.length; });
  const sourceIds = new Int32Array(sourceStart[n]);
  specs.forEach((spec, p) => sourceIds.set(spec.sourceNeurons, sourceStart[p]));
  const level = registry.register('modulators.level', new Float64Array(n));
  specs.forEach((spec, p) => { level[p] = spec.baseline; });
  return {
    count: n,
    names: specs.map((spec) => spec.name),
    kind: Uint8Array.from(specs.map((spec) => ModulatorKind[spec.kind])),
    level,
    baseline: Float64Array.from(specs.map((spec) => spec.baseline)),
    tauMs: Float64Array.from(specs.map((spec) => spec.tauMs)),
    decay: Float64Array.from(specs.map((spec) => (spec.tauMs > 0 ? Math.exp(-dtMs / spec.tauMs) : 0))),
    releasePerSpike: Float64Array.from(specs.map((spec) => spec.releasePerSpike)),
    pendingRelease: registry.register('modulators.pendingRelease', new Float64Array(n)),
    sourceStart,
    sourceIds,
    eid: Int32Array.from(eids),
  };
}

export function modulatorIndex(store: ModulatorStore, name: string): number {
  const index = store.names.indexOf(name);
  if (index < 0) throw new Error(`unknown modulator "${name}"`);
  return index;
}
