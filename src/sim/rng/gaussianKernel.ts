/**
 * GaussianZiggurat.addGaussians' fast path as a WebAssembly kernel: xoshiro128** steps, the
 * 256-layer table test, out[i] += mean + sd·g, in the same integer and IEEE double operations as the
 * JavaScript loop. It stops at the first draw that needs the exact rejection step (about 1.2%),
 * saving the generator state, layer and value; the caller runs that step in JavaScript
 * (GaussianZiggurat.slowPath, the same code as ever) and resumes the kernel after it, so the draws
 * and sums are bit-identical. Works on an `out` array that lives in the kernel's memory.
 */
import { compileWasm, F64, I32, wasmKernelsEnabled, wasmModuleBytes } from '../components/wasmBinary';

const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22;
const I32_CONST = 0x41, I32_ADD = 0x6a, I32_MUL = 0x6c, I32_AND = 0x71, I32_XOR = 0x73, I32_SHL = 0x74, I32_SHR_S = 0x75, I32_ROTL = 0x77;
const I32_SUB = 0x6b, I32_LT_S = 0x48, I32_LT_U = 0x49, I32_EQZ = 0x45;
const I32_LOAD = [0x28, 0x02, 0x00], I32_STORE = [0x36, 0x02, 0x00];
const F64_LOAD = [0x2b, 0x03, 0x00], F64_STORE = [0x39, 0x03, 0x00], F64_ADD = 0xa0, F64_MUL = 0xa2, F64_CONVERT_I32_S = 0xb7;
const BLOCK = 0x02, LOOP = 0x03, IF = 0x04, BR = 0x0c, BR_IF = 0x0d, RETURN = 0x0f, END = 0x0b, VOID = 0x40;

// run(0 scratch, 1 out byte address, 2 count, 3 mean, 4 sd, 5 k table, 6 w table) → elements done.
// scratch: words 0–3 generator state, 4 layer, 5 value (of the draw that needs the slow path).
// Locals (i32): 7 s0, 8 s1, 9 s2, 10 s3, 11 i, 12 bits, 13 t, 14 layer, 15 value, 16 sign.
const S0 = 7, S1 = 8, S2 = 9, S3 = 10, I = 11, BITS = 12, T = 13, LAYER = 14, VALUE = 15, SIGN = 16;
const get = (l: number): number[] => [LOCAL_GET, l];
const set = (l: number): number[] => [LOCAL_SET, l];
const loadWord = (k: number): number[] => [...get(0), ...I32_LOAD.slice(0, 2), k * 4];
const storeWord = (k: number, l: number): number[] => [...get(0), ...get(l), ...I32_STORE.slice(0, 2), k * 4];
const saveState = [...storeWord(0, S0), ...storeWord(1, S1), ...storeWord(2, S2), ...storeWord(3, S3)];
const xorInto = (target: number, other: number): number[] => [...get(target), ...get(other), I32_XOR, ...set(target)];
const body = [
  0x01, 0x0a, I32,
  ...loadWord(0), ...set(S0), ...loadWord(1), ...set(S1), ...loadWord(2), ...set(S2), ...loadWord(3), ...set(S3),
  BLOCK, VOID, LOOP, VOID,
  ...get(I), ...get(2), I32_LT_U, I32_EQZ, BR_IF, 1,
  // bits = rotl(s1·5, 7)·9; t = s1 << 9; the state update
  ...get(S1), I32_CONST, 5, I32_MUL, I32_CONST, 7, I32_ROTL, I32_CONST, 9, I32_MUL, ...set(BITS),
  ...get(S1), I32_CONST, 9, I32_SHL, ...set(T),
  ...xorInto(S2, S0), ...xorInto(S3, S1), ...xorInto(S1, S2), ...xorInto(S0, S3), ...xorInto(S2, T),
  ...get(S3), I32_CONST, 11, I32_ROTL, ...set(S3),
  ...get(BITS), I32_CONST, 0xff, 0x01, I32_AND, ...set(LAYER),
  ...get(BITS), I32_CONST, 8, I32_SHR_S, LOCAL_TEE, VALUE, I32_CONST, 31, I32_SHR_S, ...set(SIGN),
  // |value| < k[layer] ?
  ...get(VALUE), ...get(SIGN), I32_XOR, ...get(SIGN), I32_SUB,
  ...get(5), ...get(LAYER), I32_CONST, 2, I32_SHL, I32_ADD, ...I32_LOAD,
  I32_LT_S, I32_EQZ,
  IF, VOID,
  ...saveState, ...storeWord(4, LAYER), ...storeWord(5, VALUE), ...get(I), RETURN,
  END,
  // out[i] = out[i] + (mean + sd·(value·w[layer]))
  ...get(1), ...get(I), I32_CONST, 3, I32_SHL, I32_ADD,
  ...get(1), ...get(I), I32_CONST, 3, I32_SHL, I32_ADD, ...F64_LOAD,
  ...get(3), ...get(4),
  ...get(VALUE), F64_CONVERT_I32_S, ...get(6), ...get(LAYER), I32_CONST, 3, I32_SHL, I32_ADD, ...F64_LOAD, F64_MUL,
  F64_MUL, F64_ADD, F64_ADD, ...F64_STORE,
  ...get(I), I32_CONST, 1, I32_ADD, ...set(I),
  BR, 0,
  END, END,
  ...saveState, ...get(I),
  END,
];

export const GAUSSIAN_KERNEL_BYTES = wasmModuleBytes([{ exportName: 'run', params: [I32, I32, I32, F64, F64, I32, I32], results: [I32], body }]);

let compiled: WebAssembly.Module | null | undefined;

export function gaussianKernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) compiled = compileWasm(GAUSSIAN_KERNEL_BYTES);
  return wasmKernelsEnabled() ? compiled : null;
}

/** The kernel bound to one memory, with its tables and scratch words placed in it. */
export interface GaussianKernelBinding {
  run(scratch: number, out: number, count: number, mean: number, sd: number, k: number, w: number): number;
  readonly scratchByte: number;
  /** scratch words: generator state 0–3, layer 4, value 5. */
  readonly scratch: Int32Array;
  /** The generator state words as unsigned (for slowPath). */
  readonly words: Uint32Array;
  readonly kByte: number;
  readonly wByte: number;
}

/** Bytes a binding takes in a kernel memory: scratch and both 256-entry tables, alignment included. */
export const GAUSSIAN_KERNEL_BYTES_NEEDED = 32 + 256 * 4 + 256 * 8 + 3 * 16;
