import type { StateRegistry } from '../world/stateRegistry';
import { allocateFloat64, allocateInt32, type KernelMemory } from './kernelMemory';

/** Receptor channel a synapse delivers into. */
export const Receptor = { excitatory: 0, inhibitory: 1 } as const;

/**
 * Synapses are entities of their own id space: synapse id s indexes these arrays directly.
 * They are not registered in bitecs' entity index: measured here, bitecs 0.4 spends ~1.1 s and
 * ~227 bytes per entity to add a million entities with one component, against our targets of
 * ≤ 1 s to spawn and ≤ 48 bytes per synapse. Each projection owns one contiguous id range,
 * sorted by presynaptic neuron so that a spike walks memory in order.
 *
 * Bytes per synapse: pre 4 + post 4 + weight 8 + delay 2 + receptor 1 + active 1 + rule 1
 * + outgoing index 4 + incoming index 4 = 29 (plus per-projection plasticity state where a rule needs it).
 */
export interface SynapseStore {
  readonly count: number;
  /** Presynaptic neuron eid. */
  readonly pre: Int32Array;
  /** Postsynaptic neuron eid. */
  readonly post: Int32Array;
  readonly weight: Float64Array;
  readonly delayTicks: Uint16Array;
  readonly receptor: Uint8Array;
  /** 0 when pruned or not yet grown: excluded from propagation and plasticity. */
  readonly active: Uint8Array;
  /** Plasticity rule id of the synapse's projection (see plasticity/ruleIds). */
  readonly ruleId: Uint8Array;
  /** CSR, outgoing: synapse ids of neuron eid n are outIds[outStart[n] .. outStart[n + 1]). */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  /** CSR, incoming: synapse ids onto neuron eid n are inIds[inStart[n] .. inStart[n + 1]). */
  readonly inStart: Int32Array;
  readonly inIds: Int32Array;
  readonly maxDelayTicks: number;
  /** Present when WebAssembly kernels work on the synapses in place: `post` and `weight` are views of it. */
  readonly kernelMemory?: KernelMemory;
}

/** Growable columns used while a level is being spawned; finalized once into a SynapseStore. */
export class SynapseBuilder {
  count = 0;
  pre = new Int32Array(1024);
  post = new Int32Array(1024);
  weight = new Float64Array(1024);
  delayTicks = new Uint16Array(1024);
  receptor = new Uint8Array(1024);
  active = new Uint8Array(1024);
  ruleId = new Uint8Array(1024);

  reserve(extra: number): void {
    const needed = this.count + extra;
    if (needed <= this.pre.length) return;
    let capacity = this.pre.length;
    while (capacity < needed) capacity *= 2;
    this.pre = grow(this.pre, new Int32Array(capacity));
    this.post = grow(this.post, new Int32Array(capacity));
    this.weight = grow(this.weight, new Float64Array(capacity));
    this.delayTicks = grow(this.delayTicks, new Uint16Array(capacity));
    this.receptor = grow(this.receptor, new Uint8Array(capacity));
    this.active = grow(this.active, new Uint8Array(capacity));
    this.ruleId = grow(this.ruleId, new Uint8Array(capacity));
  }

  push(pre: number, post: number, weight: number, delayTicks: number, receptor: number, ruleId: number, active = 1): number {
    if (this.count === this.pre.length) this.reserve(1);
    const id = this.count++;
    this.pre[id] = pre;
    this.post[id] = post;
    this.weight[id] = weight;
    this.delayTicks[id] = delayTicks;
    this.receptor[id] = receptor;
    this.ruleId[id] = ruleId;
    this.active[id] = active;
    return id;
  }

  /** The longest delay (at least 1 tick). */
  maxDelayTicks(): number {
    let max = 1;
    for (let s = 0; s < this.count; s++) if (this.delayTicks[s] > max) max = this.delayTicks[s];
    return max;
  }

  /**
   * Trims the columns, builds both CSR indexes and registers the mutable columns for snapshots.
   * With `kernelMemory`, post ids and weights are placed in it for the WebAssembly kernels.
   */
  finalize(neuronCount: number, registry: StateRegistry, kernelMemory?: KernelMemory): SynapseStore {
    const n = this.count;
    const pre = this.pre.slice(0, n);
    const post = kernelMemory ? allocateInt32(kernelMemory, n) : new Int32Array(n);
    post.set(this.post.subarray(0, n));
    const maxDelayTicks = this.maxDelayTicks();
    const outgoing = buildCsr(pre, neuronCount);
    const incoming = buildCsr(post, neuronCount);
    const weight = kernelMemory ? allocateFloat64(kernelMemory, n) : new Float64Array(n);
    weight.set(this.weight.subarray(0, n));
    return {
      count: n,
      pre,
      post,
      weight: registry.register('synapses.weight', weight),
      delayTicks: this.delayTicks.slice(0, n),
      receptor: this.receptor.slice(0, n),
      active: registry.register('synapses.active', this.active.slice(0, n)),
      ruleId: this.ruleId.slice(0, n),
      outStart: outgoing.start,
      outIds: outgoing.ids,
      inStart: incoming.start,
      inIds: incoming.ids,
      maxDelayTicks,
      kernelMemory,
    };
  }
}

function grow<T extends Int32Array | Float64Array | Uint16Array | Uint8Array>(old: T, bigger: T): T {
  bigger.set(old as never);
  return bigger;
}

/**
 * Counting sort of synapse ids by a key neuron (pre or post). Stable, so ids of one neuron stay in
 * ascending order: within a projection that is also presynaptic order.
 */
export function buildCsr(keyNeuron: Int32Array, neuronCount: number): { start: Int32Array; ids: Int32Array } {
  const start = new Int32Array(neuronCount + 2);
  for (let s = 0; s < keyNeuron.length; s++) start[keyNeuron[s] + 1]++;
  for (let n = 1; n < start.length; n++) start[n] += start[n - 1];
  const fill = start.slice();
  const ids = new Int32Array(keyNeuron.length);
  for (let s = 0; s < keyNeuron.length; s++) ids[fill[keyNeuron[s]]++] = s;
  return { start, ids };
}
