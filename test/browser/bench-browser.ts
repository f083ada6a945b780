// npm run bench:browser — the page's performance in headless Chromium (a benchmark, not a test):
//  - main-thread JS per frame with the largest built-in level at normal speed (median over 10 s of the
//    page's own frame callback: stepping + drawing the scene, measured with performance.now());
//  - the same for the busiest scenes (songbird-tutor, eyeblink-acquisition), with Pixi's render: the
//    frame's whole main-thread time, median and p95;
//  - fast-forward speed (simulated time per wall time, as the page sees it: worker steps, snapshot
//    transfer and restore into the page's world) for the songbird and eyeblink levels;
//  - first-load JavaScript (gzipped) from dist/, and when the level menu became usable.
// Prints a table; `-- --json` prints JSON.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readLevelAssets } from '../../src/cli/readLevelAssets';
import { loadLevel } from '../../src/levels/loadLevel';
import { spawnLevel } from '../../src/levels/spawnLevel';
import { chromiumArgs, chromiumPath, ensureChromium } from './chromium';
import { buildSite, startPreview } from './server';

const root = fileURLToPath(new URL('../../', import.meta.url));
const viewport = { width: 1280, height: 800 };

/** The built-in level with the most synapses (then neurons). */
function largestLevel(): { id: string; neurons: number; synapses: number } {
  let best = { id: '', neurons: 0, synapses: -1 };
  for (const file of readdirSync(`${root}levels`).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))) {
    const loaded = loadLevel(readFileSync(`${root}levels/${file}`, 'utf8'));
    if (!loaded.ok) continue;
    const assets = readLevelAssets(loaded.level, `${root}levels/${file}`);
    if (assets.errors.length > 0) continue;
    const spawned = spawnLevel(loaded.level, { assets: assets.assets });
    if (!spawned.ok) continue;
    const size = { id: file.replace(/\.json$/, ''), neurons: spawned.world.neurons.count, synapses: spawned.world.synapses.count };
    if (size.synapses > best.synapses || (size.synapses === best.synapses && size.neurons > best.neurons)) best = size;
  }
  return best;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[sorted.length >> 1];
}

/**
 * Opens a level for free play through the page's hook (the welcome is dismissed; the level menu or a
 * ?level= link would show a chapter level's campaign cards first) and waits until it runs.
 */
async function openThroughMenu(page: Page, url: string, id: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('#level-select[data-ready="true"]');
  await page.evaluate((want) => window.__synaptica!.openLevel(want, false), id);
  await page.waitForFunction((want) => window.__synaptica?.levelId() === want && window.__synaptica.tick() > 0, id, { timeout: 30_000 });
}

interface FrameCost {
  /** The page's frame callback (stepping + drawing the scene): median and p95. */
  medianMs: number;
  p95Ms: number;
  stepMedianMs: number;
  /** The frame's whole main-thread time: frame callback plus Pixi's render, median and p95. */
  withRenderMedianMs: number;
  withRenderP95Ms: number;
  frames: number;
  simSecondsPerSecond: number;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN;
}

async function frameCost(browser: Browser, url: string, id: string): Promise<FrameCost> {
  const page = await browser.newPage({ viewport });
  await openThroughMenu(page, url, id);
  await page.waitForTimeout(1500); // warm-up (JIT, first uploads)
  const result = await page.evaluate(async () => {
    const debug = window.__synaptica!;
    debug.frameMs.length = 0;
    debug.stepMs.length = 0;
    debug.frameWithRenderMs.length = 0;
    const tick0 = debug.tick();
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, 10_000));
    return { frames: [...debug.frameMs], steps: [...debug.stepMs], withRender: [...debug.frameWithRenderMs], ticks: debug.tick() - tick0, wallMs: performance.now() - t0 };
  });
  await page.close();
  const dtMs = 1; // both candidates run at dt 1 ms; reported as sim s per wall s below
  return {
    medianMs: median(result.frames),
    stepMedianMs: median(result.steps),
    withRenderMedianMs: median(result.withRender),
    withRenderP95Ms: p95(result.withRender),
    p95Ms: p95(result.frames),
    frames: result.frames.length,
    simSecondsPerSecond: (result.ticks * dtMs) / result.wallMs,
  };
}

async function fastForwardSpeed(browser: Browser, url: string, id: string): Promise<{ speed: number; simSeconds: number; wallSeconds: number }> {
  const page = await browser.newPage({ viewport });
  await openThroughMenu(page, url, id);
  await page.locator('#play-pause').focus();
  const start = await page.evaluate(() => ({ tick: window.__synaptica!.tick(), at: performance.now() }));
  await page.keyboard.press('3');
  // Until the level ends or 8 s have passed.
  const end = await page.evaluate(async () => {
    const debug = window.__synaptica!;
    const began = performance.now();
    await new Promise((r) => setTimeout(r, 300));
    while (debug.mode() === 'fastForward' && performance.now() - began < 8000) await new Promise((r) => setTimeout(r, 50));
    return { tick: debug.tick(), at: performance.now() };
  });
  const dtMs = await page.evaluate(() => Number(document.getElementById('status-time')?.textContent?.replace(' s', '')) * 1000 / Math.max(1, window.__synaptica!.tick()));
  await page.close();
  const simSeconds = ((end.tick - start.tick) * dtMs) / 1000;
  const wallSeconds = (end.at - start.at) / 1000;
  return { speed: simSeconds / wallSeconds, simSeconds, wallSeconds };
}

