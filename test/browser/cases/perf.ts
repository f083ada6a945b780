// The page at rest and under churn: a paused level sleeps (the whole browser idles), a pause during
// fast-forward shows at once, and switching levels or resetting 30 times leaks no textures, canvases
// or heap.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, openPlainLevel, screenshotSanity, waitForTicks, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/perf/', import.meta.url));
const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** utime + stime (clock ticks) of every Chromium process this test process started (its descendants). */
function chromiumCpuTicks(): { ticks: number; processes: number } {
  const parentOf = new Map<number, number>();
  const stats = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) in parentheses: state ppid … utime(14) stime(15).
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(entry), Number(rest[1]));
      stats.set(Number(entry), stat);
    } catch {
      // The process ended while we looked.
    }
  }
  let ticks = 0;
  let processes = 0;
  for (const [pid, stat] of stats) {
    let ancestor = parentOf.get(pid);
    while (ancestor !== undefined && ancestor > 1 && ancestor !== process.pid) ancestor = parentOf.get(ancestor);
    if (ancestor !== process.pid) continue;
    let command = '';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    } catch {
      continue;
    }
    if (!command.includes('chrom')) continue; // the vite preview server is a descendant too
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(rest[11]) + Number(rest[12]);
    processes++;
  }
  return { ticks, processes };
}

/** Share of one core the whole browser used over `ms` of wall time. */
async function browserCpuShare(page: Page, ms: number): Promise<{ share: number; processes: number }> {
  const before = chromiumCpuTicks();
  const began = process.hrtime.bigint();
  await page.waitForTimeout(ms);
  const after = chromiumCpuTicks();
  const wallS = Number(process.hrtime.bigint() - began) / 1e9;
  return { share: (after.ticks - before.ticks) / clockTicksPerSecond / wallS, processes: after.processes };
}

async function pauseAndSleep(page: Page): Promise<void> {
  await page.locator('#play-pause').click();
  await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 5000 });
  // After a change the page draws for a moment (fades, a last refresh), then stops drawing.
  await page.waitForFunction(() => !window.__synaptica!.frameLoopAwake(), null, { timeout: 5000, polling: 50 });
}

const idleLevels = ['eyeblink-acquisition', 'songbird-tutor'];

/** Counts of what could leak: GPU textures, canvases (in the document, and alive at all) and JS heap. */
async function leakCounts(page: Page): Promise<{ textures: number; texturesFromCanvases: number; canvasesInDocument: number; canvasesAlive: number; heapBytes: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const dom = await page.evaluate(() => ({
    textures: window.__synaptica!.gpuTextures().all,
    texturesFromCanvases: window.__synaptica!.gpuTextures().fromCanvases,
    canvasesInDocument: document.querySelectorAll('canvas').length,
    canvasesAlive: (window as unknown as { __liveCanvases(): number }).__liveCanvases(),
  }));
  return { ...dom, heapBytes: heap.usedSize };
}

/** Counts canvases as they are created (WeakRefs: after a forced GC only the live ones are counted). */
function countCanvases(): void {
  const refs: Array<WeakRef<HTMLCanvasElement>> = [];
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
    const element = create.call(this, tag, options);
    if (element instanceof HTMLCanvasElement) refs.push(new WeakRef(element));
    return element;
  } as typeof Document.prototype.createElement;
  (window as unknown as { __liveCanvases(): number }).__liveCanvases = () => refs.filter((r) => r.deref() !== undefined).length;
}

