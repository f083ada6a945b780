/**
 * Spike propagation's two tight loops (propagateSpikes.ts) as WebAssembly kernels over the synapse
 * columns and the input ring, which live in the world's kernel memory (components/kernelMemory.ts):
 *   dense(ring, weight, n):        ring[k] += weight[k]        k < n, two per instruction (SIMD)
 *   sparse(ring, post, weight, n): ring[post[k]] += weight[k]  k < n
 * (addresses in bytes). Each add is the JavaScript one: the float32 ring value widened to double,
 * the double weight added, the sum rounded to float32 (round to nearest even), in the same order,
 * so results are bit-identical to the JavaScript loops, which remain where WebAssembly SIMD is
 * missing. The module (a few hundred bytes) is written out below instruction by instruction.
 */
import { compileWasm, I32, wasmKernelsEnabled, wasmModuleBytes } from '../components/wasmBinary';

const SIMD = 0xfd;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22;
const I32_CONST = 0x41, I32_ADD = 0x6a, I32_SUB = 0x6b, I32_SHL = 0x74, I32_LT_U = 0x49;
const I32_LOAD = [0x28, 0x02, 0x00], F32_LOAD = [0x2a, 0x02, 0x00], F64_LOAD = [0x2b, 0x03, 0x00], F32_STORE = [0x38, 0x02, 0x00];
const F64_PROMOTE_F32 = 0xbb, F32_DEMOTE_F64 = 0xb6, F64_ADD = 0xa0;
const V128_LOAD = [SIMD, 0x00, 0x03, 0x00];
const V128_LOAD64_ZERO = [SIMD, 0x5d, 0x02, 0x00];
const V128_STORE64_LANE_0 = [SIMD, 0x5b, 0x02, 0x00, 0x00];
const F64X2_PROMOTE_LOW_F32X4 = [SIMD, 0x5f];
const F32X4_DEMOTE_F64X2_ZERO = [SIMD, 0x5e];
const F64X2_ADD = [SIMD, 0xf0, 0x01];
const BLOCK = 0x02, LOOP = 0x03, IF = 0x04, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;

/** ring[r] = f32(f64(ring[r]) + weight[w]) for byte addresses on the stack: (r, w) → (). */
const scalarAdd = (r: number, w: number): number[] => [
  LOCAL_GET, r, LOCAL_GET, r, ...F32_LOAD, F64_PROMOTE_F32, LOCAL_GET, w, ...F64_LOAD, F64_ADD, F32_DEMOTE_F64, ...F32_STORE,
];

// dense(0 ring byte address, 1 weight byte address, 2 count)
const dense = [
  0x00, // no locals
  BLOCK, VOID, LOOP, VOID,
  LOCAL_GET, 2, I32_CONST, 2, I32_LT_U, BR_IF, 1,
  LOCAL_GET, 0,
  LOCAL_GET, 0, ...V128_LOAD64_ZERO, ...F64X2_PROMOTE_LOW_F32X4,
  LOCAL_GET, 1, ...V128_LOAD, ...F64X2_ADD, ...F32X4_DEMOTE_F64X2_ZERO,
  ...V128_STORE64_LANE_0,
  LOCAL_GET, 0, I32_CONST, 8, I32_ADD, LOCAL_SET, 0,
  LOCAL_GET, 1, I32_CONST, 16, I32_ADD, LOCAL_SET, 1,
  LOCAL_GET, 2, I32_CONST, 2, I32_SUB, LOCAL_SET, 2,
  BR, 0,
  END, END,
  LOCAL_GET, 2, IF, VOID, ...scalarAdd(0, 1), END,
  END,
];

// sparse(0 ring row byte address, 1 post byte address, 2 weight byte address, 3 count); local 4: target address
const sparse = [
  0x01, 0x01, I32,
  BLOCK, VOID,
  LOCAL_GET, 3, 0x45 /* i32.eqz */, BR_IF, 0,
  LOOP, VOID,
  LOCAL_GET, 0, LOCAL_GET, 1, ...I32_LOAD, I32_CONST, 2, I32_SHL, I32_ADD, LOCAL_SET, 4,
  ...scalarAdd(4, 2),
  LOCAL_GET, 1, I32_CONST, 4, I32_ADD, LOCAL_SET, 1,
  LOCAL_GET, 2, I32_CONST, 8, I32_ADD, LOCAL_SET, 2,
  LOCAL_GET, 3, I32_CONST, 1, I32_SUB, LOCAL_TEE, 3, BR_IF, 0,
  END, END,
  END,
];

export const PROPAGATION_KERNEL_BYTES = wasmModuleBytes([
  { exportName: 'dense', params: [I32, I32, I32], body: dense },
  { exportName: 'sparse', params: [I32, I32, I32, I32], body: sparse },
]);

let compiled: WebAssembly.Module | null | undefined;

function kernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) compiled = compileWasm(PROPAGATION_KERNEL_BYTES);
  return compiled;
}

export function propagationKernelAvailable(): boolean {
  return wasmKernelsEnabled() && kernelModule() !== null;
}

export interface PropagationKernel {
  dense(ringByte: number, weightByte: number, count: number): void;
  sparse(ringByte: number, postByte: number, weightByte: number, count: number): void;
}

/** The kernels bound to a world's kernel memory. */
export function createPropagationKernel(memory: WebAssembly.Memory): PropagationKernel {
  const instance = new WebAssembly.Instance(kernelModule()!, { m: { memory } });
  return instance.exports as unknown as PropagationKernel;
}
