/**
 * Spike propagation's tight loops (propagateSpikes.ts) as one WebAssembly kernel over the synapse
 * columns and the input ring, which live in the world's kernel memory (components/kernelMemory.ts).
 * One call per tick (or per full queue) delivers a queue of rows, each four int32 words
 * (ringByte, postByte, weightByte, count), in order:
 *   dense row  (postByte = -1):  ring[k] += weight[k]        k < count, two per instruction (SIMD)
 *   sparse row:                  ring[post[k]] += weight[k]  k < count
 * (addresses in bytes, count ≥ 1). Each add is the JavaScript one: the float32 ring value widened
 * to double, the double weight added, the sum rounded to float32 (round to nearest even), in the
 * same order, so results are bit-identical to the JavaScript loops, which remain where WebAssembly
 * SIMD is missing.
 *
 * Why a queue: one JavaScript→WebAssembly call per row cost about as much as the row's adds on
 * izhikevich-10k (rows of 20 and 80 synapses). Why the touch: rows start at random places in
 * megabytes of synapse columns, so each row began with cache misses; before a row's adds, the
 * kernel loads the first word of the next row's post ids and weights, so those misses overlap
 * with this row's work. The loaded words are XORed into the return value, so no compiler can drop
 * the loads. The module (a few hundred bytes) is written out below instruction by instruction.
 */
import { compileWasm, I32, wasmKernelsEnabled, wasmModuleBytes } from '../components/wasmBinary';

const SIMD = 0xfd;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22;
const I32_CONST = 0x41, I32_ADD = 0x6a, I32_SUB = 0x6b, I32_SHL = 0x74, I32_LT_U = 0x49, I32_GT_U = 0x4b, I32_GE_S = 0x4e, I32_XOR = 0x73, I32_EQZ = 0x45;
const I32_LOAD = [0x28, 0x02, 0x00], F32_LOAD = [0x2a, 0x02, 0x00], F64_LOAD = [0x2b, 0x03, 0x00], F32_STORE = [0x38, 0x02, 0x00];
const i32LoadAt = (offset: number): number[] => [0x28, 0x02, offset];
const F64_PROMOTE_F32 = 0xbb, F32_DEMOTE_F64 = 0xb6, F64_ADD = 0xa0;
const V128_LOAD = [SIMD, 0x00, 0x03, 0x00];
const V128_LOAD64_ZERO = [SIMD, 0x5d, 0x02, 0x00];
const V128_STORE64_LANE_0 = [SIMD, 0x5b, 0x02, 0x00, 0x00];
const F64X2_PROMOTE_LOW_F32X4 = [SIMD, 0x5f];
const F32X4_DEMOTE_F64X2_ZERO = [SIMD, 0x5e];
const F64X2_ADD = [SIMD, 0xf0, 0x01];
const BLOCK = 0x02, LOOP = 0x03, IF = 0x04, ELSE = 0x05, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;

// rows(0 queue byte address, 1 rows) → touch; locals 2 ring, 3 post, 4 weight, 5 count, 6 touch, 7 target
const QUEUE = 0, ROWS = 1, RING = 2, POST = 3, WEIGHT = 4, COUNT = 5, TOUCH = 6, TARGET = 7;

/** ring[r] = f32(f64(ring[r]) + weight[w]) for byte addresses in locals r and w. */
const scalarAdd = (r: number, w: number): number[] => [
  LOCAL_GET, r, LOCAL_GET, r, ...F32_LOAD, F64_PROMOTE_F32, LOCAL_GET, w, ...F64_LOAD, F64_ADD, F32_DEMOTE_F64, ...F32_STORE,
];
const addTo = (local: number, bytes: number): number[] => [LOCAL_GET, local, I32_CONST, bytes, I32_ADD, LOCAL_SET, local];
const xorTouch = (load: number[]): number[] => [LOCAL_GET, TOUCH, ...load, I32_XOR, LOCAL_SET, TOUCH];

