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

/** Chooses a level in the menu with the keyboard: Tab to it, then arrow keys. */
export async function chooseLevelByKeyboard(page: Page, id: string): Promise<void> {
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
export async function openPlainLevel(page: Page, url: string, id: string): Promise<void> {
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

