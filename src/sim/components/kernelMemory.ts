/**
 * One WebAssembly memory that holds the state WebAssembly kernels work on in place (synapse post
 * ids and weights, the synaptic input ring: systems/propagationKernel.ts; DA-STDP eligibilities:
 * plasticity/daStdpWeightKernel.ts), so no copy is needed per call. Arrays are carved out once at build and never move: the memory is sized up front and
 * never grown (growing would detach every view). Views of it are ordinary Float64Arrays for the rest
 * of the engine; snapshots copy them (slice), so nothing transfers the memory's own buffer.
 */
export interface KernelMemory {
  readonly memory: WebAssembly.Memory;
  /** Next free byte. */
  next: number;
  /** The propagation kernel bound to this memory, made at first use (systems/propagationKernel.ts). */
  propagation?: import('../systems/propagationKernel').PropagationKernel;
  /** The rows the propagation kernel delivers next (systems/propagateSpikes.ts), placed at build. */
  propagationQueue?: Int32Array;
  /** The Gaussian noise kernel bound to this memory (rng/gaussianKernel.ts), made at first use. */
  gaussian?: import('../rng/gaussianKernel').GaussianKernelBinding;
  /** The uniform noise kernel bound to this memory (rng/uniformKernel.ts), made at first use. */
  uniform?: import('../rng/uniformKernel').UniformKernelBinding;
  /** The Izhikevich network-scheme kernel bound to this memory, made at first use (systems/integrationKernel.ts). */
  izhikevichNetwork?: (vMv: number, u: number, a: number, b: number, iExt: number, gExc: number, gInh: number, pairs: number, h: number, dt: number) => void;
}

const PAGE_BYTES = 65536;

export function createKernelMemory(bytes: number): KernelMemory {
  return { memory: new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE_BYTES)) }), next: 0 };
}

type ArrayKind = Float64ArrayConstructor | Float32ArrayConstructor | Int32ArrayConstructor;

/** An array of `count` zeros at a 16-byte-aligned offset of the memory. */
function allocate<K extends ArrayKind>(kernel: KernelMemory, kind: K, count: number): InstanceType<K> {
  const offset = Math.ceil(kernel.next / 16) * 16;
  if (offset + count * kind.BYTES_PER_ELEMENT > kernel.memory.buffer.byteLength) throw new Error('kernel memory sized too small at build');
  kernel.next = offset + count * kind.BYTES_PER_ELEMENT;
  return new kind(kernel.memory.buffer, offset, count) as InstanceType<K>;
}

export const allocateFloat64 = (kernel: KernelMemory, count: number): Float64Array => allocate(kernel, Float64Array, count);
export const allocateFloat32 = (kernel: KernelMemory, count: number): Float32Array => allocate(kernel, Float32Array, count);
export const allocateInt32 = (kernel: KernelMemory, count: number): Int32Array => allocate(kernel, Int32Array, count);

/** Bytes to reserve for one allocation of `count` elements of `bytesPerElement`, alignment included. */
export function arrayBytes(count: number, bytesPerElement: number): number {
  return count * bytesPerElement + 16;
}

export function float64Bytes(count: number): number {
  return arrayBytes(count, 8);
}
