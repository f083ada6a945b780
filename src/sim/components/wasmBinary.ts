/**
 * Just enough of the WebAssembly binary format to write the engine's small kernels out by hand
 * (no toolchain in the build): a module of one function type, one imported memory ("m", "memory")
 * and exported functions. Kernels compile synchronously, which browsers allow for modules < 4 KB.
 */

export function leb128(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

function section(id: number, content: number[]): number[] {
  return [id, ...leb128(content.length), ...content];
}

const name = (text: string): number[] => [text.length, ...Array.from(text, (ch) => ch.charCodeAt(0))];

export const I32 = 0x7f, F64 = 0x7c, V128 = 0x7b;

export interface WasmFunction {
  exportName: string;
  params: number[];
  /** Result types (none when absent). */
  results?: number[];
  /** Local declarations (count, type pairs, already encoded) followed by the code and its final END. */
  body: number[];
}

/** A module whose functions import the memory "m"."memory". */
export function wasmModuleBytes(functions: WasmFunction[]): Uint8Array<ArrayBuffer> {
  const types = functions.flatMap((f) => [0x60, ...leb128(f.params.length), ...f.params, ...leb128(f.results?.length ?? 0), ...(f.results ?? [])]);
  const exports = functions.flatMap((f, i) => [...name(f.exportName), 0x00, i]);
  const bodies = functions.flatMap((f) => [...leb128(f.body.length), ...f.body]);
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [functions.length, ...types]),
    ...section(2, [0x01, ...name('m'), ...name('memory'), 0x02, 0x00, 0x01]), // imported memory, ≥ 1 page
    ...section(3, [functions.length, ...functions.map((_, i) => i)]),
    ...section(7, [functions.length, ...exports]),
    ...section(10, [functions.length, ...bodies]),
  ]);
}

/**
 * On wherever WebAssembly exists: Node, the page (index.html's Content-Security-Policy grants
 * 'wasm-unsafe-eval', which allows compiling WebAssembly and nothing else) and the fast-forward
 * worker. Where a compile is refused all the same (a stricter policy, no SIMD), compileWasm returns
 * null and the engine runs its JavaScript loops, which give the same numbers. Only big networks
 * compile at all (the size thresholds in neurons.ts and buildWorld.ts), so small levels never ask.
 */
let kernelsEnabled = typeof WebAssembly === 'object';

/**
 * Turns the WebAssembly kernels on or off for worlds built afterwards: the tests build the same
 * network both ways and compare every state array, bit for bit.
 */
export function setWasmKernelsEnabled(enabled: boolean): void {
  kernelsEnabled = enabled;
}

export function wasmKernelsEnabled(): boolean {
  return kernelsEnabled;
}

/**
 * The compiled module, or null where WebAssembly (or the SIMD the bytes use) is unavailable or a
 * page's Content-Security-Policy forbids compiling it (no 'wasm-unsafe-eval'): the engine then runs
 * its JavaScript loops, which give the same numbers.
 */
export function compileWasm(bytes: Uint8Array<ArrayBuffer>): WebAssembly.Module | null {
  if (typeof WebAssembly !== 'object' || !WebAssembly.validate(bytes)) return null;
  try {
    return new WebAssembly.Module(bytes);
  } catch {
    return null;
  }
}
