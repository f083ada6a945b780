/**
 * The DA-STDP period pass (applyDaStdp.ts updateWeights) as a WebAssembly SIMD kernel, two synapses
 * per instruction: w ← min(hi, max(lo, w + c·K)); c ← c·decay. It is IEEE-754 double arithmetic in
 * the same order as the JavaScript loop (one multiply, one add, no fused multiply-add), so results
 * are bit-identical and the golden hashes do not move. Measured here: 2.45 ns per synapse in the
 * JavaScript loop, 1.0 with f64x2.min/max, 0.37 with f64x2.pmin/pmax.
 *
 * Two exports, one clip each. `pass` uses f64x2.min/max, which treat NaN and ±0 as Math.min/max do
 * but compile to about eight instructions each (x64 has no instruction with those semantics).
 * `passBounded` uses the pseudo-minimum and -maximum, pmax(lo, x) = lo < x ? x : lo and
 * pmin(hi, m) = m < hi ? m : hi, one instruction each. They differ from Math.max/min only for NaN
 * and for a tie of +0 with −0, so the caller takes `passBounded` only where neither can happen
 * (boundedClipIsExact): lo is not −0; hi is not +0 unless lo ≥ 0 (then m is never −0); K is finite,
 * so with finite weights and eligibilities w + c·K is never NaN (an overflow to ±∞ clips the same).
 *
 * The weights and eligibilities live in one WebAssembly memory (components/kernelMemory.ts), so the
 * kernel works in place. The module is written out below instruction by instruction (no toolchain
 * in the build); compiling it synchronously is allowed everywhere, browsers' main threads included
 * (< 4 KB). Where WebAssembly SIMD is missing, createDaStdpWeightKernel returns undefined and the
 * caller keeps the JavaScript loop, which gives the same numbers.
 */

import type { Projection } from '../world/world';
import type { SynapseStore } from '../components/synapses';
import { allocateFloat64, float64Bytes } from '../components/kernelMemory';
import { compileWasm, F64, I32, V128, wasmModuleBytes } from '../components/wasmBinary';

const SIMD = 0xfd;
/** f64x2 opcodes are LEB128-encoded numbers ≥ 128: two bytes each. */
const F64X2_ADD = [SIMD, 0xf0, 0x01];
const F64X2_MUL = [SIMD, 0xf2, 0x01];
const F64X2_MIN = [SIMD, 0xf4, 0x01];
const F64X2_MAX = [SIMD, 0xf5, 0x01];
const F64X2_PMIN = [SIMD, 0xf6, 0x01];
const F64X2_PMAX = [SIMD, 0xf7, 0x01];
const F64X2_SPLAT = [SIMD, 0x14];
const V128_LOAD = [SIMD, 0x00, 0x03, 0x00]; // memarg: align 2^3 (a projection may start at an odd synapse), offset 0
const V128_STORE = [SIMD, 0x0b, 0x03, 0x00];
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22;
const I32_CONST = 0x41, I32_ADD = 0x6a, I32_SUB = 0x6b, I32_EQZ = 0x45;
const BLOCK = 0x02, LOOP = 0x03, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;

// Parameters: 0 weight byte offset, 1 eligibility byte offset, 2 pairs, 3 K, 4 decay, 5 lo, 6 hi.
// Locals: 7 K×2, 8 decay×2, 9 lo×2, 10 hi×2, 11 c (two eligibilities).
function passBody(min: number[], max: number[]): number[] {
  return [
    0x01, 0x05, V128, // five v128 locals
    LOCAL_GET, 3, ...F64X2_SPLAT, LOCAL_SET, 7,
    LOCAL_GET, 4, ...F64X2_SPLAT, LOCAL_SET, 8,
    LOCAL_GET, 5, ...F64X2_SPLAT, LOCAL_SET, 9,
    LOCAL_GET, 6, ...F64X2_SPLAT, LOCAL_SET, 10,
    BLOCK, VOID,
    LOCAL_GET, 2, I32_EQZ, BR_IF, 0,
    LOOP, VOID,
    LOCAL_GET, 1, ...V128_LOAD, LOCAL_SET, 11,
    LOCAL_GET, 0, // store address of w
    LOCAL_GET, 10, LOCAL_GET, 9,
    LOCAL_GET, 0, ...V128_LOAD, LOCAL_GET, 11, LOCAL_GET, 7, ...F64X2_MUL, ...F64X2_ADD, // w + c·K
    ...max, ...min, ...V128_STORE, // min(hi, max(lo, ·))
    LOCAL_GET, 1, LOCAL_GET, 11, LOCAL_GET, 8, ...F64X2_MUL, ...V128_STORE, // c·decay
    LOCAL_GET, 0, I32_CONST, 16, I32_ADD, LOCAL_SET, 0,
    LOCAL_GET, 1, I32_CONST, 16, I32_ADD, LOCAL_SET, 1,
    LOCAL_GET, 2, I32_CONST, 1, I32_SUB, LOCAL_TEE, 2, BR_IF, 0,
    END,
    END,
    END,
  ];
}

