/**
 * The xoshiro128** step (xoshiro128.ts nextUint32) as WebAssembly instructions, shared by the
 * uniform and Gaussian kernels so the generator is written once in each language. The kernels keep
 * the four state words in i32 locals, read from and written back to scratch words at the address
 * in local 0; `bits` gets the output rotl(s1·5, 7)·9 and `t` is a scratch local.
 */

export const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22;
export const I32_CONST = 0x41, I32_ADD = 0x6a, I32_SUB = 0x6b, I32_MUL = 0x6c, I32_AND = 0x71, I32_XOR = 0x73;
export const I32_SHL = 0x74, I32_SHR_S = 0x75, I32_ROTL = 0x77, I32_LT_S = 0x48, I32_LT_U = 0x49, I32_EQZ = 0x45;
/** i32.load / i32.store with 4-byte alignment; the offset byte follows. */
export const I32_LOAD_ALIGNED = [0x28, 0x02], I32_STORE_ALIGNED = [0x36, 0x02];
export const F64_LOAD = [0x2b, 0x03, 0x00], F64_STORE = [0x39, 0x03, 0x00], F64_ADD = 0xa0, F64_MUL = 0xa2;
export const BLOCK = 0x02, LOOP = 0x03, IF = 0x04, BR = 0x0c, BR_IF = 0x0d, RETURN = 0x0f, END = 0x0b, VOID = 0x40;

export const get = (local: number): number[] => [LOCAL_GET, local];
export const set = (local: number): number[] => [LOCAL_SET, local];

/** Word k of the scratch at the address in local 0. */
export const loadWord = (k: number): number[] => [...get(0), ...I32_LOAD_ALIGNED, k * 4];
export const storeWord = (k: number, local: number): number[] => [...get(0), ...get(local), ...I32_STORE_ALIGNED, k * 4];

/** The generator's locals: its four state words, the output and a scratch word. */
export interface XoshiroLocals {
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
  readonly s3: number;
  readonly bits: number;
  readonly t: number;
}

/** Reads the state from scratch words 0–3 into the locals. */
export const loadState = ({ s0, s1, s2, s3 }: XoshiroLocals): number[] =>
  [...loadWord(0), ...set(s0), ...loadWord(1), ...set(s1), ...loadWord(2), ...set(s2), ...loadWord(3), ...set(s3)];

/** Writes the locals back to scratch words 0–3. */
export const saveState = ({ s0, s1, s2, s3 }: XoshiroLocals): number[] =>
  [...storeWord(0, s0), ...storeWord(1, s1), ...storeWord(2, s2), ...storeWord(3, s3)];

const xorInto = (target: number, other: number): number[] => [...get(target), ...get(other), I32_XOR, ...set(target)];

/** One step: bits = rotl(s1·5, 7)·9; t = s1 << 9; then the state update, in nextUint32's order. */
export const xoshiroStep = ({ s0, s1, s2, s3, bits, t }: XoshiroLocals): number[] => [
  ...get(s1), I32_CONST, 5, I32_MUL, I32_CONST, 7, I32_ROTL, I32_CONST, 9, I32_MUL, ...set(bits),
  ...get(s1), I32_CONST, 9, I32_SHL, ...set(t),
  ...xorInto(s2, s0), ...xorInto(s3, s1), ...xorInto(s1, s2), ...xorInto(s0, s3), ...xorInto(s2, t),
  ...get(s3), I32_CONST, 11, I32_ROTL, ...set(s3),
];
