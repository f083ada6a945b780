// critical-period: the page draws the level (relay cells of both eyes, each row labelled by its eye,
// the cortex cells, the rate and weight plots) at a desktop and a phone viewport, in English and in
// Spanish (?locale=es); its two experiment buttons are offered under their human labels, show their
// state ("Off", then "On now" once closing the eye reached the running world), and no plot label
// covers another (the raster's population labels collided in Spanish before). Screenshots go to
// test-output/i16critical/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, openPlainLevel, screenshotSanity, waitForTicks, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/i16critical/', import.meta.url));

interface Words { close: RegExp; diazepam: RegExp; on: string; off: string; eyes: readonly string[] }
const ENGLISH: Words = { close: /Close the right eye/, diazepam: /Give diazepam/, on: 'On now', off: 'Off', eyes: ['Left eye', 'Right eye'] };
const SPANISH: Words = { close: /Cerrar el ojo derecho/, diazepam: /Dar diazepam/, on: 'Activo ahora', off: 'Inactivo', eyes: ['Ojo izquierdo', 'Ojo derecho'] };

/** The state shown next to a button (its aria-describedby element), once the panel has synced it. */
async function stateOf(page: Page, name: RegExp): Promise<string> {
  const button = page.getByRole('button', { name });
  const id = await button.getAttribute('aria-describedby');
  assert(id, `the button ${name} has no state`);
  await page.waitForFunction((sid) => (document.getElementById(sid)?.textContent ?? '') !== '', id, { timeout: 10_000 });
  return (await page.locator(`#${id}`).textContent()) ?? '';
}

async function waitForState(page: Page, name: RegExp, want: string): Promise<void> {
  const id = await page.getByRole('button', { name }).getAttribute('aria-describedby');
  await page.waitForFunction(([sid, text]) => document.getElementById(sid!)?.textContent === text, [id, want] as const, { timeout: 10_000 });
}

async function canvasTexts(page: Page): Promise<string[]> {
  await page.waitForFunction(() => (document.getElementById('sim-view')?.dataset.canvasTexts ?? '') !== '', null, { timeout: 10_000 });
  return ((await page.locator('#sim-view').getAttribute('data-canvas-texts')) ?? '').split('\n');
}

/** No two plot labels (titles, axis labels, the raster's population labels) overlap by more than a pixel. */
async function plotLabelsApart(page: Page, what: string): Promise<void> {
  const rects = ((await page.locator('#sim-view').getAttribute('data-plot-label-rects')) ?? '').split(';').filter(Boolean)
    .map((r) => r.split(',').map(Number));
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const [ax, ay, aw, ah] = rects[i];
      const [bx, by, bw, bh] = rects[j];
      const overlapX = Math.min(ax + aw, bx + bw) - Math.max(ax, bx);
      const overlapY = Math.min(ay + ah, by + bh) - Math.max(ay, by);
      assert(overlapX <= 1 || overlapY <= 1, `${what}: plot labels ${rects[i].join(',')} and ${rects[j].join(',')} overlap`);
    }
  }
}

async function playAndLook(page: Page, url: string, locale: 'en' | 'es', words: Words): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPlainLevel(page, locale === 'es' ? `${url}?locale=es` : url, 'critical-period');
  const close = page.getByRole('button', { name: words.close });
  assert(await close.count() === 1, `${locale}: no "${words.close.source}" button`);
  assert(await page.getByRole('button', { name: words.diazepam }).count() === 1, `${locale}: no "${words.diazepam.source}" button`);
  assert(await stateOf(page, words.close) === words.off, `${locale}: the eye shows as closed before any press`);
  await close.click();
  await waitForState(page, words.close, words.on);
  assert(await stateOf(page, words.diazepam) === words.off, `${locale}: diazepam shows as given after closing the eye`);
  await waitForTicks(page, 1_200, 60_000); // a trial's look and a second of spikes in the raster
  const texts = await canvasTexts(page);
  for (const eye of words.eyes) assert(texts.some((t) => t === eye), `${locale}: no canvas label "${eye}"; labels: ${texts.join(' | ')}`);
  await plotLabelsApart(page, `${locale} 1280x800`);
  await screenshotSanity(page, `critical-period-${locale}-1280`);
  await page.screenshot({ path: `${shots}critical-period-${locale}-1280.png` });
  const text = await page.locator('body').innerText();
  assert(!/rightVision|eyeInputs|spontaneousCortex|closeRightEye/.test(text), `${locale}: the page shows an internal id of the level`);
  await page.setViewportSize({ width: 390, height: 844 });
  await waitForTicks(page, 1_500, 60_000); // redrawn at the phone's size
  await plotLabelsApart(page, `${locale} 390x844`);
  await page.screenshot({ path: `${shots}critical-period-${locale}-390.png`, fullPage: true });
  await page.locator('#sim-view canvas').screenshot({ path: `${shots}critical-period-${locale}-390-canvas.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
}

export const tests: TestCase[] = [
  {
    name: 'criticalPeriod: the level draws at 1280x800 and 390x844 in English and Spanish, labels the eyes and shows its buttons\' state',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await playAndLook(page, url, 'en', ENGLISH);
      await playAndLook(page, url, 'es', SPANISH);
    },
  },
];
