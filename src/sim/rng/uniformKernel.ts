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

const LOCAL_GET = 0x20, LOCAL_SET = 0x21;
const I32_CONST = 0x41, I32_ADD = 0x6a, I32_MUL = 0x6c, I32_XOR = 0x73, I32_SHL = 0x74, I32_ROTL = 0x77, I32_LT_U = 0x49, I32_EQZ = 0x45;
const I32_LOAD = [0x28, 0x02], I32_STORE = [0x36, 0x02];
const F64_LOAD = [0x2b, 0x03, 0x00], F64_STORE = [0x39, 0x03, 0x00], F64_ADD = 0xa0, F64_MUL = 0xa2, F64_CONVERT_I32_U = 0xb8;
const TWO_POW_MINUS_32 = [0x44, ...new Uint8Array(new Float64Array([1 / 4294967296]).buffer)];
const BLOCK = 0x02, LOOP = 0x03, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;

// run(0 scratch, 1 out byte address, 2 count, 3 gain, 4 min, 5 span); locals (i32) 6 s0, 7 s1, 8 s2, 9 s3, 10 i, 11 bits, 12 t
const S0 = 6, S1 = 7, S2 = 8, S3 = 9, I = 10, BITS = 11, T = 12;
const get = (l: number): number[] => [LOCAL_GET, l];
const set = (l: number): number[] => [LOCAL_SET, l];
const loadWord = (k: number): number[] => [...get(0), ...I32_LOAD, k * 4];
const storeWord = (k: number, l: number): number[] => [...get(0), ...get(l), ...I32_STORE, k * 4];
const xorInto = (target: number, other: number): number[] => [...get(target), ...get(other), I32_XOR, ...set(target)];
const outAddress = [...get(1), ...get(I), I32_CONST, 3, I32_SHL, I32_ADD];
const body = [
  0x01, 0x07, I32,
  ...loadWord(0), ...set(S0), ...loadWord(1), ...set(S1), ...loadWord(2), ...set(S2), ...loadWord(3), ...set(S3),
  BLOCK, VOID, LOOP, VOID,
  ...get(I), ...get(2), I32_LT_U, I32_EQZ, BR_IF, 1,
  ...get(S1), I32_CONST, 5, I32_MUL, I32_CONST, 7, I32_ROTL, I32_CONST, 9, I32_MUL, ...set(BITS),
  ...get(S1), I32_CONST, 9, I32_SHL, ...set(T),
  ...xorInto(S2, S0), ...xorInto(S3, S1), ...xorInto(S1, S2), ...xorInto(S0, S3), ...xorInto(S2, T),
  ...get(S3), I32_CONST, 11, I32_ROTL, ...set(S3),
  ...outAddress,
  ...outAddress, ...F64_LOAD,
  ...get(3), ...get(4), ...get(5), ...get(BITS), F64_CONVERT_I32_U, ...TWO_POW_MINUS_32, F64_MUL, F64_MUL, F64_ADD, F64_MUL,
  F64_ADD, ...F64_STORE,
  ...get(I), I32_CONST, 1, I32_ADD, ...set(I),
  BR, 0,
  END, END,
  ...storeWord(0, S0), ...storeWord(1, S1), ...storeWord(2, S2), ...storeWord(3, S3),
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
