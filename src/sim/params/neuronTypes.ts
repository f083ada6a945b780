/**
 * Per-type neuron constants (NEST and Brian2 keep shared model parameters apart from per-cell
 * state in the same way). Decay factors that depend on dtMs are computed once at spawn.
 */

export const NeuronModel = {
  /** Izhikevich (2003) network scheme: v in two half-steps of dt/2, then u with dt (1 ms in the paper). */
  izhikevichNetwork: 0,
  /** Izhikevich forward Euler with a fixed sub-step (0.25 ms in the single-cell figures). */
  izhikevichEuler: 1,
  /** Leaky integrate-and-fire with an exact exponential step. */
  lif: 2,
  /** A spike source whose spikes are drawn event-wise from exponential inter-spike intervals. */
  poisson: 3,
} as const;
export type NeuronModelCode = (typeof NeuronModel)[keyof typeof NeuronModel];

export const InputMode = {
  /** Synaptic variables are currents added straight to I (decaying with tauMs; 0 = one-tick pulse). */
  current: 0,
  /** Synaptic variables are conductances: I = gExc·(eExc − v) + gInh·(eInh − v). */
  conductance: 1,
} as const;
export type InputModeCode = (typeof InputMode)[keyof typeof InputMode];

export interface NeuronTypeParams {
  readonly name: string;
  readonly model: NeuronModelCode;
  // Izhikevich defaults (per-neuron values start from these).
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly vPeakMv: number;
  readonly eulerStepMs: number;
  // LIF.
  readonly tauMMs: number;
  readonly vRestMv: number;
  readonly vThreshMv: number;
  readonly vResetMv: number;
  readonly refractoryMs: number;
  readonly resistanceMOhm: number;
  // Poisson source.
  readonly rateHz: number;
  // Synaptic input.
  readonly inputMode: InputModeCode;
  readonly tauExcMs: number;
  readonly tauInhMs: number;
  readonly eExcMv: number;
  readonly eInhMv: number;
}

/** A neuron type with the factors that depend on the world's dtMs. */
export interface NeuronTypeEntry extends NeuronTypeParams {
  readonly id: number;
  /** exp(−dt/τ) for the excitatory and inhibitory synaptic variables (0 for a one-tick pulse). */
  readonly excDecay: number;
  readonly inhDecay: number;
  readonly refractoryTicks: number;
  readonly eulerSubsteps: number;
}

export const DEFAULT_NEURON_TYPE: NeuronTypeParams = {
  name: 'RS',
  model: NeuronModel.izhikevichNetwork,
  a: 0.02, b: 0.2, c: -65, d: 8,
  vPeakMv: 30,
  eulerStepMs: 0.25,
  tauMMs: 20, vRestMv: -70, vThreshMv: -54, vResetMv: -60, refractoryMs: 0, resistanceMOhm: 1,
  rateHz: 0,
  inputMode: InputMode.current,
  tauExcMs: 0, tauInhMs: 0, eExcMv: 0, eInhMv: -80,
};

export function decayFactor(tauMs: number, dtMs: number): number {
  return tauMs > 0 ? Math.exp(-dtMs / tauMs) : 0;
}

export class NeuronTypeTable {
  readonly entries: NeuronTypeEntry[] = [];

  constructor(private readonly dtMs: number) {}

  add(params: Partial<NeuronTypeParams> & { name: string }): NeuronTypeEntry {
    const full: NeuronTypeParams = { ...DEFAULT_NEURON_TYPE, ...params };
    const entry: NeuronTypeEntry = {
      ...full,
      id: this.entries.length,
      excDecay: decayFactor(full.tauExcMs, this.dtMs),
      inhDecay: decayFactor(full.tauInhMs, this.dtMs),
      refractoryTicks: Math.round(full.refractoryMs / this.dtMs),
      eulerSubsteps: Math.max(1, Math.round(this.dtMs / full.eulerStepMs)),
    };
    this.entries.push(entry);
    return entry;
  }

  byName(name: string): NeuronTypeEntry | undefined {
    return this.entries.find((entry) => entry.name === name);
  }
}