export const tests: TestCase[] = [
  ...idleLevels.map((id): TestCase => ({
    name: `perf: a paused ${id} sleeps: the whole browser uses < 15% of one core, and wakes on a change`,
    async run(page, url) {
      await openPlainLevel(page, url, id);
      const t0 = await page.evaluate(() => window.__synaptica!.tick());
      await waitForTicks(page, t0 + 1500);
      const running = await browserCpuShare(page, 1500);
      await pauseAndSleep(page);
      const rendersBefore = await page.evaluate(() => window.__synaptica!.renders());
      const idle = await browserCpuShare(page, 3000);
      const rendersAfter = await page.evaluate(() => window.__synaptica!.renders());
      console.log(`    ${id}: browser CPU running ${(100 * running.share).toFixed(1)}% of a core, paused ${(100 * idle.share).toFixed(1)}% (${idle.processes} processes)`);
      assert(idle.processes >= 2, `found ${idle.processes} Chromium processes: the measure cannot see the browser`);
      assert(rendersAfter === rendersBefore, `a sleeping page rendered ${rendersAfter - rendersBefore} frames in 3 s`);
      assert(idle.share < 0.15, `paused, the browser used ${(100 * idle.share).toFixed(1)}% of one core (must be < 15%)`);
      // A paused page must still show its scene.
      mkdirSync(shots, { recursive: true });
      await screenshotSanity(page, `perf-paused-${id}`);
      await page.screenshot({ path: `${shots}paused-${id}.png` });
      // A hover wakes it; a step while paused is drawn.
      const box = await page.locator('#sim-view canvas').boundingBox();
      assert(box, 'no canvas');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
      await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 3 + 10);
      await page.waitForFunction((n) => window.__synaptica!.renders() > n, rendersAfter, { timeout: 2000 });
      await pauseAndSleepAgain(page);
      const tick = await page.evaluate(() => window.__synaptica!.tick());
      await page.locator('#step').click();
      await page.waitForFunction((want) => Number(document.getElementById('sim-view')?.dataset.simTicks) === want, tick + 1, { timeout: 2000 });
      await page.waitForFunction(() => !window.__synaptica!.frameLoopAwake(), null, { timeout: 5000, polling: 50 });
    },
  })),
  // eyeblink-acquisition fast-forwards to its end in a few seconds: the longer eyeblink level runs on.
  ...['eyeblink-extinction-savings', 'songbird-tutor'].map((id): TestCase => ({
    name: `perf: pause during fast-forward (${id}) shows and stops advancing within 100 ms`,
    async run(page, url) {
      await openPlainLevel(page, url, id);
      await page.locator('#play-pause').focus();
      await page.keyboard.press('3');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'fastForward', null, { timeout: 20_000 });
      const started = await page.evaluate(() => window.__synaptica!.tick());
      // Two chunks in: the worker is in full swing.
      await page.waitForFunction((t) => window.__synaptica!.tick() > t, started, { timeout: 30_000, polling: 20 });
      const t1 = await page.evaluate(() => window.__synaptica!.tick());
      await page.waitForFunction((t) => window.__synaptica!.tick() > t, t1, { timeout: 30_000, polling: 20 });
      // From the page's click handler to the moment the button, the status line and the mode say
      // paused. Before the handler runs the click may wait for the main thread: in this software-GL
      // browser each WebGL frame is read back synchronously (hundreds of ms on a loaded machine); that
      // wait is logged, not asserted, as the page's code cannot shorten it (it only draws when a chunk came).
      await page.evaluate(() => {
        const debug = window.__synaptica!;
        const button = document.getElementById('play-pause') as HTMLButtonElement;
        const status = document.getElementById('status-state')!;
        const probe = { clickAt: Number.NaN, handledAt: Number.NaN, shownAt: Number.NaN, tickAtShown: -1 };
        (window as unknown as { __pauseProbe: typeof probe }).__pauseProbe = probe;
        // The click (at the button's release: Play/Pause acts on click); a press held down is no delay of the page's.
        window.addEventListener('click', (e) => {
          if (e.target === button && Number.isNaN(probe.clickAt)) { probe.clickAt = e.timeStamp; probe.handledAt = performance.now(); }
        }, { capture: true });
        const observer = new MutationObserver(() => {
          if (!Number.isNaN(probe.shownAt) || Number.isNaN(probe.clickAt)) return;
          if (button.getAttribute('aria-pressed') === 'false' && /paused/i.test(status.textContent ?? '') && debug.mode() === 'paused') {
            probe.shownAt = performance.now();
            probe.tickAtShown = debug.tick();
          }
        });
        observer.observe(button, { attributes: true });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      await page.locator('#play-pause').click();
      // Then it must not move on: a chunk that arrives late is not applied.
      await page.waitForTimeout(700);
      const result = await page.evaluate(() => {
        const probe = (window as unknown as { __pauseProbe: { clickAt: number; handledAt: number; shownAt: number; tickAtShown: number } }).__pauseProbe;
        const debug = window.__synaptica!;
        return { queuedMs: probe.handledAt - probe.clickAt, shownMs: probe.shownAt - probe.handledAt, tickAtShown: probe.tickAtShown, tickLater: debug.tick(), drawnLater: Number(document.getElementById('sim-view')?.dataset.simTicks), mode: debug.mode() };
      });
      console.log(`    ${id}: paused shown after ${result.shownMs.toFixed(0)} ms (the click waited ${result.queuedMs.toFixed(0)} ms for the main thread) at tick ${result.tickAtShown}; 700 ms later tick ${result.tickLater}`);
      assert(result.shownMs <= 100, `the pause showed after ${result.shownMs.toFixed(0)} ms (must be ≤ 100 ms)`);
      assert(result.tickLater === result.tickAtShown, `the world moved on after the pause: tick ${result.tickAtShown} → ${result.tickLater}`);
      assert(result.drawnLater === result.tickLater, `the canvas shows tick ${result.drawnLater}, the world is at ${result.tickLater}`);
      assert(result.mode === 'paused', `mode is ${result.mode}`);
    },
  })),
  {
    name: 'perf: 30 level switches and resets leave GPU textures, canvases and JS heap flat',
    async run(page, url) {
      await page.addInitScript(countCanvases);
      await openPlainLevel(page, url, 'songbird-tutor');
      const ids = ['songbird-tutor', 'eyeblink-acquisition', 'dopamine-acquisition'];
      let round = 0;
      /** One round: a switch to the next level (every third round a reset instead), drawn for a few frames. */
      const churn = async (rounds: number): Promise<void> => {
        for (let i = 0; i < rounds; i++, round++) {
          if (round % 3 === 2) {
            await page.locator('#reset').click();
          } else {
            const id = ids[(round + 1) % ids.length];
            // As a plain level (the level menu would open a chapter level behind its card, paused).
            await page.evaluate((want) => window.__synaptica!.openLevel(want, false), id);
            await page.waitForFunction((want) => window.__synaptica!.levelId() === want, id, { timeout: 10_000 });
          }
          const tick = await page.evaluate(() => window.__synaptica!.tick());
          await page.waitForFunction((t) => window.__synaptica!.tick() > t + 50 && Number(document.getElementById('sim-view')?.dataset.simTicks) > t + 50, tick, { timeout: 10_000 });
        }
      };
      const settle = async (): Promise<Awaited<ReturnType<typeof leakCounts>>> => {
        // Same place each time: the songbird level (the spectrograms' textures), paused and drawn.
        if ((await page.evaluate(() => window.__synaptica!.levelId())) !== 'songbird-tutor') {
          await page.evaluate(() => window.__synaptica!.openLevel('songbird-tutor', false));
          await page.waitForFunction(() => window.__synaptica!.levelId() === 'songbird-tutor' && window.__synaptica!.tick() > 50, null, { timeout: 10_000 });
        }
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.waitForTimeout(500);
        return leakCounts(page);
      };
      await churn(3);
      const after3 = await settle();
      await churn(27);
      const after30 = await settle();
      console.log(`    after 3: ${JSON.stringify(after3)}\n    after 30: ${JSON.stringify(after30)}`);
      // Textures made from the page's canvases (spectrograms, circuit dots and glow): exactly flat.
      // All textures: Pixi's text labels (a texture per distinct string and style, released by its own
      // collector after a minute unused) vary with what the plots show: 133–134 → 136–139 measured in
      // runs after the fix; a leak of one scene's textures per switch would add dozens.
      assert(after30.texturesFromCanvases === after3.texturesFromCanvases, `textures from the page's canvases: ${after3.texturesFromCanvases} → ${after30.texturesFromCanvases}`);
      assert(after30.textures <= after3.textures + 8, `GPU textures grew from ${after3.textures} to ${after30.textures}`);
      assert(after30.canvasesInDocument === after3.canvasesInDocument, `canvases in the document: ${after3.canvasesInDocument} → ${after30.canvasesInDocument}`);
      assert(after30.canvasesAlive <= after3.canvasesAlive + 2, `live canvases grew from ${after3.canvasesAlive} to ${after30.canvasesAlive}`);
      // Heap: before the scenes' Graphics contexts were destroyed it grew ~300 KB a round (8.5 MB from
      // round 3 to 30). 4 MB leaves room for what still grows without being a per-scene leak: JIT code
      // (~0.8 MB between rounds 15 and 33 in a heap snapshot), Pixi's pools holding their last
      // batches, and what the songbird level has recorded when measured (2.0–3.1 MB measured).
      assert(after30.heapBytes <= after3.heapBytes + 4 * 1024 * 1024, `JS heap grew from ${(after3.heapBytes / 1048576).toFixed(1)} MB to ${(after30.heapBytes / 1048576).toFixed(1)} MB`);
    },
  },
];

async function pauseAndSleepAgain(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__synaptica!.frameLoopAwake(), null, { timeout: 5000, polling: 50 });
}
