import type { StateRegistry } from '../world/stateRegistry';
import { ClampedNeuronList } from './clampedNeuronList';
import { allocateFloat64, createKernelMemory, float64Bytes, type KernelMemory } from './kernelMemory';
import { integrationKernelAvailable } from '../systems/integrationKernel';
import { GAUSSIAN_KERNEL_BYTES_NEEDED } from '../rng/gaussianKernel';
import { UNIFORM_KERNEL_BYTES_NEEDED } from '../rng/uniformKernel';

/**
 * Per-neuron state, a struct of typed arrays indexed by entity id (ids 1..count; slot 0 unused).
 * Neurons are spawned first into a fresh world, so neuron eid = neuron index + 1 always holds.
 * Per-type constants live in the neuron type table; a, b, c, d are per neuron because the
 * Izhikevich (2003) network draws them per cell.
 */
export interface NeuronStore {
  readonly count: number;
  /** Present when the integration and noise kernels run: vMv, u, a, b, iExt, gExc and gInh are views of it. */
  readonly kernelMemory?: KernelMemory;
  /** Membrane potential (mV). */
  readonly vMv: Float64Array;
  /** Izhikevich recovery variable u (mV/ms units of the model); unused by LIF. */
  readonly u: Float64Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly d: Float64Array;
  /** External (stimulus) current this tick, reset after integration. */
  readonly iExt: Float64Array;
  /** Excitatory synaptic variable: a conductance (conductance mode) or a current (current mode). */
  readonly gExc: Float64Array;
  /** Inhibitory synaptic variable, as gExc. */
  readonly gInh: Float64Array;
  /** 1 during the tick in which the neuron spiked. */
  readonly spiked: Uint8Array;
  /** Tick of the last spike, or -1e12 when the neuron has not spiked. */
  readonly lastSpikeTick: Float64Array;
  /** Ticks left in the absolute refractory period (LIF). */
  readonly refractoryTicksLeft: Int32Array;
  /** 1 when the neuron is lesioned: it is held at rest and cannot spike. */
  readonly lesioned: Uint8Array;
  /** How many neurons are lesioned, so hot loops skip the lesion pass when none are. */
  readonly lesionedCount: Int32Array;
  /** ClampMode of the neuron: free, held at a voltage, or its spikes replaced by a Poisson train. */
  readonly clampMode: Uint8Array;
  /** The clamp's target: mV (voltage clamp) or Hz (rate clamp). */
  readonly clampValue: Float64Array;
  /** Rate clamp: time (ms) of the neuron's next clamped spike. */
  readonly clampNextSpikeMs: Float64Array;
  /** How many neurons are clamped, so the clamp systems skip their pass when none are. */
  readonly clampedCount: Int32Array;
  /** The clamped neurons' eids, derived from clampMode (not registered: clampedNeuronList.ts). */
  readonly clampedList: ClampedNeuronList;
  readonly typeId: Uint16Array;
  readonly populationId: Uint16Array;
  /** Layout position for drawing (arbitrary level units). */
  readonly x: Float32Array;
  readonly y: Float32Array;
  /** Spike source rate for 'poisson' neurons (Hz). */
  readonly rateHz: Float64Array;
  /** Next spike time of a Poisson source (ms), drawn event-wise from exponential intervals. */
  readonly nextSpikeMs: Float64Array;
}

export const NEVER_SPIKED_TICK = -1e12;

/**
 * A clamped neuron's own dynamics make no spikes (detectSpikes skips it). voltage: v is held at
 * clampValue mV after each integration step (holdClampedNeurons), so plasticity reads the clamped v;
 * rate: the membrane is held at rest and the neuron fires a Poisson train at clampValue Hz instead
 * (fireRateClampedNeurons).
 */
export const ClampMode = { none: 0, voltage: 1, rate: 2 } as const;

/** The columns the integration kernel reads (systems/integrationKernel.ts). */
const KERNEL_COLUMNS = ['vMv', 'u', 'a', 'b', 'iExt', 'gExc', 'gInh'] as const;
/** Smaller networks keep plain arrays (a WebAssembly memory reserves gigabytes of address space). */
const KERNEL_MIN_NEURONS = 500;

export function createNeuronStore(count: number, registry: StateRegistry): NeuronStore {
  const size = count + 1;
  const f64 = (name: string) => registry.register(`neurons.${name}`, new Float64Array(size));
  const kernelMemory = count >= KERNEL_MIN_NEURONS && integrationKernelAvailable()
    ? createKernelMemory(KERNEL_COLUMNS.length * float64Bytes(size) + GAUSSIAN_KERNEL_BYTES_NEEDED + UNIFORM_KERNEL_BYTES_NEEDED)
    : undefined;
  const column = (name: (typeof KERNEL_COLUMNS)[number]) => (kernelMemory ? registry.register(`neurons.${name}`, allocateFloat64(kernelMemory, size)) : f64(name));
  const store: NeuronStore = {
    count,
    kernelMemory,
    vMv: column('vMv'),
    u: column('u'),
    a: column('a'),
    b: column('b'),
    c: f64('c'),
    d: f64('d'),
    iExt: column('iExt'),
    gExc: column('gExc'),
    gInh: column('gInh'),
    spiked: registry.register('neurons.spiked', new Uint8Array(size)),
    lastSpikeTick: f64('lastSpikeTick').fill(NEVER_SPIKED_TICK),
    refractoryTicksLeft: registry.register('neurons.refractoryTicksLeft', new Int32Array(size)),
    lesioned: registry.register('neurons.lesioned', new Uint8Array(size)),
    lesionedCount: registry.register('neurons.lesionedCount', new Int32Array(1)),
    clampMode: registry.register('neurons.clampMode', new Uint8Array(size)),
    clampValue: f64('clampValue'),
    clampNextSpikeMs: f64('clampNextSpikeMs'),
    clampedCount: registry.register('neurons.clampedCount', new Int32Array(1)),
    clampedList: new ClampedNeuronList(count),
    // Type, population and layout are fixed at spawn: not part of the mutable state.
    typeId: new Uint16Array(size),
    populationId: new Uint16Array(size),
    x: new Float32Array(size),
    y: new Float32Array(size),
    rateHz: f64('rateHz'),
    nextSpikeMs: f64('nextSpikeMs'),
  };
  return store;
}
