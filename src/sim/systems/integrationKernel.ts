/**
 * The Izhikevich (2003) network scheme for current input (integrateNeurons.ts
 * integrateIzhikevichNetworkRange) as a WebAssembly SIMD kernel, two neurons per instruction:
 *   I = (iExt + gExc) + gInh
 *   v ← v + h·(((((0.04·v) + 5)·v) + 140) − u + I)     twice, h = dt/2
 *   u ← u + (dt·a)·((b·v) − u)
 * the same IEEE double operations in the same order as the JavaScript loop (no fused multiply-add),
 * so results are bit-identical. The neuron columns it reads live in a WebAssembly memory of their
 * own (components/neurons.ts), laid out column after column.
 */
import { compileWasm, F64, I32, V128, wasmKernelsEnabled, wasmModuleBytes } from '../components/wasmBinary';

const SIMD = 0xfd;
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22;
const I32_CONST = 0x41, I32_ADD = 0x6a, I32_SUB = 0x6b, I32_LT_U = 0x49, I32_EQZ = 0x45;
const V128_LOAD = [SIMD, 0x00, 0x03, 0x00], V128_STORE = [SIMD, 0x0b, 0x03, 0x00];
const F64X2_SPLAT = [SIMD, 0x14];
const ADD = [SIMD, 0xf0, 0x01], SUB = [SIMD, 0xf1, 0x01], MUL = [SIMD, 0xf2, 0x01];
const BLOCK = 0x02, LOOP = 0x03, BR = 0x0c, BR_IF = 0x0d, END = 0x0b, VOID = 0x40;

// Parameters: 0 vMv, 1 u, 2 a, 3 b, 4 iExt, 5 gExc, 6 gInh (byte addresses of the first neuron),
// 7 pairs, 8 h = dt/2, 9 dt. Locals (v128): 10 h, 11 dt, 12 0.04, 13 5, 14 140, 15 v, 16 u, 17 I.
const L_H = 10, L_DT = 11, L_004 = 12, L_5 = 13, L_140 = 14, L_V = 15, L_U = 16, L_I = 17;
const f64Const = (value: number): number[] => [0x44, ...new Uint8Array(new Float64Array([value]).buffer)];
const load = (param: number): number[] => [LOCAL_GET, param, ...V128_LOAD];
const voltageStep = [
  LOCAL_GET, L_V,
  LOCAL_GET, L_H,
  LOCAL_GET, L_004, LOCAL_GET, L_V, ...MUL, LOCAL_GET, L_5, ...ADD, LOCAL_GET, L_V, ...MUL,
  LOCAL_GET, L_140, ...ADD, LOCAL_GET, L_U, ...SUB, LOCAL_GET, L_I, ...ADD,
  ...MUL, ...ADD, LOCAL_SET, L_V,
];
const advance = (param: number): number[] => [LOCAL_GET, param, I32_CONST, 16, I32_ADD, LOCAL_SET, param];
const body = [
  0x01, 0x08, V128,
  LOCAL_GET, 8, ...F64X2_SPLAT, LOCAL_SET, L_H,
  LOCAL_GET, 9, ...F64X2_SPLAT, LOCAL_SET, L_DT,
  ...f64Const(0.04), ...F64X2_SPLAT, LOCAL_SET, L_004,
  ...f64Const(5), ...F64X2_SPLAT, LOCAL_SET, L_5,
  ...f64Const(140), ...F64X2_SPLAT, LOCAL_SET, L_140,
  BLOCK, VOID,
  LOCAL_GET, 7, I32_EQZ, BR_IF, 0,
  LOOP, VOID,
  ...load(0), LOCAL_SET, L_V,
  ...load(1), LOCAL_SET, L_U,
  ...load(4), ...load(5), ...ADD, ...load(6), ...ADD, LOCAL_SET, L_I,
  ...voltageStep,
  ...voltageStep,
  LOCAL_GET, 0, LOCAL_GET, L_V, ...V128_STORE,
  LOCAL_GET, 1,
  LOCAL_GET, L_U,
  LOCAL_GET, L_DT, ...load(2), ...MUL,
  ...load(3), LOCAL_GET, L_V, ...MUL, LOCAL_GET, L_U, ...SUB,
  ...MUL, ...ADD, ...V128_STORE,
  ...advance(0), ...advance(1), ...advance(2), ...advance(3), ...advance(4), ...advance(5), ...advance(6),
  LOCAL_GET, 7, I32_CONST, 1, I32_SUB, LOCAL_TEE, 7, BR_IF, 0,
  END, END,
  END,
];
void BR; void I32_LT_U;

export const INTEGRATION_KERNEL_BYTES = wasmModuleBytes([{ exportName: 'izhikevichNetwork', params: [I32, I32, I32, I32, I32, I32, I32, I32, F64, F64], body }]);

let compiled: WebAssembly.Module | null | undefined;

export function integrationKernelAvailable(): boolean {
  if (compiled === undefined) compiled = compileWasm(INTEGRATION_KERNEL_BYTES);
  return wasmKernelsEnabled() && compiled !== null;
}

export type IzhikevichNetworkKernel = (vMv: number, u: number, a: number, b: number, iExt: number, gExc: number, gInh: number, pairs: number, h: number, dt: number) => void;

export function createIntegrationKernel(memory: WebAssembly.Memory): IzhikevichNetworkKernel {
  return new WebAssembly.Instance(compiled!, { m: { memory } }).exports.izhikevichNetwork as IzhikevichNetworkKernel;
}
