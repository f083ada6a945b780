/**
 * Which JavaScript engine's Math a run was made with. ECMAScript leaves Math.exp, log, pow, sin, cos
 * and log1p "implementation-approximated": V8, SpiderMonkey and JavaScriptCore (and V8 versions among
 * themselves) round some results differently by an ulp, and the model's integration follows them, so
 * a replay is bit-exact only on an engine whose Math gives the same results. The fingerprint hashes
 * those functions' results over fixed arguments (the ranges the models use), computed where it runs:
 * two engines with the same fingerprint give the same results for these arguments, and in practice
 * the same replay; two with different ones cannot replay each other's runs bit for bit.
 */

/**
 * How many arguments each function is probed at, spread over the range the wasm-kernels browser case
 * probes with 200 000 (where it found Node's and Chromium's ulp differences): engines that round
 * differently do so at a fair share of arguments, so 30 000 find them, in a few ms on a quiet machine.
 */
const ARGUMENTS_PER_FUNCTION = 30_000;
const STEP = (0.000731 * 200_000) / ARGUMENTS_PER_FUNCTION;

/** The functions the models call whose results engines may round differently (sqrt is exact by IEEE 754, so left out). */
const PROBED: ReadonlyArray<readonly [string, (x: number) => number]> = [
  ['exp', (x) => Math.exp(x - 40)],
  ['log', (x) => Math.log(x)],
  ['pow', (x) => Math.pow(x, 1.7)],
  ['sin', (x) => Math.sin(x)],
  ['cos', (x) => Math.cos(x * 3.1)],
  ['log1p', (x) => Math.log1p(x - 0.9)],
];

let memo: string | null = null;

/** 8 hex digits: FNV-1a over the bits of every probed result, in a fixed order. Computed once per page. */
export function mathFingerprint(): string {
  if (memo !== null) return memo;
  const bits = new Float64Array(1);
  const words = new Int32Array(bits.buffer);
  let hash = 0x811c9dc5;
  for (const [, f] of PROBED) {
    for (let i = 1; i <= ARGUMENTS_PER_FUNCTION; i++) {
      bits[0] = f(i * STEP);
      hash = Math.imul(hash ^ words[0], 0x01000193);
      hash = Math.imul(hash ^ words[1], 0x01000193);
    }
  }
  memo = (hash >>> 0).toString(16).padStart(8, '0');
  return memo;
}
