/**
 * pairTraces.ts decayArray as a WebAssembly SIMD kernel, two traces per instruction:
 *   x ← x·decay; x ← (x > floor) ? x : 0
 * The comparison's all-ones/all-zeros mask is and-ed with x, which gives exactly the JavaScript
 * result (NaN compares false → 0, as in JavaScript); the multiply is the same IEEE double multiply.
 * Used when the world has a kernel memory (components/kernelMemory.ts), where the traces then live.
 */
import type { KernelMemory } from '../components/kernelMemory';
import { compileWasm, F64, I32, V128, wasmModuleBytes } from '../components/wasmBinary';

const SIMD = 0xfd;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22;
const I32_CONST = 0x41, I32_ADD = 0x6a, I32_SUB = 0x6b, I32_LT_U = 0x49;
const F64_LOAD = [0x2b, 0x03, 0x00], F64_STORE = [0x39, 0x03, 0x00], F64_MUL = 0xa2, F64_GT = 0x64, F64_CONST_0 = [0x44, 0, 0, 0, 0, 0, 0, 0, 0];
const SELECT = 0x1b;
const V128_LOAD = [SIMD, 0x00, 0x03, 0x00], V128_STORE = [SIMD, 0x0b, 0x03, 0x00];
const F64X2_SPLAT = [SIMD, 0x14], F64X2_MUL = [SIMD, 0xf2, 0x01], F64X2_GT = [SIMD, 0x4a], V128_AND = [SIMD, 0x4e];
const BLOCK = 0x02, LOOP = 0x03, IF = 0x04, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;

// decay(0 byte address, 1 count, 2 decay, 3 floor); locals 4 decay×2, 5 floor×2, 6 x×2 (v128); 7 x (f64)
const body = [
  0x02, 0x03, V128, 0x01, F64,
  LOCAL_GET, 2, ...F64X2_SPLAT, LOCAL_SET, 4,
  LOCAL_GET, 3, ...F64X2_SPLAT, LOCAL_SET, 5,
  BLOCK, VOID, LOOP, VOID,
  LOCAL_GET, 1, I32_CONST, 2, I32_LT_U, BR_IF, 1,
  LOCAL_GET, 0,
  LOCAL_GET, 0, ...V128_LOAD, LOCAL_GET, 4, ...F64X2_MUL, LOCAL_TEE, 6,
  LOCAL_GET, 6, LOCAL_GET, 5, ...F64X2_GT, ...V128_AND,
  ...V128_STORE,
  LOCAL_GET, 0, I32_CONST, 16, I32_ADD, LOCAL_SET, 0,
  LOCAL_GET, 1, I32_CONST, 2, I32_SUB, LOCAL_SET, 1,
  BR, 0,
  END, END,
  LOCAL_GET, 1, IF, VOID,
  LOCAL_GET, 0,
  LOCAL_GET, 0, ...F64_LOAD, LOCAL_GET, 2, F64_MUL, LOCAL_TEE, 7,
  ...F64_CONST_0,
  LOCAL_GET, 7, LOCAL_GET, 3, F64_GT,
  SELECT,
  ...F64_STORE,
  END,
  END,
];

export const TRACE_DECAY_KERNEL_BYTES = wasmModuleBytes([{ exportName: 'decay', params: [I32, I32, F64, F64], body }]);

let compiled: WebAssembly.Module | null | undefined;

/** decay(byteAddress, count, factor, floor) over an array in `memory`, or undefined without WebAssembly SIMD. */
export function traceDecayKernel(memory: KernelMemory): ((byteAddress: number, count: number, factor: number, floor: number) => void) | undefined {
  if (compiled === undefined) compiled = compileWasm(TRACE_DECAY_KERNEL_BYTES);
  if (!compiled) return undefined;
  return new WebAssembly.Instance(compiled, { m: { memory: memory.memory } }).exports.decay as (byteAddress: number, count: number, factor: number, floor: number) => void;
}
