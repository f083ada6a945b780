/**
 * Per-neuron pre and post spike traces of one projection, shared by the STDP and dopamine-STDP
 * rules. The pre trace (τ₊) lives on the source population, the post trace (τ₋) on the target;
 * both are registered (projection.<name>.preTrace / .postTrace) so snapshots capture them.
 * Traces decay by exp(−dt/τ) each tick (factor precomputed here, at spawn) and jump at spikes:
 * +1 for all-to-all pairing, reset to 1 for nearest-neighbour pairing.
 */
import type { SimWorld, Projection } from '../world/world';
import { allocateFloat64, float64Bytes } from '../components/kernelMemory';
import { traceDecayKernel } from './traceDecayKernel';

export interface PairTraces {
  readonly pre: Float64Array;
  readonly post: Float64Array;
  readonly preDecay: number;
  readonly postDecay: number;
  readonly nearest: boolean;
  /** Eid ranges of the source and target populations. */
  readonly fromFirst: number;
  readonly fromEnd: number;
  readonly toFirst: number;
  readonly toEnd: number;
  /** The decay in WebAssembly SIMD (same numbers), when the traces live in the world's kernel memory. */
  readonly decayKernel: ((byteAddress: number, count: number, factor: number, floor: number) => void) | undefined;
}

export function createPairTraces(world: SimWorld, projection: Projection, tauPlusMs: number, tauMinusMs: number, nearest: boolean): PairTraces {
  const from = world.populations[projection.from];
  const to = world.populations[projection.to];
  const memory = world.synapses.kernelMemory;
  const decayKernel = memory ? traceDecayKernel(memory) : undefined;
  const traceArray = (count: number): Float64Array => (memory && decayKernel ? allocateFloat64(memory, count) : new Float64Array(count));
  return {
    pre: world.registry.register(`projection.${projection.name}.preTrace`, traceArray(from.count)),
    post: world.registry.register(`projection.${projection.name}.postTrace`, traceArray(to.count)),
    preDecay: Math.exp(-world.dtMs / tauPlusMs),
    postDecay: Math.exp(-world.dtMs / tauMinusMs),
    nearest,
    fromFirst: from.firstEid,
    fromEnd: from.firstEid + from.count,
    toFirst: to.firstEid,
    toEnd: to.firstEid + to.count,
    decayKernel,
  };
}

/** Traces below this are set to 0, so silent neurons never decay into subnormal numbers (slow). */
const TRACE_FLOOR = 1e-30;

export function decayTraces(traces: PairTraces): void {
  decayTrace(traces.pre, traces.preDecay, traces.decayKernel);
  decayTrace(traces.post, traces.postDecay, traces.decayKernel);
}

/** Decays one trace array by its factor (in the SIMD kernel when it lives in kernel memory). */
export function decayTrace(trace: Float64Array, decay: number, kernel: PairTraces['decayKernel']): void {
  if (kernel) kernel(trace.byteOffset, trace.length, decay, TRACE_FLOOR);
  else decayArray(trace, decay);
}

/** Bytes the traces of one plastic projection take in a kernel memory. */
export function pairTraceBytes(fromCount: number, toCount: number): number {
  return float64Bytes(fromCount) + float64Bytes(toCount);
}

function decayArray(trace: Float64Array, decay: number): void {
  for (let i = 0; i < trace.length; i++) {
    const x = trace[i] * decay;
    trace[i] = x > TRACE_FLOOR ? x : 0;
  }
}

/** Jumps the pre traces of this tick's spikes in the source population. */
export function bumpPreTraces(world: SimWorld, traces: Pick<PairTraces, 'pre' | 'fromFirst' | 'fromEnd' | 'nearest'>): void {
  bump(world, traces.pre, traces.fromFirst, traces.fromEnd, traces.nearest);
}

/** Jumps the post traces of this tick's spikes in the target population. */
export function bumpPostTraces(world: SimWorld, traces: PairTraces): void {
  bump(world, traces.post, traces.toFirst, traces.toEnd, traces.nearest);
}

function bump(world: SimWorld, trace: Float64Array, first: number, end: number, nearest: boolean): void {
  const spiked = world.spikedList;
  const count = world.spikedCount[0];
  for (let k = 0; k < count; k++) {
    const eid = spiked[k];
    if (eid < first || eid >= end) continue;
    if (nearest) trace[eid - first] = 1;
    else trace[eid - first] += 1;
  }
}
