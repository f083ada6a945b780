/**
 * xoshiro128.ts addUniforms as a WebAssembly kernel: xoshiro128** steps and
 * out[i] = out[i] + gain·(min + span·(bits·2⁻³²)), bits read unsigned, the same integer and IEEE
 * double operations in the same order as the JavaScript loop, so draws and sums are bit-identical.
 * Works on an `out` array in a kernel memory (components/kernelMemory.ts); the generator state is
 * copied to and from four scratch words there.
 */
import type { KernelMemory } from '../components/kernelMemory';
import { allocateInt32 } from '../components/kernelMemory';
import { compileWasm, F64, I32, wasmKernelsEnabled, wasmModuleBytes } from '../components/wasmBinary';
import {
  BLOCK, BR, BR_IF, END, F64_ADD, F64_LOAD, F64_MUL, F64_STORE, get, I32_ADD, I32_CONST, I32_EQZ, I32_LT_U, I32_SHL, LOOP, loadState,
  saveState, set, VOID, xoshiroStep, type XoshiroLocals,
} from './xoshiroWasm';

const F64_CONVERT_I32_U = 0xb8;
const TWO_POW_MINUS_32 = [0x44, ...new Uint8Array(new Float64Array([1 / 4294967296]).buffer)];

// run(0 scratch, 1 out byte address, 2 count, 3 gain, 4 min, 5 span); locals (i32) 6 s0, 7 s1, 8 s2, 9 s3, 10 i, 11 bits, 12 t
const I = 10, BITS = 11;
const generator: XoshiroLocals = { s0: 6, s1: 7, s2: 8, s3: 9, bits: BITS, t: 12 };
const outAddress = [...get(1), ...get(I), I32_CONST, 3, I32_SHL, I32_ADD];
const body = [
  0x01, 0x07, I32,
  ...loadState(generator),
  BLOCK, VOID, LOOP, VOID,
  ...get(I), ...get(2), I32_LT_U, I32_EQZ, BR_IF, 1,
  ...xoshiroStep(generator),
  ...outAddress,
  ...outAddress, ...F64_LOAD,
  ...get(3), ...get(4), ...get(5), ...get(BITS), F64_CONVERT_I32_U, ...TWO_POW_MINUS_32, F64_MUL, F64_MUL, F64_ADD, F64_MUL,
  F64_ADD, ...F64_STORE,
  ...get(I), I32_CONST, 1, I32_ADD, ...set(I),
  BR, 0,
  END, END,
  ...saveState(generator),
  END,
];

export const UNIFORM_KERNEL_BYTES = wasmModuleBytes([{ exportName: 'run', params: [I32, I32, I32, F64, F64, F64], body }]);
/** Bytes a binding takes in a kernel memory (its four scratch words, aligned). */
export const UNIFORM_KERNEL_BYTES_NEEDED = 32;

let compiled: WebAssembly.Module | null | undefined;

export interface UniformKernelBinding {
  run(scratch: number, out: number, count: number, gain: number, min: number, span: number): void;
  readonly scratch: Int32Array;
}

function bind(memory: KernelMemory): UniformKernelBinding | undefined {
  if (compiled === undefined) compiled = compileWasm(UNIFORM_KERNEL_BYTES);
  if (!compiled || !wasmKernelsEnabled()) return undefined;
  const run = new WebAssembly.Instance(compiled, { m: { memory: memory.memory } }).exports.run as UniformKernelBinding['run'];
  memory.uniform = { run, scratch: allocateInt32(memory, 4) };
  return memory.uniform;
}

/**
 * addUniforms for an `out` array in `memory`: same draws, same sums. Returns false (and does
 * nothing) where the kernel is unavailable.
 */
export function addUniformsInKernel(memory: KernelMemory, state: Uint32Array, offset: number, out: Float64Array, gain: number, min: number, span: number, from: number, to: number): boolean {
  const kernel = memory.uniform ?? bind(memory);
  if (!kernel) return false;
  const scratch = kernel.scratch;
  scratch[0] = state[offset]; scratch[1] = state[offset + 1]; scratch[2] = state[offset + 2]; scratch[3] = state[offset + 3];
  kernel.run(scratch.byteOffset, out.byteOffset + from * 8, to - from, gain, min, span);
  state[offset] = scratch[0]; state[offset + 1] = scratch[1]; state[offset + 2] = scratch[2]; state[offset + 3] = scratch[3];
  return true;
}
