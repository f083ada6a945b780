// The engine's WebAssembly kernels in the browser: the page and the fast-forward worker run them
// (index.html grants 'wasm-unsafe-eval') and give the same state, bit for bit, as Node with and
// without the kernels; a policy that refuses the compile falls back to the JavaScript loops with the
// same numbers; and resetting a big level does not pile up WebAssembly memories (each reserves
// gigabytes of address space, so leaked ones would soon make building a level fail).
import type { Page } from 'playwright-core';
import { stepLevel } from '../../../src/app/levelStep';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { setWasmKernelsEnabled } from '../../../src/sim/components/wasmBinary';
import { hashWorldState } from '../../../src/sim/snapshot';
import type { SimWorld } from '../../../src/sim/world/world';
import { assert, levelWith, openPlainLevel, waitForTicks, type TestCase } from '../harness';
import { cspViolations, watchCsp } from './robust';

/** 1000 neurons, 1M synapses: above both kernel thresholds (500 neurons, the synapse minimum). */
const BIG_LEVEL = 'izhikevich-2003';
const COMPARED_TICKS = 1000;

/** Each registered array's FNV-1a hash (as the page's stateArrayHashes hook gives them). */
function arrayHashes(world: SimWorld): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, array] of world.registry.entries()) {
    let hash = 0x811c9dc5;
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    out[name] = (hash >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

/** The level's state after `ticks` ticks from its spawn, stepped in Node as the page steps it. */
function nodeState(ticks: number, kernels: boolean): { hash: string; arrays: Record<string, string> } {
  setWasmKernelsEnabled(kernels);
  try {
    const spawned = spawnLevel(levelWith(BIG_LEVEL));
    if (!spawned.ok) throw new Error(JSON.stringify(spawned.errors));
    const used = spawned.world.neurons.kernelMemory !== undefined && spawned.world.synapses.kernelMemory !== undefined;
    assert(used === kernels, `Node built the world ${used ? 'with' : 'without'} kernel memories, expected ${kernels ? 'with' : 'without'}`);
    for (let i = 0; i < ticks; i++) {
      stepLevel(spawned.world, spawned.run.recorder);
      spawned.world.events.length = 0;
    }
    return { hash: hashWorldState(spawned.world), arrays: arrayHashes(spawned.world) };
  } finally {
    setWasmKernelsEnabled(true);
  }
}

/** The names of the arrays whose hashes differ between the page and another run. */
async function differingArrays(page: Page, other: Record<string, string>): Promise<string> {
  const inPage = await page.evaluate(() => window.__synaptica!.stateArrayHashes());
  const names = [...new Set([...Object.keys(inPage), ...Object.keys(other)])].filter((n) => inPage[n] !== other[n]);
  return `${names.length} arrays differ: ${names.join(', ')}`;
}

/** From where the page has got to: the worker's and the main thread's hashes COMPARED_TICKS later. */
async function pageAndWorker(page: Page, ticks = COMPARED_TICKS): Promise<{ fromTick: number; worker: string; main: string }> {
  const result = await page.evaluate((n) => window.__synaptica!.checkFastForward(n), ticks);
  assert(result.worker.tick === result.fromTick + ticks && result.main.tick === result.worker.tick, `ticks: from ${result.fromTick}, worker ${result.worker.tick}, main ${result.main.tick}`);
  return { fromTick: result.fromTick, worker: result.worker.hash, main: result.main.hash };
}

/** A hash of each Math function's results over 200,000 arguments (runs in the page and in Node). */
function mathProbe(): Record<string, number> {
  const out: Record<string, number> = {};
  const bits = new Float64Array(1);
  const words = new Int32Array(bits.buffer);
  const functions: Array<[string, (x: number) => number]> = [['exp', (x) => Math.exp(x - 40)], ['log', Math.log], ['pow', (x) => Math.pow(x, 1.7)], ['sin', Math.sin], ['sqrt', Math.sqrt]];
  for (const [name, f] of functions) {
    let hash = 0;
    for (let i = 1; i < 200_000; i++) {
      bits[0] = f(i * 0.000731);
      hash = Math.imul(hash ^ words[0], 16777619) ^ words[1];
    }
    out[name] = hash >>> 0;
  }
  return out;
}

const differingMath = (a: Record<string, number>, b: Record<string, number>): string => Object.keys(a).filter((k) => a[k] !== b[k]).join(', ');

/** Counts WebAssembly memories as the page creates them (WeakRefs: after a forced GC only live ones count). */
function countWasmMemories(): void {
  const refs: Array<WeakRef<WebAssembly.Memory>> = [];
  const Original = WebAssembly.Memory;
  // A Proxy whose trap is assigned, not a subclass or a named property: tsx would wrap those in a
  // naming helper (__name) that the page does not have.
  const handler: ProxyHandler<typeof Original> = {};
  handler.construct = (target, args) => {
    const memory = Reflect.construct(target, args) as WebAssembly.Memory;
    refs.push(new WeakRef(memory));
    return memory;
  };
  WebAssembly.Memory = new Proxy(Original, handler);
  (window as unknown as { __wasmMemories(): { created: number; alive: number } }).__wasmMemories = () => ({
    created: refs.length,
    alive: refs.filter((r) => r.deref() !== undefined).length,
  });
}

async function wasmMemories(page: Page): Promise<{ created: number; alive: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  return page.evaluate(() => (window as unknown as { __wasmMemories(): { created: number; alive: number } }).__wasmMemories());
}

export const tests: TestCase[] = [
  {
    name: `wasm kernels: ${BIG_LEVEL} runs them in the page and in the fast-forward worker, bit for bit the same, with no CSP violation`,
    async run(page, url) {
      await watchCsp(page);
      await openPlainLevel(page, url, BIG_LEVEL);
      await waitForTicks(page, 200);
      const used = await page.evaluate(() => window.__synaptica!.wasmKernelsUsed());
      assert(used.integration && used.propagation, `the page did not run its WebAssembly kernels: ${JSON.stringify(used)}`);
      const { fromTick, worker, main } = await pageAndWorker(page);
      assert(worker === main, `the fast-forward worker's state differs from the page's: ${worker} vs ${main}`);
      const violations = await cspViolations(page);
      assert(violations.length === 0, `CSP violations: ${JSON.stringify(violations)}`);
      // Node's V8 and the page's round some Math.exp/log/pow/sin results differently (by an ulp), so
      // a Node run is not the page's run (kernels or not): logged for the record, not compared.
      const probe = await page.evaluate(mathProbe);
      const node = nodeState(fromTick + COMPARED_TICKS, true);
      console.log(`    from tick ${fromTick}: page and worker ${main}, Node ${node.hash}; Math results that differ from Node's: ${differingMath(probe, mathProbe()) || 'none'}`);
    },
  },
  {
    name: `wasm kernels: a policy without 'wasm-unsafe-eval' falls back to the JavaScript loops, bit for bit the kernels' state`,
    async run(page, url) {
      await openPlainLevel(page, url, BIG_LEVEL);
      // In a second tab: the refused compile is logged as a console error, which the runner would
      // count against the test's own page.
      const strict = await page.context().newPage();
      await strict.route((u) => u.pathname === '/' || u.pathname.endsWith('/index.html'), async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        assert(html.includes("script-src 'self' 'wasm-unsafe-eval';"), 'the page grants no wasm-unsafe-eval to take away');
        await route.fulfill({ response, body: html.replace("script-src 'self' 'wasm-unsafe-eval';", "script-src 'self';") });
      });
      await watchCsp(strict);
      await openPlainLevel(strict, url, BIG_LEVEL);
      const policy = await strict.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert(policy !== null && !policy.includes('wasm-unsafe-eval'), `the second tab still grants WebAssembly: ${policy}`);
      await waitForTicks(strict, 200);
      await waitForTicks(page, 200);
      const [withKernels, withoutKernels] = await Promise.all([page, strict].map((p) => p.evaluate(() => window.__synaptica!.wasmKernelsUsed())));
      assert(withKernels.integration && withKernels.propagation, `the first tab did not run its kernels: ${JSON.stringify(withKernels)}`);
      assert(!withoutKernels.integration && !withoutKernels.propagation, `kernels ran although the policy refuses WebAssembly: ${JSON.stringify(withoutKernels)}`);
      const refused = await cspViolations(strict);
      assert(refused.length > 0 && refused.every((v) => v.startsWith('script-src blocked wasm-eval')), `the compile was not refused by the policy: ${JSON.stringify(refused)}`);
      // Both tabs paused at the same tick (each checkFastForward leaves its page paused where it ends).
      let a = await pageAndWorker(page);
      let b = await pageAndWorker(strict);
      const tickA = a.fromTick + COMPARED_TICKS, tickB = b.fromTick + COMPARED_TICKS;
      if (tickA < tickB) a = await pageAndWorker(page, tickB - tickA);
      if (tickB < tickA) b = await pageAndWorker(strict, tickA - tickB);
      console.log(`    at tick ${Math.max(tickA, tickB)}: kernels ${a.main} (worker ${a.worker}), JavaScript loops ${b.main} (worker ${b.worker})`);
      assert(b.worker === b.main, `the strict tab's worker and main thread differ: ${b.worker} vs ${b.main}`);
      assert(a.main === b.main, `the JavaScript fallback's state differs from the kernels': ${b.main} vs ${a.main}; ${await differingArrays(strict, await page.evaluate(() => window.__synaptica!.stateArrayHashes()))}`);
      await strict.close();
    },
  },
  {
    name: `wasm kernels: 12 resets of ${BIG_LEVEL} leave no WebAssembly memories behind and keep the kernels`,
    async run(page, url) {
      await page.addInitScript(countWasmMemories);
      await openPlainLevel(page, url, BIG_LEVEL);
      const reset = async (rounds: number): Promise<void> => {
        for (let i = 0; i < rounds; i++) {
          const before = await page.evaluate(() => (window as unknown as { __wasmMemories(): { created: number } }).__wasmMemories().created);
          await page.locator('#reset').click();
          // The reset has built its world (two new memories) and stepped it (the kernels bind at first use).
          await page.waitForFunction((n) => (window as unknown as { __wasmMemories(): { created: number } }).__wasmMemories().created >= n + 2, before, { timeout: 10_000 });
          await waitForTicks(page, 1);
        }
      };
      await reset(3);
      const after3 = await wasmMemories(page);
      // 9 more: a leak of two memories per reset would leave 18 more alive (the assertion allows none);
      // each reset rebuilds a million synapses (~6 s here), so more rounds only cost CI time.
      await reset(9);
      const after12 = await wasmMemories(page);
      const used = await page.evaluate(() => window.__synaptica!.wasmKernelsUsed());
      console.log(`    WebAssembly memories after 3 resets ${JSON.stringify(after3)}, after 12 ${JSON.stringify(after12)}; kernels ${JSON.stringify(used)}`);
      // Each reset builds two memories (neurons, synapses): the count sees them, so it could see a leak.
      assert(after12.created >= after3.created + 2 * 9, `the resets did not build new kernel memories: ${after3.created} → ${after12.created}`);
      assert(after12.alive <= after3.alive, `live WebAssembly memories grew from ${after3.alive} to ${after12.alive}`);
      assert(after12.alive <= 4, `${after12.alive} WebAssembly memories alive for one running level`);
      assert(used.integration && used.propagation, `after 12 resets the page no longer runs its kernels: ${JSON.stringify(used)}`);
    },
  },
];