async function menuReady(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  await page.waitForSelector('#level-select[data-ready="true"]', { timeout: 30_000 });
  const readyAtMs = Number(await page.locator('#level-select').getAttribute('data-ready-at-ms'));
  await page.close();
  return readyAtMs;
}

/** Gzipped sizes of the JavaScript the first load fetches (entry + modulepreloads) and of the worker. */
function bundleSizes(): { firstLoadGzipKb: number; firstLoadRawKb: number; files: Array<{ file: string; gzipKb: number }>; workerGzipKb: number } {
  const html = readFileSync(`${root}dist/index.html`, 'utf8');
  const firstLoad = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const files = firstLoad.map((file) => {
    const data = readFileSync(`${root}dist/${file}`);
    return { file, raw: data.length, gzipKb: gzipSync(data, { level: 9 }).length / 1024 };
  });
  const worker = readdirSync(`${root}dist/assets`).find((f) => f.startsWith('fastForwardWorker') && f.endsWith('.js'));
  return {
    firstLoadGzipKb: files.reduce((sum, f) => sum + f.gzipKb, 0),
    firstLoadRawKb: files.reduce((sum, f) => sum + f.raw, 0) / 1024,
    files: files.map(({ file, gzipKb }) => ({ file, gzipKb })),
    workerGzipKb: worker ? gzipSync(readFileSync(`${root}dist/assets/${worker}`), { level: 9 }).length / 1024 : Number.NaN,
  };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  ensureChromium();
  buildSite();
  const largest = largestLevel();
  const preview = await startPreview();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const menuMs = await menuReady(browser, preview.url);
    const frame = await frameCost(browser, preview.url, largest.id);
    // The busiest scenes: the songbird's spectrograms and bird, the eyeblink's traces and eye.
    const songbirdFrame = await frameCost(browser, preview.url, 'songbird-tutor');
    const eyeblinkFrame = await frameCost(browser, preview.url, 'eyeblink-acquisition');
    const songbird = await fastForwardSpeed(browser, preview.url, 'songbird-tutor');
    const eyeblink = await fastForwardSpeed(browser, preview.url, 'eyeblink-acquisition');
    const eyeblinkLong = await fastForwardSpeed(browser, preview.url, 'eyeblink-extinction-savings');
    const bundles = bundleSizes();
    const rows: Array<[string, string, string, boolean]> = [
      [`main-thread JS per frame, ${largest.id} (${largest.neurons} neurons, ${largest.synapses} synapses) at 1×, median of ${frame.frames} frames over 10 s`, `${frame.medianMs.toFixed(2)} ms (stepping ${frame.stepMedianMs.toFixed(2)} ms of it; with Pixi's render ${frame.withRenderMedianMs.toFixed(2)} ms; p95 ${frame.p95Ms.toFixed(1)} ms; sim ran ${frame.simSecondsPerSecond.toFixed(2)}× real time)`, '≤ 8 ms', frame.medianMs <= 8],
      ...([['songbird-tutor', songbirdFrame], ['eyeblink-acquisition', eyeblinkFrame]] as const).map(([id, f]): [string, string, string, boolean] => [
        `main-thread time per frame (frame callback + Pixi's render), ${id} at 1×, ${f.frames} frames over 10 s`,
        `median ${f.withRenderMedianMs.toFixed(2)} ms, p95 ${f.withRenderP95Ms.toFixed(2)} ms (frame callback alone: median ${f.medianMs.toFixed(2)} ms, p95 ${f.p95Ms.toFixed(2)} ms; stepping ${f.stepMedianMs.toFixed(2)} ms)`,
        '≤ 8 ms (median)', f.withRenderMedianMs <= 8,
      ]),
      ['fast-forward, songbird-tutor', `${songbird.speed.toFixed(0)}× real time (${songbird.simSeconds.toFixed(0)} sim s in ${songbird.wallSeconds.toFixed(1)} s)`, '≥ 20×', songbird.speed >= 20],
      ['fast-forward, eyeblink-acquisition', `${eyeblink.speed.toFixed(0)}× real time (${eyeblink.simSeconds.toFixed(0)} sim s in ${eyeblink.wallSeconds.toFixed(1)} s)`, '≥ 50×', eyeblink.speed >= 50],
      ['fast-forward, eyeblink-extinction-savings (longer: steady state)', `${eyeblinkLong.speed.toFixed(0)}× real time (${eyeblinkLong.simSeconds.toFixed(0)} sim s in ${eyeblinkLong.wallSeconds.toFixed(1)} s)`, '≥ 50×', eyeblinkLong.speed >= 50],
      ['first-load JavaScript, gzipped', `${bundles.firstLoadGzipKb.toFixed(1)} KB (${bundles.firstLoadRawKb.toFixed(0)} KB raw; worker ${bundles.workerGzipKb.toFixed(1)} KB gz, loaded after the level starts)`, '≤ 400 KB', bundles.firstLoadGzipKb <= 400],
      ['level menu usable after navigation', `${menuMs.toFixed(0)} ms`, '≤ 3000 ms', menuMs <= 3000],
    ];
    if (json) {
      console.log(JSON.stringify({ largest, frame, songbirdFrame, eyeblinkFrame, songbird, eyeblink, eyeblinkLong, bundles, menuMs }, null, 2));
    } else {
      console.log('| measure | value | target | met |\n|---|---|---|---|');
      for (const [what, value, target, met] of rows) console.log(`| ${what} | ${value} | ${target} | ${met ? 'yes' : 'no'} |`);
    }
  } finally {
    await browser.close();
    await preview.stop();
  }
}

await main();