/** The dense row: two adds per instruction while two remain, then the odd last one. */
const denseRow = [
  BLOCK, VOID, LOOP, VOID,
  LOCAL_GET, COUNT, I32_CONST, 2, I32_LT_U, BR_IF, 1,
  LOCAL_GET, RING,
  LOCAL_GET, RING, ...V128_LOAD64_ZERO, ...F64X2_PROMOTE_LOW_F32X4,
  LOCAL_GET, WEIGHT, ...V128_LOAD, ...F64X2_ADD, ...F32X4_DEMOTE_F64X2_ZERO,
  ...V128_STORE64_LANE_0,
  ...addTo(RING, 8), ...addTo(WEIGHT, 16),
  LOCAL_GET, COUNT, I32_CONST, 2, I32_SUB, LOCAL_SET, COUNT,
  BR, 0,
  END, END,
  LOCAL_GET, COUNT, IF, VOID, ...scalarAdd(RING, WEIGHT), END,
];

/** The sparse row: one add per synapse at the ring row plus its post id (count ≥ 1). */
const sparseRow = [
  LOOP, VOID,
  LOCAL_GET, RING, LOCAL_GET, POST, ...I32_LOAD, I32_CONST, 2, I32_SHL, I32_ADD, LOCAL_SET, TARGET,
  ...scalarAdd(TARGET, WEIGHT),
  ...addTo(POST, 4), ...addTo(WEIGHT, 8),
  LOCAL_GET, COUNT, I32_CONST, 1, I32_SUB, LOCAL_TEE, COUNT, BR_IF, 0,
  END,
];

/** Loads the next row's first weight word and (sparse rows) first post id, when there is a next row. */
const touchNextRow = [
  LOCAL_GET, ROWS, I32_CONST, 1, I32_GT_U, IF, VOID,
  ...xorTouch([LOCAL_GET, QUEUE, ...i32LoadAt(24), ...I32_LOAD]),
  LOCAL_GET, QUEUE, ...i32LoadAt(20), I32_CONST, 0, I32_GE_S, IF, VOID,
  ...xorTouch([LOCAL_GET, QUEUE, ...i32LoadAt(20), ...I32_LOAD]),
  END,
  END,
];

const rows = [
  0x01, 0x06, I32, // locals 2-7
  BLOCK, VOID,
  LOCAL_GET, ROWS, I32_EQZ, BR_IF, 0,
  LOOP, VOID,
  LOCAL_GET, QUEUE, ...i32LoadAt(0), LOCAL_SET, RING,
  LOCAL_GET, QUEUE, ...i32LoadAt(4), LOCAL_SET, POST,
  LOCAL_GET, QUEUE, ...i32LoadAt(8), LOCAL_SET, WEIGHT,
  LOCAL_GET, QUEUE, ...i32LoadAt(12), LOCAL_SET, COUNT,
  ...touchNextRow,
  LOCAL_GET, POST, I32_CONST, 0, I32_GE_S, IF, VOID, ...sparseRow, ELSE, ...denseRow, END,
  ...addTo(QUEUE, 16),
  LOCAL_GET, ROWS, I32_CONST, 1, I32_SUB, LOCAL_TEE, ROWS, BR_IF, 0,
  END, END,
  LOCAL_GET, TOUCH,
  END,
];

export const PROPAGATION_KERNEL_BYTES = wasmModuleBytes([{ exportName: 'rows', params: [I32, I32], results: [I32], body: rows }]);

/** Int32 words per queued row: ring byte, post byte (-1 for a dense row), weight byte, count. */
export const QUEUE_WORDS_PER_ROW = 4;
/** Rows queued before a flush: 16 KB of queue, enough for every spike of most ticks in one call. */
export const QUEUE_ROWS = 1024;
/** Bytes the queue takes in a kernel memory, alignment included. */
export const PROPAGATION_QUEUE_BYTES = QUEUE_ROWS * QUEUE_WORDS_PER_ROW * 4 + 16;

let compiled: WebAssembly.Module | null | undefined;

function kernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) compiled = compileWasm(PROPAGATION_KERNEL_BYTES);
  return compiled;
}

export function propagationKernelAvailable(): boolean {
  return wasmKernelsEnabled() && kernelModule() !== null;
}

export interface PropagationKernel {
  /** Delivers `count` queued rows starting at byte `queueByte`; the result is only the touched words. */
  rows(queueByte: number, count: number): number;
}

/** The kernel bound to a world's kernel memory. */
export function createPropagationKernel(memory: WebAssembly.Memory): PropagationKernel {
  const instance = new WebAssembly.Instance(kernelModule()!, { m: { memory } });
  return instance.exports as unknown as PropagationKernel;
}
