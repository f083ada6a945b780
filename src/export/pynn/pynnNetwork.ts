/**
 * The network as PyNN sees it: plain data in PyNN's own units (ms, mV, nA, nF, µS, Hz), built from
 * a spawned world (so per-neuron parameters and every drawn weight are ours) and written out as a
 * Python script by writePynnScript. Anything PyNN cannot express is an UnsupportedPart with the
 * level path it comes from; nothing is dropped without one.
 */

/** One thing the script cannot express, named by its path in the level file. */
export interface UnsupportedPart {
  /** Path in the level file, e.g. "projections.inputsToPost.plasticity.modulation" or "circuits[0]". */
  path: string;
  /** What is not exported, and what the script does instead (if anything). */
  what: string;
}

/** A per-neuron parameter: one number for the whole population, or one per neuron. */
export type PerNeuron = number | Float64Array;

export interface PynnPopulation {
  /** Python identifier (the level's population id). */
  name: string;
  /** The human label from the level, kept as PyNN's population label. */
  label: string;
  size: number;
  cellType: 'Izhikevich' | 'IF_cond_exp' | 'IF_curr_exp' | 'IF_curr_delta' | 'SpikeSourcePoisson';
  /**
   * 'izhikevich2003network': the paper's net.m scheme (one-step input currents, v in two half steps, u
   * in one); NEST has it built in (consistent_integration False), the script gives Brian2 the same.
   */
  scheme?: 'izhikevich2003network';
  /** Cell parameters by PyNN name, already in PyNN units. */
  parameters: Record<string, PerNeuron>;
  /** Initial state by PyNN name (v, u). */
  initialValues: Record<string, PerNeuron>;
}

export interface PynnStdp {
  tauPlusMs: number;
  tauMinusMs: number;
  /** PyNN's A_plus and A_minus are fractions of w_max (Δw = w_max · A · trace). */
  aPlusRelative: number;
  aMinusRelative: number;
  weightDependence: 'additive' | 'multiplicative';
  /** Bounds in PyNN weight units. */
  wMin: number;
  wMax: number;
}

export interface PynnProjection {
  name: string;
  pre: string;
  post: string;
  /** Pre and post neuron indices within their populations, one entry per synapse. */
  preIndex: Int32Array;
  postIndex: Int32Array;
  /** Weights in PyNN units (mV for Izhikevich, nA for current-based, µS for conductance-based; ≥ 0). */
  weight: Float64Array;
  delayMs: Float64Array;
  /** PyNN weight per level weight unit (see synapseUnits.ts); the results convert back with it. */
  weightScale: number;
  receptor: 'excitatory' | 'inhibitory';
  stdp?: PynnStdp;
  /** Whether the script saves the final weights in its results (plastic or probed projections). */
  recordWeights: boolean;
}

export type PynnCurrentSource =
  | { kind: 'dc'; name: string; target: string; neurons?: number[]; amplitudeNa: number; startMs: number; stopMs?: number }
  | { kind: 'noise'; name: string; target: string; neurons?: number[]; meanNa: number; stdevNa: number; dtMs: number; startMs: number; stopMs?: number }
  | { kind: 'steps'; name: string; target: string; neurons?: number[]; timesMs: number[]; amplitudesNa: number[] };

export interface PynnRecording {
  population: string;
  variable: 'spikes' | 'v' | 'u' | 'gsyn_exc' | 'gsyn_inh';
  /** Only these neurons (default: all). */
  neurons?: number[];
  samplingIntervalMs?: number;
}

export interface PynnNetwork {
  levelId: string;
  levelTitle: string;
  seed: number;
  /** The level's time step, and the one the script integrates with (the same). */
  levelDtMs: number;
  timestepMs: number;
  durationMs: number;
  populations: PynnPopulation[];
  projections: PynnProjection[];
  currentSources: PynnCurrentSource[];
  recordings: PynnRecording[];
  unsupported: UnsupportedPart[];
}
