/**
 * One WebAssembly memory that holds state a WebAssembly kernel works on in place (today: the synapse
 * weights and the DA-STDP eligibilities, plasticity/daStdpWeightKernel.ts), so no copy is needed
 * per call. Arrays are carved out once at build and never move: the memory is sized up front and
 * never grown (growing would detach every view). Views of it are ordinary Float64Arrays for the rest
 * of the engine; snapshots copy them (slice), so nothing transfers the memory's own buffer.
 */
export interface KernelMemory {
  readonly memory: WebAssembly.Memory;
  /** Next free byte. */
  next: number;
}

const PAGE_BYTES = 65536;

export function createKernelMemory(bytes: number): KernelMemory {
  return { memory: new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE_BYTES)) }), next: 0 };
}

/** A Float64Array of `count` zeros at a 16-byte-aligned offset of the memory. */
export function allocateFloat64(kernel: KernelMemory, count: number): Float64Array {
  const offset = Math.ceil(kernel.next / 16) * 16;
  if (offset + count * 8 > kernel.memory.buffer.byteLength) throw new Error('kernel memory sized too small at build');
  kernel.next = offset + count * 8;
  return new Float64Array(kernel.memory.buffer, offset, count);
}

/** Bytes to reserve for one allocateFloat64(count), alignment included. */
export function float64Bytes(count: number): number {
  return count * 8 + 16;
}
