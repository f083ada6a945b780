import type { StateRegistry } from '../world/stateRegistry';
import type { StimulusSpec } from './stimulusSpec';

/** A stimulus resolved against the world: its target eids and its per-target state. */
export interface CompiledStimulus {
  readonly index: number;
  readonly spec: StimulusSpec;
  /** Target neuron eids (empty for modulator pulses). */
  readonly targets: Int32Array;
  /** Modulator pool index for modulatorPulse, else −1. */
  readonly modulator: number;
  /** Per-target scratch that a kind needs (Poisson: next event time in ms; noise: per-target scale). */
  readonly perTarget: Float64Array;
}

/**
 * All stimuli of a world. `enabled` and `gain` are state (registered): the trial timeline and
 * player commands switch stimuli on and off and scale their amplitude.
 */
export interface StimulusTable {
  readonly list: readonly CompiledStimulus[];
  readonly enabled: Uint8Array;
  readonly gain: Float64Array;
}

export function createStimulusTable(list: CompiledStimulus[], registry: StateRegistry): StimulusTable {
  return {
    list,
    enabled: registry.register('stimuli.enabled', new Uint8Array(list.length).fill(1)),
    gain: registry.register('stimuli.gain', new Float64Array(list.length).fill(1)),
  };
}

export function stimulusIndex(table: StimulusTable, name: string): number {
  const found = table.list.findIndex((stimulus) => stimulus.spec.name === name);
  if (found < 0) throw new Error(`unknown stimulus "${name}"`);
  return found;
}
