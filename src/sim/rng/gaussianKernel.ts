/**
 * GaussianZiggurat.addGaussians' fast path as a WebAssembly kernel: xoshiro128** steps, the
 * 256-layer table test, out[i] += mean + sd·g, in the same integer and IEEE double operations as the
 * JavaScript loop. It stops at the first draw that needs the exact rejection step (about 1.2%),
 * saving the generator state, layer and value; the caller runs that step in JavaScript
 * (GaussianZiggurat.slowPath, the same code as ever) and resumes the kernel after it, so the draws
 * and sums are bit-identical. Works on an `out` array that lives in the kernel's memory.
 */
import { compileWasm, F64, I32, wasmKernelsEnabled, wasmModuleBytes } from '../components/wasmBinary';
import {
  BLOCK, BR, BR_IF, END, F64_ADD, F64_LOAD, F64_MUL, F64_STORE, get, I32_ADD, I32_AND, I32_CONST, I32_EQZ, I32_LT_S, I32_LT_U, I32_SHL,
  I32_SHR_S, I32_SUB, I32_XOR, IF, LOCAL_TEE, LOOP, loadState, RETURN, saveState, set, storeWord, VOID, xoshiroStep, type XoshiroLocals,
} from './xoshiroWasm';

const I32_LOAD = [0x28, 0x02, 0x00], F64_CONVERT_I32_S = 0xb7;

// run(0 scratch, 1 out byte address, 2 count, 3 mean, 4 sd, 5 k table, 6 w table) → elements done.
// scratch: words 0–3 generator state, 4 layer, 5 value (of the draw that needs the slow path).
// Locals (i32): 7 s0, 8 s1, 9 s2, 10 s3, 11 i, 12 bits, 13 t, 14 layer, 15 value, 16 sign.
const I = 11, BITS = 12, LAYER = 14, VALUE = 15, SIGN = 16;
const generator: XoshiroLocals = { s0: 7, s1: 8, s2: 9, s3: 10, bits: BITS, t: 13 };
const body = [
  0x01, 0x0a, I32,
  ...loadState(generator),
  BLOCK, VOID, LOOP, VOID,
  ...get(I), ...get(2), I32_LT_U, I32_EQZ, BR_IF, 1,
  ...xoshiroStep(generator),
  ...get(BITS), I32_CONST, 0xff, 0x01, I32_AND, ...set(LAYER),
  ...get(BITS), I32_CONST, 8, I32_SHR_S, LOCAL_TEE, VALUE, I32_CONST, 31, I32_SHR_S, ...set(SIGN),
  // |value| < k[layer] ?
  ...get(VALUE), ...get(SIGN), I32_XOR, ...get(SIGN), I32_SUB,
  ...get(5), ...get(LAYER), I32_CONST, 2, I32_SHL, I32_ADD, ...I32_LOAD,
  I32_LT_S, I32_EQZ,
  IF, VOID,
  ...saveState(generator), ...storeWord(4, LAYER), ...storeWord(5, VALUE), ...get(I), RETURN,
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
  ...saveState(generator), ...get(I),
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
