// End-to-end smoke tests in real headless Chromium: build, serve dist/ with vite preview, load the
// page, let the sim run, and look at the pixels. Run with `npm run test:browser`.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { awardStars } from '../../src/levels/campaign/stars';
import { loadLevel } from '../../src/levels/loadLevel';
import { applyPlayerSetting } from '../../src/levels/playerSettings';
import { runLevel } from '../../src/levels/runLevel';
import type { Level } from '../../src/levels/schema/level';
import { populationColors, plotColors } from '../../src/render/palette';
import { chromiumArgs, chromiumPath, ensureChromium } from './chromium';
import { decodePng, type RgbaImage } from './png';
import { buildSite, startPreview, type Preview } from './server';

const screenshotDir = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));
const runtimeShots = fileURLToPath(new URL('../../test-output/runtime/', import.meta.url));
const chapterShots = fileURLToPath(new URL('../../test-output/helperA/', import.meta.url));
const viewport = { width: 1280, height: 800 };

interface TestCase {
  name: string;
  run(page: Page, url: string): Promise<void>;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function simTicks(page: Page): Promise<number> {
  return Number(await page.locator('#sim-view').getAttribute('data-sim-ticks'));
}

/** Waits until the sim has advanced past `minTicks` ticks. */
async function waitForTicks(page: Page, minTicks: number, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(
    (min) => Number(document.getElementById('sim-view')?.dataset.simTicks ?? 0) > min,
    minTicks,
    { timeout: timeoutMs, polling: 100 },
  );
}

function colorDistance(data: Uint8Array, i: number, rgb: number): number {
  return Math.abs(data[i] - ((rgb >> 16) & 255)) + Math.abs(data[i + 1] - ((rgb >> 8) & 255)) + Math.abs(data[i + 2] - (rgb & 255));
}

/** Pixels within the rectangle whose colour is near one of `colors`. */
function countPixelsNear(image: RgbaImage, rect: { x: number; y: number; width: number; height: number }, colors: readonly number[]): number {
  let count = 0;
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(image.width, Math.ceil(rect.x + rect.width));
  const y1 = Math.min(image.height, Math.ceil(rect.y + rect.height));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      if (colors.some((c) => colorDistance(image.data, i, c) < 60)) count++;
    }
  }
  return count;
}

function distinctColors(image: RgbaImage, rect: { x: number; y: number; width: number; height: number }): number {
  const seen = new Set<number>();
  for (let y = Math.floor(rect.y); y < Math.min(image.height, rect.y + rect.height); y++) {
    for (let x = Math.floor(rect.x); x < Math.min(image.width, rect.x + rect.width); x++) {
      const i = (y * image.width + x) * 4;
      seen.add((image.data[i] << 16) | (image.data[i + 1] << 8) | image.data[i + 2]);
    }
  }
  return seen.size;
}

