// Shared helpers of the browser tests (test/browser/cases/*.ts): waiting for the sim, reading pixels,
// moving focus by keyboard, and the headless runs the page must agree with.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { awardStars } from '../../src/levels/campaign/stars';
import { loadLevel } from '../../src/levels/loadLevel';
import { applyPlayerSetting } from '../../src/levels/playerSettings';
import { runLevel } from '../../src/levels/runLevel';
import type { Level } from '../../src/levels/schema/level';
import { plotColors } from '../../src/render/palette';
import { decodePng, type RgbaImage } from './png';

export const screenshotDir = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));
export const runtimeShots = fileURLToPath(new URL('../../test-output/runtime/', import.meta.url));
export const chapterShots = fileURLToPath(new URL('../../test-output/helperA/', import.meta.url));
export const viewport = { width: 1280, height: 800 };

export interface TestCase {
  name: string;
  run(page: Page, url: string): Promise<void>;
  /**
   * The site's service worker precaches all of it on a first visit; every other case blocks it so
   * that work is not repeated in each fresh context (test/browser/cases/offline.ts tests it).
   */
  serviceWorkers?: 'allow' | 'block';
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export async function simTicks(page: Page): Promise<number> {
  return Number(await page.locator('#sim-view').getAttribute('data-sim-ticks'));
}

/** Waits until the sim has advanced past `minTicks` ticks. */
export async function waitForTicks(page: Page, minTicks: number, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(
    (min) => Number(document.getElementById('sim-view')?.dataset.simTicks ?? 0) > min,
    minTicks,
    { timeout: timeoutMs, polling: 100 },
  );
}

export function colorDistance(data: Uint8Array, i: number, rgb: number): number {
  return Math.abs(data[i] - ((rgb >> 16) & 255)) + Math.abs(data[i + 1] - ((rgb >> 8) & 255)) + Math.abs(data[i + 2] - (rgb & 255));
}

/** Pixels within the rectangle whose colour is near one of `colors`. */
export function countPixelsNear(image: RgbaImage, rect: { x: number; y: number; width: number; height: number }, colors: readonly number[]): number {
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

export function distinctColors(image: RgbaImage, rect: { x: number; y: number; width: number; height: number }): number {
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
export async function tabTo(page: Page, idOrSelector: string, max = 30): Promise<void> {
  const selector = /^[\w-]+$/.test(idOrSelector) ? `#${idOrSelector}` : idOrSelector;
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((want) => document.activeElement?.matches(want) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Chooses a level in the menu with the keyboard: Tab to it, then arrow keys (the page opens the level
 * the player settles on). A chapter's level then shows its intro card (see passLevelCards).
 */
export async function chooseLevelByKeyboard(page: Page, id: string): Promise<void> {
  await tabTo(page, 'level-select');
  const values = await page.locator('#level-select option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const target = values.indexOf(id);
  assert(target >= 0, `the level menu has no option for ${id}`);
  // Arrow keys on the closed menu; nothing is chosen behind the welcome (value ""), so the first press picks the first level.
  let current = values.indexOf(await page.locator('#level-select').inputValue());
  if (current < 0) {
    await page.keyboard.press('ArrowDown');
    current = 0;
  }
  while (current !== target) {
    await page.keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
    current += current < target ? 1 : -1;
  }
  await page.waitForFunction((want) => (document.getElementById('level-select') as HTMLSelectElement).value === want, id, { timeout: 5000 });
  await page.waitForFunction((want) => window.__synaptica!.levelId() === want && document.getElementById('status-state')?.textContent !== 'Loading…', id, { timeout: 10_000 });
}

/**
 * Goes through a campaign level's cards by keyboard as a player would: Start on the intro card, the
 * first choice (Space) or an arrow on the sketch pad, then Enter to commit each question; returns when
 * no card is open.
 */
export async function passLevelCards(page: Page): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(300);
    const open = await page.evaluate(() => document.querySelector('dialog[open]')?.id ?? null);
    if (open === null) return;
    if (open === 'level-intro-dialog') await page.keyboard.press('Enter');
    else if (open === 'prediction-dialog') {
      const sketch = await page.locator('#prediction-dialog .prediction-sketch').count() > 0;
      await page.keyboard.press(sketch ? 'ArrowUp' : 'Space');
      await page.keyboard.press('Enter');
    } else throw new Error(`passLevelCards: unexpected dialog #${open}`);
  }
  throw new Error('passLevelCards: the cards never ended');
}

/**
 * Opens a level for free play (no cards, no stars; the welcome is dismissed) and waits until the page
 * draws its first frames. The level menu and ?level= links open a chapter's level with its cards, so
 * tests whose subject is the running level, not how it was picked, open it through the page's hook.
 */
export async function openPlainLevel(page: Page, url: string, id: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('#level-select[data-ready="true"]');
  await page.evaluate((want) => window.__synaptica!.openLevel(want, false), id);
  await page.waitForFunction(
    (want) => window.__synaptica!.levelId() === want && Number(document.getElementById('sim-view')?.dataset.simTicks ?? -1) === window.__synaptica!.tick(),
    id,
    { timeout: 10_000, polling: 50 },
  );
}

/**
 * Fast-forwards (key 3) until at least `trials` trials have ended, pauses (k), waits until the page
 * says so, and gives the 4 Hz panels (status, curve menu, canvas texts) a refresh.
 */
export async function fastForwardToTrials(page: Page, trials: number, timeoutMs = 60_000): Promise<void> {
  await page.keyboard.press('3');
  await page.waitForFunction((n) => window.__synaptica!.trials() >= n, trials, { timeout: timeoutMs, polling: 100 });
  await page.keyboard.press('k');
  await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 5000 });
  await page.waitForTimeout(400);
}

/** A built-in level with player settings applied, as the page's sliders would set them. */
export function levelWith(id: string, settings: Record<string, number> = {}): Level {
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
export function headlessGoal(id: string, settings: Record<string, number> = {}): { used: number; unit: string; stars: number } {
  const level = levelWith(id, settings);
  const out = runLevel(level, { stopWhenGoalMet: true });
  if (!out.ok) throw new Error(`${id}: ${JSON.stringify(out.errors)}`);
  assert(out.result.stopReason === 'goal', `${id}: the headless run never met its goal (${out.result.stopReason})`);
  const award = awardStars(level, out.result);
  return { used: award.used, unit: award.unit, stars: award.stars };
}

/** The canvas is drawn: many colours, not all background; returns the decoded screenshot and canvas box. */
export async function screenshotSanity(page: Page, name: string): Promise<{ image: RgbaImage; canvas: { x: number; y: number; width: number; height: number } }> {
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
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
    : v));
}