const PARAMS = [I32, I32, I32, F64, F64, F64, F64];
export const DA_STDP_KERNEL_BYTES = wasmModuleBytes([
  { exportName: 'pass', params: PARAMS, body: passBody(F64X2_MIN, F64X2_MAX) },
  { exportName: 'passBounded', params: PARAMS, body: passBody(F64X2_PMIN, F64X2_PMAX) },
]);

/**
 * Whether pmin(hi, pmax(lo, w + c·K)) equals Math.min(hi, Math.max(lo, w + c·K)) for every finite w
 * and c: pmax(lo, x) returns lo on a tie of zeros (wrong only for lo = −0); pmin(hi, m) returns hi
 * (wrong only for hi = +0 and m = −0, and m is −0 only when lo < 0); a finite K keeps NaN out.
 */
export function boundedClipIsExact(big: number, lo: number, hi: number): boolean {
  return Number.isFinite(big) && !Object.is(lo, -0) && !(Object.is(hi, 0) && lo < 0);
}

let compiled: WebAssembly.Module | null | undefined;

function kernelModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  compiled = compileWasm(DA_STDP_KERNEL_BYTES);
  return compiled;
}

/** Bytes the DA-STDP kernels need in the world's kernel memory: each DA-STDP projection's eligibilities. */
export function daStdpKernelBytes(projections: ReadonlyArray<Projection>): number {
  return projections.filter((p) => p.plasticity?.rule === 'daStdp').reduce((sum, p) => sum + float64Bytes(p.count), 0);
}

/** One projection's kernel over the weights and its eligibilities, both in the world's kernel memory. */
export interface DaStdpWeightKernel {
  readonly eligibility: Float64Array;
  /** w ← min(hi, max(lo, w + c·K)); c ← c·decay over the projection's synapses. */
  pass(big: number, decay: number, lo: number, hi: number): void;
}

/** Undefined when the world has no kernel memory (then the JavaScript loop runs). */
export function createDaStdpWeightKernel(synapses: SynapseStore, projection: Projection): DaStdpWeightKernel | undefined {
  const module = kernelModule();
  const memory = synapses.kernelMemory;
  if (!module || !memory || projection.count === 0) return undefined;
  const instance = new WebAssembly.Instance(module, { m: { memory: memory.memory } });
  type Pass = (w: number, c: number, pairs: number, big: number, decay: number, lo: number, hi: number) => void;
  const exact = instance.exports.pass as Pass;
  const bounded = instance.exports.passBounded as Pass;
  const eligibility = allocateFloat64(memory, projection.count);
  const weightOffset = synapses.weight.byteOffset + projection.firstSynapse * 8;
  const pairs = projection.count >> 1;
  const last = projection.count - 1;
  const weight = synapses.weight;
  const lastSynapse = projection.firstSynapse + last;
  return {
    eligibility,
    pass(big, decay, lo, hi) {
      const run = boundedClipIsExact(big, lo, hi) ? bounded : exact;
      run(weightOffset, eligibility.byteOffset, pairs, big, decay, lo, hi);
      if ((projection.count & 1) === 1) {
        // The odd last synapse: a pair would reach into the next projection's weights.
        const c = eligibility[last];
        weight[lastSynapse] = Math.min(hi, Math.max(lo, weight[lastSynapse] + c * big));
        eligibility[last] = c * decay;
      }
    },
  };
}