/** Presses Tab until the element with this id (or matching this selector) has focus, at most `max` times. */
async function tabTo(page: Page, idOrSelector: string, max = 30): Promise<void> {
  const selector = /^[\w-]+$/.test(idOrSelector) ? `#${idOrSelector}` : idOrSelector;
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((want) => document.activeElement?.matches(want) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Chooses a level in the menu with the keyboard: Tab to it, then arrow keys. */
async function chooseLevelByKeyboard(page: Page, id: string): Promise<void> {
  await tabTo(page, 'level-select');
  const values = await page.locator('#level-select option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const target = values.indexOf(id);
  assert(target >= 0, `the level menu has no option for ${id}`);
  // Arrow keys on the closed menu (each step loads that level, as for a player scrolling through).
  let current = values.indexOf(await page.locator('#level-select').inputValue());
  while (current !== target) {
    await page.keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
    current += current < target ? 1 : -1;
  }
  await page.waitForFunction((want) => (document.getElementById('level-select') as HTMLSelectElement).value === want, id, { timeout: 5000 });
  await page.waitForFunction(() => document.getElementById('status-state')?.textContent !== 'Loading…', null, { timeout: 10_000 });
}

/**
 * Opens a level as a plain level through the level menu (a ?level= link to a chapter's level opens it
 * as a campaign level, with its cards), and waits until the page draws its first frames.
 */
async function openPlainLevel(page: Page, url: string, id: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('#level-select[data-ready="true"]');
  await page.selectOption('#level-select', id);
  // The shortcuts ignore keys while the menu has focus.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForFunction(
    (want) => window.__synaptica!.levelId() === want && Number(document.getElementById('sim-view')?.dataset.simTicks ?? -1) === window.__synaptica!.tick(),
    id,
    { timeout: 10_000, polling: 50 },
  );
}

/** A built-in level with player settings applied, as the page's sliders would set them. */
function levelWith(id: string, settings: Record<string, number> = {}): Level {
  const loaded = loadLevel(readFileSync(new URL(`../../levels/${id}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(`${id}: ${JSON.stringify(loaded.errors)}`);
  let level = loaded.level;
  for (const [path, value] of Object.entries(settings)) {
    const set = applyPlayerSetting(level, path, value);
    if (!set.ok) throw new Error(`${id} ${path}: ${JSON.stringify(set.errors)}`);
    level = set.level;
  }
  return level;
}

/** Trials (or seconds) used and stars of a headless run that stops when the goal is met (runLevel stopWhenGoalMet). */
function headlessGoal(id: string, settings: Record<string, number> = {}): { used: number; unit: string; stars: number } {
  const level = levelWith(id, settings);
  const out = runLevel(level, { stopWhenGoalMet: true });
  if (!out.ok) throw new Error(`${id}: ${JSON.stringify(out.errors)}`);
  assert(out.result.stopReason === 'goal', `${id}: the headless run never met its goal (${out.result.stopReason})`);
  const award = awardStars(level, out.result);
  return { used: award.used, unit: award.unit, stars: award.stars };
}

/** The canvas is drawn: many colours, not all background; returns the decoded screenshot and canvas box. */
async function screenshotSanity(page: Page, name: string): Promise<{ image: RgbaImage; canvas: { x: number; y: number; width: number; height: number } }> {
  const box = await page.locator('#sim-view canvas').boundingBox();
  assert(box && box.width > 300 && box.height > 200, `canvas is missing or tiny: ${JSON.stringify(box)}`);
  mkdirSync(runtimeShots, { recursive: true });
  const image = decodePng(await page.screenshot({ path: `${runtimeShots}${name}.png` }));
  const canvas = { x: box.x, y: box.y, width: box.width, height: box.height };
  const colours = distinctColors(image, canvas);
  assert(colours > 20, `${name}: the canvas looks blank (${colours} distinct colours)`);
  const background = countPixelsNear(image, canvas, [plotColors.background, plotColors.plotArea]);
  // Sparse levels (two neurons) leave most of the plot area empty: the regions are checked per scene.
  assert(background < canvas.width * canvas.height * 0.995, `${name}: the canvas is ${((100 * background) / (canvas.width * canvas.height)).toFixed(1)}% background`);
  return { image, canvas };
}

/** JSON with object keys sorted, to compare records whose key order may differ (a validated reload reorders them). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
    : v));
}

/** One level of each kind, played with the keyboard only until an objective is met (fast-forward allowed). */
const levelKinds: Array<{ kind: string; id: string; objective?: string; action?: string }> = [
  { kind: 'dopamine', id: 'dopamine-acquisition' },
  { kind: 'eyeblink', id: 'eyeblink-acquisition' },
  // The lesson: lesion LMAN first (a player action, by keyboard), then the song stops varying.
  { kind: 'songbird', id: 'songbird-lman-lesion', objective: 'invariant', action: '.songbird-toggle:first-child' },
  { kind: 'plasticity', id: 'stdp-pairing' },
];

const tests: TestCase[] = [
  ...['eyeblink-acquisition', 'songbird-tutor'].map((id): TestCase => ({
    name: `fast-forward in the real Web Worker equals main-thread stepping (${id}, 4000 ticks)`,
    async run(page, url) {
      await openPlainLevel(page, url, id);
      await waitForTicks(page, 700);
      const result = await page.evaluate((ticks) => window.__synaptica!.checkFastForward(ticks), 4000);
      assert(result.worker.tick === result.fromTick + 4000, `the worker stopped at ${result.worker.tick}, not ${result.fromTick + 4000}`);
      assert(result.worker.tick === result.main.tick, 'worker and main thread ended at different ticks');
      assert(result.worker.hash === result.main.hash, `state hash differs: worker ${result.worker.hash}, main thread ${result.main.hash}`);
      assert(result.worker.trials === result.main.trials, 'trial records differ between the worker and the main thread');
      assert(JSON.parse(result.main.trials).length > 0, 'no trial ended in the compared span');
    },
  })),
  ...levelKinds.map(({ kind, id, objective, action }): TestCase => ({
    name: `${kind}: chosen and played with the keyboard until an objective is met`,
    async run(page, url) {
      await page.goto(url);
      await page.waitForSelector('#level-select[data-ready="true"]');
      await chooseLevelByKeyboard(page, id);
      if (action) {
        await tabTo(page, action, 80);
        await page.keyboard.press('Enter');
        await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'true', action, { timeout: 5000 });
      }
      await tabTo(page, 'play-pause', 80);
      await page.keyboard.press('3');
      const metSelector = objective ? `#objectives-list li[data-objective="${objective}"][data-met="true"]` : '#objectives-list li[data-met="true"]';
      await page.waitForSelector(metSelector, { timeout: 90_000 });
      const met = await page.locator(metSelector).first().textContent();
      assert(met?.includes('met'), `the met objective does not say so: "${met}"`);
      await page.keyboard.press('Space'); // pause (stops fast-forward) so the screenshot is steady
      await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 10_000 });
      const counts = await page.evaluate(() => window.__synaptica!.eventCounts());
      assert((counts.trialEnded ?? 0) > 0, `no trialEnded events: ${JSON.stringify(counts)}`);
      const trialsText = Number(await page.locator('#status-trials').textContent());
      assert(trialsText === counts.trialEnded, `the status shows ${trialsText} trials, the recorder ${counts.trialEnded}`);
      assert(new URL(page.url()).searchParams.get('level') === id, 'the URL does not name the chosen level');
      await page.waitForTimeout(300);
      const { image, canvas } = await screenshotSanity(page, `e2e-${kind}`);
      const sceneName = await page.locator('#sim-view').getAttribute('data-scene');
      if (sceneName !== 'plots') {
        // The scene fills the top of the canvas above the plots.
        const sceneArea = { x: canvas.x, y: canvas.y, width: canvas.width, height: canvas.height * 0.5 };
        const colours = distinctColors(image, sceneArea);
        assert(colours > 30, `${kind}: the ${sceneName} scene looks blank (${colours} colours)`);
        const bg = countPixelsNear(image, sceneArea, [plotColors.background, plotColors.plotArea]);
        assert(bg < sceneArea.width * sceneArea.height * 0.995, `${kind}: the ${sceneName} scene is ${((100 * bg) / (sceneArea.width * sceneArea.height)).toFixed(1)}% background`);
      }
      const raster = (await page.locator('#sim-view').getAttribute('data-raster-rect'))?.split(',').map(Number);
      if (raster?.length === 4) {
        const rect = { x: canvas.x + raster[0], y: canvas.y + raster[1], width: raster[2], height: raster[3] };
        assert(countPixelsNear(image, rect, populationColors) > 4, `${kind}: no spikes drawn in the raster`);
        const weights = (await page.locator('#sim-view').getAttribute('data-weights-rect'))?.split(',').map(Number);
        if (weights?.length === 4) {
          const w = { x: canvas.x + weights[0], y: canvas.y + weights[1], width: weights[2], height: weights[3] };
          assert(countPixelsNear(image, w, [plotColors.histogramBar]) > 30, `${kind}: no weight histogram drawn`);
        }
      }
    },
  })),
  {
    name: 'sound is requested through howler: tone and puff (eyeblink), songs (songbird)',
    async run(page, url) {
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await page.waitForFunction(() => {
        const log = window.__synapticaSoundLog ?? [];
        return log.some((e) => e.name === 'tone') && log.some((e) => e.name === 'puff');
      }, null, { timeout: 20_000, polling: 200 });
      const captions = await page.locator('#captions').textContent();
      assert(captions?.includes('tone'), `no caption for the tone: "${captions}"`);
      await openPlainLevel(page, url, 'songbird-tutor');
      await page.waitForFunction(() => (window.__synapticaSoundLog ?? []).some((e) => e.name.startsWith('song:last')), null, { timeout: 20_000, polling: 200 });
      await page.getByRole('button', { name: 'Tutor' }).press('Enter');
      await page.waitForFunction(() => (window.__synapticaSoundLog ?? []).some((e) => e.name === 'song:tutor'), null, { timeout: 5000, polling: 100 });
    },
  },
  {
    name: 'switching songs quickly while the AudioContext is suspended (plays pending, WAVs decoding) raises no errors',
    async run(page, url) {
      await openPlainLevel(page, url, 'songbird-tutor');
      await page.waitForFunction(() => (window.__synapticaSoundLog ?? []).some((e) => e.name.startsWith('song:last')), null, { timeout: 20_000, polling: 200 });
      // Each press replaces the song before its WAV has decoded; howler must not play a queued sound
      // on an unloaded Howl when the decoding ends (runTest fails on console and page errors).
      await page.getByRole('button', { name: 'Tutor' }).press('Enter');
      // A suspended AudioContext (howler suspends it after 30 s of silence) holds each play() until it
      // resumes; a song replaced meanwhile must not be unloaded under that pending play.
      await page.evaluate(async () => {
        const howler = (window as unknown as { Howler?: { ctx?: AudioContext; state?: string } }).Howler;
        if (!howler?.ctx) throw new Error('howler has no AudioContext');
        await howler.ctx.suspend();
        howler.state = 'suspended'; // what howler's own auto-suspend leaves behind
      });
      await page.evaluate(() => {
        const buttons = [...document.querySelectorAll('button')].filter((b) => ['Tutor', 'Last rendition', 'Best rendition'].includes(b.textContent?.trim() ?? ''));
        for (let i = 0; i < 12; i++) buttons[i % buttons.length].click();
      });
      await page.waitForTimeout(1500);
      const songs = await page.evaluate(() => (window.__synapticaSoundLog ?? []).filter((e) => e.name === 'song:tutor' || e.name === 'song:best').length);
      assert(songs >= 4, `expected the tutor and best songs to be requested, got ${songs} requests`);
    },
  },
  {
    name: 'time controls from the keyboard: pause, step tick, step trial, step back, speeds, reset, help',
    async run(page, url) {
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await waitForTicks(page, 2000);
      await page.keyboard.press('Space');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'paused');
      const paused = await simTicks(page);
      await page.keyboard.press('.');
      await page.waitForTimeout(100);
      assert((await simTicks(page)) === paused + 1, "'.' did not step exactly one tick");
      const trials = await page.evaluate(() => window.__synaptica!.trials());
      await page.keyboard.press('t');
      await page.waitForFunction((n) => window.__synaptica!.trials() === n + 1 && window.__synaptica!.mode() === 'paused', trials, { timeout: 10_000 });
      const afterTrial = await simTicks(page);
      await page.keyboard.press(',');
      await page.waitForTimeout(100);
      const back = await simTicks(page);
      assert(back < afterTrial && back >= afterTrial - 1000, `',' stepped from ${afterTrial} to ${back}`);
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(100);
      assert((await simTicks(page)) < back, 'Backspace did not step further back');
      assert((await page.evaluate(() => window.__synaptica!.trials())) <= trials + 1, 'the recorder did not step back with the world');
      // Slow: 0.25× real time is about 250 ticks per wall second at dt 1 ms.
      await page.keyboard.press('1');
      await page.keyboard.press('Space');
      const slowFrom = await simTicks(page);
      await page.waitForTimeout(1000);
      const slowTicks = (await simTicks(page)) - slowFrom;
      assert(slowTicks > 100 && slowTicks < 450, `slow ran ${slowTicks} ticks in 1 s`);
      await page.keyboard.press('2');
      await page.keyboard.press('r');
      await page.waitForTimeout(200);
      assert((await simTicks(page)) < 600, 'r did not reset the level');
      await page.keyboard.press('?');
      assert(await page.locator('#help-dialog').isVisible(), '? did not open the help');
      assert((await page.locator('#help-keys tr').count()) >= 10, 'the help lists too few shortcuts');
      await page.keyboard.press('Tab');
      assert(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), 'focus left the help dialog');
      await page.keyboard.press('Escape');
      assert(!(await page.locator('#help-dialog').isVisible()), 'Esc did not close the help');
    },
  },
  {
    name: 'player actions send commands within the level ranges',
    async run(page, url) {
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await waitForTicks(page, 10);
      const isi = page.locator('[data-action="setIsiMs"] input[type="number"]');
      await isi.fill('99999');
      await isi.press('Enter');
      assert((await isi.inputValue()) === '5000', `ISI not clamped to 5000: ${await isi.inputValue()}`);
      await page.locator('[data-action="inactivate:nucleus"] button').press('Enter');
      await page.waitForFunction(() => (window.__synaptica!.eventCounts().commandApplied ?? 0) >= 2, null, { timeout: 5000 });
      const pressed = await page.locator('[data-action="inactivate:nucleus"] button').getAttribute('aria-pressed');
      assert(pressed === 'true', 'the inactivate toggle is not pressed');
    },
  },
  {
    name: 'the page boots a level in WebGL and the simulation advances',
    async run(page, url) {
      await page.goto(url);
      await waitForTicks(page, 0);
      const first = await simTicks(page);
      await waitForTicks(page, first + 10);
      const renderer = await page.locator('#sim-view').getAttribute('data-renderer');
      assert(renderer === 'webgl', `expected the WebGL renderer, got ${renderer}`);
      assert(await page.title() === 'Synaptica', 'page title is not Synaptica');
      const options = await page.locator('#level-select option').count();
      assert(options > 0, 'the level picker lists no levels');
      assert(await page.locator('#level-errors').isHidden(), 'the level error box is showing');
      const state = await page.locator('#status-state').textContent();
      assert(state?.startsWith('Running'), `status says "${state}" instead of Running`);
    },
  },
  {
    name: 'the canvas shows a spike raster with dots and a weight histogram',
    async run(page, url) {
      // The busiest built-in level, so the raster has spikes within a second.
      await page.goto(`${url}?level=izhikevich-2003`);
      await page.waitForFunction(() => Number(document.getElementById('sim-view')?.dataset.spikesDrawn ?? 0) > 20, null, {
        timeout: 20_000,
        polling: 100,
      });
      // Let the histogram refresh at least once after the first spikes.
      await page.waitForTimeout(400);
      const canvas = await page.locator('#sim-view canvas').boundingBox();
      assert(canvas && canvas.width > 300 && canvas.height > 200, `canvas is missing or tiny: ${JSON.stringify(canvas)}`);
      const raster = (await page.locator('#sim-view').getAttribute('data-raster-rect'))?.split(',').map(Number) ?? [];
      assert(raster.length === 4, 'the page does not report where the raster is');
      mkdirSync(screenshotDir, { recursive: true });
      const png = await page.screenshot({ path: `${screenshotDir}smoke.png` });
      const image = decodePng(png);

      const canvasRect = { x: canvas.x, y: canvas.y, width: canvas.width, height: canvas.height };
      const colours = distinctColors(image, canvasRect);
      assert(colours > 20, `the canvas looks blank: only ${colours} distinct colours`);
      const background = countPixelsNear(image, canvasRect, [plotColors.background, plotColors.plotArea]);
      const total = canvas.width * canvas.height;
      assert(background < total * 0.97, `the canvas is ${((100 * background) / total).toFixed(1)}% background`);

      const rasterRect = { x: canvas.x + raster[0], y: canvas.y + raster[1], width: raster[2], height: raster[3] };
      const dotPixels = countPixelsNear(image, rasterRect, populationColors);
      assert(dotPixels > 40, `found only ${dotPixels} raster-dot pixels in the raster area`);

      const weights = (await page.locator('#sim-view').getAttribute('data-weights-rect'))?.split(',').map(Number) ?? [];
      assert(weights.length === 4, 'the page does not report where the weight histogram is');
      const weightsRect = { x: canvas.x + weights[0], y: canvas.y + weights[1], width: weights[2], height: weights[3] };
      const bars = countPixelsNear(image, weightsRect, [plotColors.histogramBar]);
      assert(bars > 100, `found only ${bars} histogram-bar pixels in the weight histogram`);
    },
  },
  {
    name: 'an unknown ?level id shows a warning and falls back to the first level',
    async run(page, url) {
      await page.goto(`${url}?level=no-such-level-42`);
      await waitForTicks(page, 0);
      const warning = page.locator('#level-warning');
      assert(await warning.isVisible(), 'no warning is shown for an unknown level');
      const text = (await warning.textContent()) ?? '';
      assert(text.includes('no-such-level-42'), `the warning does not name the level: "${text}"`);
      const selected = await page.locator('#level-select').inputValue();
      const first = await page.locator('#level-select option').first().getAttribute('value');
      assert(selected === first, `fell back to "${selected}" instead of the first level "${first}"`);
    },
  },
  {
    name: 'play/pause works from the keyboard',
    async run(page, url) {
      await page.goto(url);
      await waitForTicks(page, 0);
      const button = page.locator('#play-pause');
      await button.focus();
      await page.keyboard.press('Space');
      assert((await button.getAttribute('aria-pressed')) === 'false', 'Space on the focused button did not pause');
      await page.waitForTimeout(100);
      const paused = await simTicks(page);
      await page.waitForTimeout(400);
      assert((await simTicks(page)) === paused, 'the sim kept running while paused');
      await page.locator('#step').press('Enter');
      await page.waitForTimeout(100);
      assert((await simTicks(page)) === paused + 1, 'Step did not advance exactly one tick');
      await button.press('Enter');
      assert((await button.getAttribute('aria-pressed')) === 'true', 'Enter on the button did not resume');
      await waitForTicks(page, paused + 10);
    },
  },
  {
    name: 'campaign: a level from the menu by keyboard (intro card, result card with stars), progress survives a reload, export then import round-trips, a broken file is refused',
    async run(page, url) {
      await page.goto(url);
      await page.waitForSelector('#level-select[data-ready="true"]');
      // The menu opens from the keyboard; Tab reaches the level; Enter opens it with its intro card (paused).
      await tabTo(page, 'campaign-open');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#campaign-dialog[open]');
      await tabTo(page, '[data-level="stdp-pairing"]', 60);
      const before = await page.locator('[data-level="stdp-pairing"]').getAttribute('data-completed');
      assert(before === 'false', `a fresh browser already shows stdp-pairing completed (${before})`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused', 'the level runs behind its intro card');
      assert(await page.evaluate(() => document.activeElement?.id) === 'level-intro-start', 'Start does not have focus on the intro card');
      await page.keyboard.press('Escape'); // Esc closes the card and goes on, as Start does
      // A level with a question before the start asks it now (paused): pick the second choice by keyboard.
      await page.waitForFunction(() => document.querySelector('#prediction-dialog[open]') !== null || window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
      const predicted = (await page.locator('#prediction-dialog[open]').count()) > 0;
      if (predicted) {
        assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused', 'the level runs behind its prediction question');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        // stdp-pairing has a slider: after the question it waits at its first tick for the player's setup.
        await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
        assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused' && await page.evaluate(() => window.__synaptica!.tick()) === 0, 'a level with sliders started before the player could set them');
      }
      await page.keyboard.press('3');
      await page.waitForSelector('#level-result-dialog[open]', { timeout: 90_000 });
      const stars = Number(await page.locator('#level-result-stars').getAttribute('data-stars'));
      assert(stars >= 1 && stars <= 3, `the result card shows ${stars} stars`);
      if (predicted) {
        const shown = await page.locator('.level-card-predictions li').count();
        assert(shown === 1, `the result card shows ${shown} predictions, not the one made`);
      }
      mkdirSync(runtimeShots, { recursive: true });
      await page.screenshot({ path: `${runtimeShots}campaign-result-card.png` });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
      await page.evaluate(() => window.__synaptica!.flushProgress());
      const saved = await page.evaluate(() => window.__synaptica!.progress());
      if (predicted) {
        const made = saved.predictions.filter((p) => p.levelId === 'stdp-pairing');
        assert(made.length === 1 && made[0].outcome !== undefined && typeof made[0].correct === 'boolean', `the prediction and its outcome are not in the progress: ${JSON.stringify(saved.predictions)}`);
      }
      assert(saved.levels['stdp-pairing']?.completed === true && saved.levels['stdp-pairing'].bestStars === stars, `progress after the level: ${JSON.stringify(saved)}`);
      // Stopped at the trial end where the goal was met: the same trials as a headless stopWhenGoalMet run.
      const headless = headlessGoal('stdp-pairing');
      assert(saved.levels['stdp-pairing'].trialsUsed === headless.used, `trials used: page ${saved.levels['stdp-pairing'].trialsUsed}, headless ${headless.used}`);
      assert(stars === headless.stars, `stars: page ${stars}, headless ${headless.stars}`);

      await page.reload();
      await page.waitForSelector('#level-select[data-ready="true"]');
      // The URL names the campaign level: it opens with its intro card and question again (Esc skips both).
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      await page.keyboard.press('Escape');
      if (predicted) {
        await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
        await page.keyboard.press('Escape');
      }
      // stdp-pairing has a slider: it waits, paused at its first tick, for the player's setup.
      await page.waitForFunction(() => !document.querySelector('dialog[open]') && window.__synaptica!.mode() === 'paused' && window.__synaptica!.tick() === 0, null, { timeout: 5000 });
      const reloaded = await page.evaluate(() => window.__synaptica!.progress());
      assert(canonicalJson(reloaded) === canonicalJson(saved), `progress after a reload differs: ${JSON.stringify(reloaded)} vs ${JSON.stringify(saved)}`);
      await page.click('#campaign-open');
      await page.waitForSelector('[data-level="stdp-pairing"][data-completed="true"]');
      assert(await page.locator('[data-level="stdp-pairing"]').getAttribute('data-stars') === String(stars), 'the menu does not show the stars earned');

      // Export: a download holding the same progress.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#progress-export')]);
      const chunks: Buffer[] = [];
      for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
      const exported = Buffer.concat(chunks).toString('utf8');
      assert(JSON.parse(exported).levels['stdp-pairing'].completed === true, `the exported file lacks the level: ${exported.slice(0, 200)}`);

      // A broken file names the problem and changes nothing.
      const hostile = JSON.stringify({ kind: 'synaptica-progress', version: 1, levels: { 'stdp-pairing': { bestStars: 99, attempts: 0, failures: 0, trialsUsed: 0, completed: true } }, predictions: [] });
      await page.setInputFiles('#progress-import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
      await page.waitForFunction(() => document.getElementById('campaign-status')?.textContent?.includes('not imported') ?? false, null, { timeout: 5000 });
      const message = await page.locator('#campaign-status').textContent();
      assert(message?.includes('levels.stdp-pairing.bestStars'), `the refusal does not name the field: "${message}"`);
      await page.evaluate(() => window.__synaptica!.flushProgress());
      assert(canonicalJson(await page.evaluate(() => window.__synaptica!.progress())) === canonicalJson(saved), 'a refused file changed the progress');

      // Import into a fresh browser (new context, empty IndexedDB): the same progress, also after a reload.
      const fresh = await page.context().browser()!.newContext({ viewport, deviceScaleFactor: 1 });
      try {
        const other = await fresh.newPage();
        await other.goto(url);
        await other.waitForSelector('#level-select[data-ready="true"]');
        assert(Object.keys((await other.evaluate(() => window.__synaptica!.progress())).levels).length === 0, 'a new browser context starts with progress');
        await other.click('#campaign-open');
        await other.setInputFiles('#progress-import-file', { name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
        await other.waitForFunction(() => document.getElementById('campaign-status')?.textContent?.startsWith('Imported') ?? false, null, { timeout: 5000 });
        await other.waitForSelector('[data-level="stdp-pairing"][data-completed="true"]');
        await other.evaluate(() => window.__synaptica!.flushProgress());
        await other.reload();
        await other.waitForSelector('#level-select[data-ready="true"]');
        const imported = await other.evaluate(() => window.__synaptica!.progress());
        assert(canonicalJson(imported) === canonicalJson(saved), `imported progress differs: ${JSON.stringify(imported)}`);
      } finally {
        await fresh.close();
      }
      await page.screenshot({ path: `${runtimeShots}campaign-menu-after-reload.png` });
    },
  },
];

/** Chapter 1 played from the menu: the sliders each level needs (by keyboard) and what they set. */
const chapterOne: Array<{ id: string; sliders: Array<{ path: string; key: 'End' | 'Home'; value: number }> }> = [
  { id: 'spike-threshold', sliders: [{ path: 'stimuli.electrode.amplitudePa', key: 'End', value: 20 }] },
  { id: 'spike-types', sliders: [{ path: 'neuronTypes.tunable.a', key: 'End', value: 0.1 }, { path: 'neuronTypes.tunable.d', key: 'Home', value: 2 }] },
  // The chapter's sandbox has an objective (a steady rhythm), so it completes like a level.
  { id: 'izhikevich-2003', sliders: [] },
];

const chapterTest: TestCase = {
  name: 'campaign: chapter 1 played from the menu by keyboard (intro, prediction, sliders, result card, Next … sandbox); trials used equal headless; progress survives a reload',
  async run(page, url) {
    mkdirSync(chapterShots, { recursive: true });
    const shot = (name: string): Promise<Buffer> => page.screenshot({ path: `${chapterShots}${name}.png` });
    const mode = (): Promise<string> => page.evaluate(() => window.__synaptica!.mode());
    await page.goto(url);
    await page.waitForSelector('#level-select[data-ready="true"]');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'playing');
    // c opens the menu and pauses the level behind it.
    await page.keyboard.press('c');
    await page.waitForSelector('#campaign-dialog[open]');
    assert(await mode() === 'paused', 'the level runs behind the campaign menu');
    await tabTo(page, `[data-level="${chapterOne[0].id}"]`, 60);
    await page.keyboard.press('Enter');
    const expected: Record<string, { used: number; unit: string; stars: number }> = {};
    const pausedAt: Record<string, number> = {};
    for (const [i, step] of chapterOne.entries()) {
      const level = levelWith(step.id);
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      assert(await page.evaluate(() => window.__synaptica!.levelId()) === step.id, `Next did not open ${step.id}`);
      assert(await mode() === 'paused' && await page.evaluate(() => window.__synaptica!.tick()) === 0, `${step.id} runs behind its intro card`);
      const introText = (await page.locator('#level-intro-dialog').textContent()) ?? '';
      assert(introText.includes((level.lesson?.intro ?? '').slice(0, 40)), `${step.id}: the intro card lacks the lesson intro: "${introText.slice(0, 120)}"`);
      if (i === 0) await shot('chapter1-1-intro');
      await page.keyboard.press('Enter'); // Start has focus
      const question = level.lesson?.predictions?.find((p) => p.askedBefore === 'start');
      if (question) {
        await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
        const legend = (await page.locator('#prediction-dialog legend').textContent()) ?? '';
        assert(legend === question.question, `${step.id}: the question reads "${legend}"`);
        // Focus is on the first choice: arrows move to the answer (Space picks the first).
        if (question.answer === 0) await page.keyboard.press('Space');
        for (let k = 0; k < question.answer; k++) await page.keyboard.press('ArrowDown');
        if (i === 0) await shot('chapter1-2-prediction');
        await page.keyboard.press('Enter');
      }
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
      if ((level.playerParameters ?? []).length > 0) {
        // A level with sliders waits at its first tick after the questions, so the player sets it up
        // before any trial runs; then fast-forward. The whole run has the headless run's settings.
        await page.waitForTimeout(300);
        assert(await mode() === 'paused', `${step.id} started before the player could set its sliders`);
        pausedAt[step.id] = await page.evaluate(() => window.__synaptica!.tick());
        assert(pausedAt[step.id] === 0, `${step.id} ran ${pausedAt[step.id]} ticks before the setup`);
      } else {
        await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
      }
      if (step.sliders.length > 0) {
        for (const slider of step.sliders) {
          const selector = `[data-action="param:${slider.path}"] input[type="range"]`;
          await tabTo(page, selector, 120);
          await page.keyboard.press(slider.key);
          const value = Number(await page.locator(selector).inputValue());
          assert(Math.abs(value - slider.value) < 1e-9, `${step.id}: ${slider.path} is ${value}, not ${slider.value}`);
        }
      }
      await page.keyboard.press('3');
      await page.waitForSelector('#level-result-dialog[open]', { timeout: 60_000 });
      const settings = Object.fromEntries(step.sliders.map((sl) => [sl.path, sl.value]));
      const headless = headlessGoal(step.id, settings);
      expected[step.id] = headless;
      const stars = Number(await page.locator('#level-result-stars').getAttribute('data-stars'));
      const goal = await page.evaluate(() => window.__synaptica!.goal());
      assert(goal !== null && goal.used === headless.used && goal.unit === headless.unit, `${step.id}: the page met its goal after ${goal?.used} ${goal?.unit}, headless after ${headless.used} ${headless.unit} (sliders set at tick ${pausedAt[step.id]})`);
      assert(await page.evaluate(() => window.__synaptica!.tick()) === goal.tick, `${step.id}: the page ran past the tick where the goal was met`);
      assert(stars === headless.stars, `${step.id}: the card shows ${stars} stars, the headless run earns ${headless.stars}`);
      const card = (await page.locator('#level-result-dialog').textContent()) ?? '';
      const usedText = `${headless.used} ${headless.used === 1 ? headless.unit.replace(/s$/, '') : headless.unit}`;
      assert(card.includes(usedText), `${step.id}: the card does not say "${usedText}": ${card.slice(0, 200)}`);
      if (question) assert((await page.locator('.level-card-predictions li[data-correct="true"]').count()) === 1, `${step.id}: the card does not show the right prediction`);
      if (i === 0 || i === chapterOne.length - 1) await shot(`chapter1-3-result-${step.id}`);
      // Close the card, back to normal speed for the next level's first moments, reopen it, press Next.
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
      await page.keyboard.press('2');
      assert(await page.locator('input[name="speed"][value="normal"]').isChecked(), `2 did not choose normal speed (focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))})`);
      if (i === chapterOne.length - 1) break;
      await tabTo(page, 'lesson-result', 120);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#level-result-dialog[open]');
      assert(await page.evaluate(() => document.activeElement?.id) === 'level-result-next', 'Next does not have focus on the result card');
      await page.keyboard.press('Enter');
    }

    // The menu shows the chapter done, with its stars; the progress survives a reload.
    await page.evaluate(() => window.__synaptica!.flushProgress());
    const saved = await page.evaluate(() => window.__synaptica!.progress());
    for (const { id } of chapterOne) {
      const entry = saved.levels[id];
      assert(entry?.completed === true && entry.bestStars === expected[id].stars && entry.trialsUsed === expected[id].used, `${id} in the progress: ${JSON.stringify(entry)} (expected ${JSON.stringify(expected[id])})`);
    }
    const answered = saved.predictions.filter((p) => ['spike-threshold', 'spike-types'].includes(p.levelId));
    assert(answered.length === 2 && answered.every((p) => p.outcome !== undefined && p.correct === true), `predictions in the progress: ${JSON.stringify(saved.predictions)}`);
    await page.reload();
    await page.waitForSelector('#level-select[data-ready="true"]');
    const reloaded = await page.evaluate(() => window.__synaptica!.progress());
    assert(canonicalJson(reloaded) === canonicalJson(saved), `progress after a reload differs: ${JSON.stringify(reloaded)} vs ${JSON.stringify(saved)}`);
    await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 10_000 });
    await page.keyboard.press('c');
    await page.waitForSelector('#campaign-dialog[open]');
    for (const { id } of chapterOne) {
      const item = page.locator(`[data-level="${id}"]`);
      assert(await item.getAttribute('data-completed') === 'true' && await item.getAttribute('data-stars') === String(expected[id].stars), `the menu after a reload shows ${id} as ${await item.getAttribute('data-completed')}, ${await item.getAttribute('data-stars')} stars`);
    }
    await shot('chapter1-4-menu-after-reload');
    // Closing the menu plays the level again.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
  },
};

const linksAndDialogsTest: TestCase = {
  name: 'a ?level= link to a chapter level opens it as from the campaign (intro, question), teacher notes as text, help and menu pause the level; a sandbox link plays at once',
  async run(page, url) {
    await page.goto(`${url}?level=spike-threshold`);
    await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
    assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused' && await page.evaluate(() => window.__synaptica!.tick()) === 0, 'the linked level runs behind its intro card');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
    await page.keyboard.press('Escape'); // skip the question
    // The level has a slider: it waits at its first tick for the setup, until Play.
    await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
    assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused' && await page.evaluate(() => window.__synaptica!.tick()) === 0, 'the linked level with a slider started before the setup');
    await page.locator('#play-pause').press('Enter');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
    const notes = page.locator('#teacher-notes');
    assert(await notes.isVisible(), 'no teacher notes for a level that has them');
    assert(await notes.locator('summary').textContent() === 'For teachers', 'the disclosure is not labelled "For teachers"');
    await notes.locator('summary').click();
    const text = (await page.locator('#teacher-notes-text').textContent()) ?? '';
    assert(text.includes('Izhikevich (2003)'), `the teacher notes read "${text.slice(0, 80)}"`);
    assert(await page.locator('#teacher-notes-text *:not(p)').count() === 0, 'the teacher notes hold markup other than paragraphs');
    mkdirSync(chapterShots, { recursive: true });
    await page.screenshot({ path: `${chapterShots}teacher-notes.png` });
    await page.locator('#play-pause').focus();
    await page.keyboard.press('?');
    await page.waitForSelector('#help-dialog[open]');
    assert(await page.locator('#help-keys').textContent().then((t) => t?.includes('campaign menu')), 'the help does not list c');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 5000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
    await page.keyboard.press('c');
    await page.waitForSelector('#campaign-dialog[open]');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 5000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
    await page.goto(`${url}?level=izhikevich-2003`);
    await waitForTicks(page, 50);
    assert(await page.locator('dialog[open]').count() === 0, 'a sandbox link opened a card');
  },
};

const sketchTest: TestCase = {
  name: 'sketch prediction: drawn with the pointer before dopamine-acquisition runs, scored at the goal, shown beside the actual curve, kept in the progress',
  async run(page, url) {
    await page.goto(`${url}?level=dopamine-acquisition`);
    await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
    await page.keyboard.press('Escape');
    // The multiple-choice question first (skipped), then the sketch.
    await page.waitForSelector('#prediction-dialog[open] input[type="radio"]', { timeout: 5000 });
    await page.keyboard.press('Escape');
    await page.waitForSelector('#prediction-dialog[open] svg.sketch-pad', { timeout: 5000 });
    assert(await page.locator('#prediction-commit').isDisabled(), 'Commit is enabled before anything was drawn');
    // A stroke low on the left rising to high on the right, with the mouse.
    const box = await page.locator('#prediction-dialog svg.sketch-pad').boundingBox();
    assert(box !== null, 'the sketch pad has no box');
    const at = (fx: number, fy: number): [number, number] => [box.x + fx * box.width, box.y + fy * box.height];
    await page.mouse.move(...at(0.12, 0.8));
    await page.mouse.down();
    for (let k = 1; k <= 20; k++) await page.mouse.move(...at(0.12 + 0.84 * (k / 20), 0.8 - 0.65 * Math.min(1, (k / 20) * 1.6)));
    await page.mouse.up();
    const live = (await page.locator('#prediction-dialog .sketch-live').textContent()) ?? '';
    assert(/Hz/.test(live), `the pad does not describe the curve in words: "${live}"`);
    mkdirSync(chapterShots, { recursive: true });
    await page.screenshot({ path: `${chapterShots}sketch-pad.png` });
    await page.click('#prediction-commit');
    await page.waitForFunction(() => !document.querySelector('dialog[open]') && window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
    await page.keyboard.press('3');
    await page.waitForSelector('#level-result-dialog[open]', { timeout: 60_000 });
    const actual = await page.locator('#level-result-dialog polyline.sketch-line-actual').getAttribute('points');
    const drawn = await page.locator('#level-result-dialog polyline.sketch-line-player').getAttribute('points');
    assert((actual ?? '').trim().split(/\s+/).length >= 5 && (drawn ?? '').trim().split(/\s+/).length === 10, `the result figure lacks a curve: actual "${actual}", sketch "${drawn}"`);
    await page.screenshot({ path: `${chapterShots}sketch-result.png` });
    await page.evaluate(() => window.__synaptica!.flushProgress());
    const saved = await page.evaluate(() => window.__synaptica!.progress());
    const record = saved.predictions.find((p) => p.levelId === 'dopamine-acquisition' && p.questionId === 'cueCurve');
    assert(record !== undefined && record.sketch?.length === 10 && typeof record.score === 'number' && typeof record.correct === 'boolean', `the sketch and its score are not in the progress: ${JSON.stringify(saved.predictions)}`);
    assert(record.sketch[0] < record.sketch[9], `the saved sketch does not rise: ${JSON.stringify(record.sketch)}`);
  },
};

const trialTimedQuestionTest: TestCase = {
  name: 'a question timed to trial 301 (eyeblink-extinction-savings) stops fast-forward after exactly 300 trials, and fast-forward resumes after the answer',
  async run(page, url) {
    await page.goto(`${url}?level=eyeblink-extinction-savings`);
    await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
    await page.keyboard.press('Escape'); // the start question, skipped
    await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
    await page.keyboard.press('3');
    await page.waitForSelector('#prediction-dialog[open] svg.sketch-pad', { timeout: 120_000 });
    const trials = await page.evaluate(() => window.__synaptica!.trials());
    assert(trials === 300, `the question before trial 301 was asked after ${trials} trials`);
    assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused', 'the level runs behind the question');
    // Draw by keyboard: the last two points high (relearning at the end), then Enter commits.
    await page.locator('#prediction-dialog svg.sketch-pad').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('dialog[open]') && window.__synaptica!.mode() === 'fastForward', null, { timeout: 5000 });
    await page.waitForSelector('#level-result-dialog[open]', { timeout: 120_000 });
    assert(await page.locator('#level-result-dialog polyline.sketch-line-actual').count() === 1, 'the result card does not show the relearning curve');
  },
};

const settingsTest: TestCase = {
  name: 'settings: mute, volume and slow speed are saved with the progress (IndexedDB, not localStorage) and come back after a reload; fast-forward does not',
  async run(page, url) {
    await page.goto(url);
    await page.waitForSelector('#level-select[data-ready="true"]');
    await page.locator('.sound-mute').click();
    const volume = page.locator('.sound-volume input[type="range"]');
    await volume.focus();
    await page.keyboard.press('Home');
    for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowRight');
    const chosenVolume = await volume.inputValue();
    await page.keyboard.press('Tab');
    await page.keyboard.press('1');
    assert(await page.locator('input[name="speed"][value="slow"]').isChecked(), '1 did not choose slow speed');
    await page.evaluate(() => window.__synaptica!.flushProgress());
    const saved = await page.evaluate(() => window.__synaptica!.progress().settings);
    assert(saved.muted === true && saved.speed === 'slow' && Math.abs((saved.volume ?? -1) * 100 - Number(chosenVolume)) < 1e-6, `settings in the progress: ${JSON.stringify(saved)} (volume slider ${chosenVolume})`);
    assert(await page.evaluate(() => window.localStorage.length) === 0, 'settings were written to localStorage');
    await page.reload();
    await page.waitForSelector('#level-select[data-ready="true"]');
    assert(await page.locator('.sound-mute').getAttribute('aria-pressed') === 'true', 'mute did not survive the reload');
    assert(await volume.inputValue() === chosenVolume, `volume after the reload: ${await volume.inputValue()}, chosen ${chosenVolume}`);
    assert(await page.locator('input[name="speed"][value="slow"]').isChecked(), 'slow speed did not survive the reload');
    await page.keyboard.press('3');
    await page.evaluate(() => window.__synaptica!.flushProgress());
    await page.reload();
    await page.waitForSelector('#level-select[data-ready="true"]');
    assert(await page.locator('input[name="speed"][value="normal"]').isChecked(), 'fast-forward was restored at load (or normal was not chosen instead)');
  },
};

async function runTest(browser: Browser, url: string, test: TestCase): Promise<string | null> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  try {
    await test.run(page, url);
    if (consoleErrors.length > 0) return `console errors:\n    ${consoleErrors.join('\n    ')}`;
    return null;
  } catch (error) {
    const extra = consoleErrors.length > 0 ? `\n    console errors:\n    ${consoleErrors.join('\n    ')}` : '';
    return `${error instanceof Error ? error.message : String(error)}${extra}`;
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  let preview: Preview | null = null;
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  try {
    ensureChromium();
    buildSite();
    preview = await startPreview();
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
    // BROWSER_TEST_FILTER=<text> runs only the tests whose name contains it (for working on one).
    const filter = process.env.BROWSER_TEST_FILTER;
    for (const test of [...tests, chapterTest, linksAndDialogsTest, sketchTest, trialTimedQuestionTest, settingsTest].filter((t) => !filter || t.name.includes(filter))) {
      const testStarted = Date.now();
      const failure = await runTest(browser, preview.url, test);
      const took = `(${((Date.now() - testStarted) / 1000).toFixed(1)} s)`;
      if (failure === null) {
        passed++;
        console.log(`  ✓ ${test.name} ${took}`);
      } else {
        failed++;
        console.log(`  ✗ ${test.name} ${took}\n    ${failure}`);
      }
    }
  } catch (error) {
    failed++;
    console.error(`browser tests could not run: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await preview?.stop();
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`browser: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

process.exitCode = await main();
