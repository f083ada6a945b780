/**
 * Presynaptic traces alone, for rules whose equations have no postsynaptic trace (the teacher-guided
 * delta rule and the normalised Hebbian rule learn at post spikes from x_pre only). Same trace as
 * pairTraces.ts: registered as projection.<name>.preTrace, decays by exp(−dt/τ) per tick and jumps
 * by +1 at each spike of the source population.
 */
import type { SimWorld, Projection } from '../world/world';
import { allocateFloat64 } from '../components/kernelMemory';
import { traceDecayKernel } from './traceDecayKernel';
import { decayTrace, type PairTraces } from './pairTraces';

export interface PreTraces {
  readonly pre: Float64Array;
  readonly preDecay: number;
  /** Always false: all-to-all (+1 per spike). */
  readonly nearest: false;
  /** Eid ranges of the source and target populations. */
  readonly fromFirst: number;
  readonly fromEnd: number;
  readonly toFirst: number;
  readonly toEnd: number;
  readonly decayKernel: PairTraces['decayKernel'];
}

export function createPreTraces(world: SimWorld, projection: Projection, tauMs: number): PreTraces {
  const from = world.populations[projection.from];
  const to = world.populations[projection.to];
  const memory = world.synapses.kernelMemory;
  const decayKernel = memory ? traceDecayKernel(memory) : undefined;
  const pre = memory && decayKernel ? allocateFloat64(memory, from.count) : new Float64Array(from.count);
  return {
    pre: world.registry.register(`projection.${projection.name}.preTrace`, pre),
    preDecay: Math.exp(-world.dtMs / tauMs),
    nearest: false,
    fromFirst: from.firstEid,
    fromEnd: from.firstEid + from.count,
    toFirst: to.firstEid,
    toEnd: to.firstEid + to.count,
    decayKernel,
  };
}

export function decayPreTraces(traces: PreTraces): void {
  decayTrace(traces.pre, traces.preDecay, traces.decayKernel);
}
