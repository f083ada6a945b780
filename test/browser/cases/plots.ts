// Plots: the live voltage trace with its spike line, human labels, captions in a strip of their own
// (never over the plots' labels, one line per sound), print-size PNG export. Screenshots go to
// test-output/plots/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { plotColors, populationColor } from '../../../src/render/palette';
import { assert, countPixelsNear, openPlainLevel, tabTo, waitForTicks, type TestCase } from '../harness';
import { decodePng, type RgbaImage } from '../png';

const shots = fileURLToPath(new URL('../../../test-output/plots/', import.meta.url));
const SPIKE_LINE = 0xff7a59;

interface Rect { x: number; y: number; width: number; height: number }

const rectOf = (text: string | null): Rect | null => {
  const v = text?.split(',').map(Number);
  return v?.length === 4 && v.every(Number.isFinite) ? { x: v[0], y: v[1], width: v[2], height: v[3] } : null;
};

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function canvasBox(page: Page): Promise<Rect> {
  const box = await page.locator('#sim-view canvas').boundingBox();
  assert(box, 'no canvas');
  return box;
}

/** The voltage plot's area on the page, from the view's data attribute. */
async function voltageRect(page: Page): Promise<Rect> {
  const inner = rectOf(await page.locator('#sim-view').getAttribute('data-voltage-rect'));
  assert(inner, 'the page reports no voltage plot (data-voltage-rect is empty)');
  const canvas = await canvasBox(page);
  return { x: canvas.x + inner.x, y: canvas.y + inner.y, width: inner.width, height: inner.height };
}

/** Rows (0 = top of the rect) that hold pixels of `color`. */
function rowsWith(image: RgbaImage, rect: Rect, color: number): number[] {
  const rows: number[] = [];
  for (let y = Math.floor(rect.y); y < rect.y + rect.height; y++) {
    if (countPixelsNear(image, { x: rect.x, y, width: rect.width, height: 1 }, [color]) > 0) rows.push(y - Math.floor(rect.y));
  }
  return rows;
}

async function downloadPng(page: Page, buttonName: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of (await download.createReadStream())) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export const tests: TestCase[] = [
  {
    name: 'plots: spike-threshold shows a live voltage trace with its spike line; spikes reach it; right after step back',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await openPlainLevel(page, url, 'spike-threshold');
      await waitForTicks(page, 4000 * 2); // 2 s at 0.25 ms
      const quiet = decodePng(await page.screenshot({ path: `${shots}spike-threshold-1pA.png` }));
      const rect = await voltageRect(page);
      const trace = populationColor(0);
      const traceRows = rowsWith(quiet, rect, trace);
      assert(traceRows.length > 0, 'no voltage trace drawn in the voltage plot');
      // The dashed line is the row with the most line-coloured pixels (its label above it has fewer).
      const lineRows = rowsWith(quiet, rect, SPIKE_LINE);
      const perRow = lineRows.map((row) => countPixelsNear(quiet, { x: rect.x, y: Math.floor(rect.y) + row, width: rect.width, height: 1 }, [SPIKE_LINE]));
      const lineRow = lineRows[perRow.indexOf(Math.max(...perRow))];
      assert(lineRows.length > 0 && Math.max(...perRow) > rect.width * 0.3, 'no dashed spike line across the voltage plot');
      // At 1 pA the cell stays near rest: the trace keeps to the lower part, far below the spike line.
      assert(Math.min(...traceRows) > lineRow + rect.height * 0.4, `the 1 pA trace reaches row ${Math.min(...traceRows)}, near the spike line at ${lineRow}`);
      const labels = await page.locator('#sim-view').getAttribute('data-plot-label-rects');
      assert(labels && labels.split(';').length > 10, `the plot labels are not reported: ${labels}`);

      // Turn the current up (keyboard, End = 20 pA): the neuron fires and its spikes reach the line.
      const slider = '[data-action="param:stimuli.electrode.amplitudePa"] input[type="range"]';
      await tabTo(page, slider, 120);
      await page.keyboard.press('End');
      const apply = page.getByRole('button', { name: 'Apply' });
      if (await apply.count() > 0 && await apply.isEnabled()) await apply.click();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const from = await page.evaluate(() => window.__synaptica!.tick());
      await waitForTicks(page, from + 4000 * 2.2);
      const firing = decodePng(await page.screenshot({ path: `${shots}spike-threshold-20pA.png` }));
      const firingRows = rowsWith(firing, rect, trace);
      assert(Math.min(...firingRows) <= lineRow + 2, `at 20 pA no spike reaches the spike line (top of trace at row ${Math.min(...firingRows)}, line at ${lineRow})`);

      // Step back: the trace is redrawn for the restored moment (the probe's ring is world state).
      await page.keyboard.press('Space');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'paused');
      const before = await page.evaluate(() => window.__synaptica!.tick());
      for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /step back/i }).first().click();
      await page.waitForTimeout(300);
      const after = await page.evaluate(() => window.__synaptica!.tick());
      assert(after < before - 4000, `step back did not go back 1 s or more (${before} → ${after})`);
      const back = decodePng(await page.screenshot({ path: `${shots}spike-threshold-stepped-back.png` }));
      assert(rowsWith(back, rect, trace).length > rect.height * 0.3, 'after step back the voltage trace is gone');
      const text = await page.locator('#sim-view').getAttribute('data-scene');
      assert(text !== null, 'no scene');
    },
  },
  {
    name: 'plots: spike-types draws both cells\' voltages on one plot, each in its raster colour',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await openPlainLevel(page, url, 'spike-types');
      // The right cell starts as a copy of the left (its trace would hide the other): make it fast-spiking.
      for (const [param, key] of [['a', 'End'], ['d', 'Home']]) {
        await tabTo(page, `[data-action="param:neuronTypes.tunable.${param}"] input[type="range"]`, 120);
        await page.keyboard.press(key);
      }
      await page.getByRole('button', { name: 'Reset', exact: true }).click();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.waitForFunction(() => window.__synaptica!.tick() < 4000, null, { timeout: 5000 });
      if (await page.evaluate(() => window.__synaptica!.mode()) !== 'playing') await page.keyboard.press('Space');
      await waitForTicks(page, 4000 * 1.5);
      const image = decodePng(await page.screenshot({ path: `${shots}spike-types.png` }));
      const rect = await voltageRect(page);
      for (const [i, name] of ['pyramidal', 'interneuron'].entries()) {
        assert(countPixelsNear(image, rect, [populationColor(i)]) > rect.width * 0.5, `no voltage trace of the ${name} cell`);
      }
      assert(countPixelsNear(image, rect, [SPIKE_LINE]) > rect.width * 0.3, 'no spike line');
    },
  },
  {
    name: 'plots: an exported PNG is print size (≥ 2×, 2000×1200) with its title and y label whole',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await openPlainLevel(page, url, 'spike-threshold');
      await waitForTicks(page, 4000);
      const screen = await voltageRect(page);
      const png = await downloadPng(page, 'Export Membrane voltage as PNG');
      writeFileSync(`${shots}export-voltage.png`, png);
      const image = decodePng(png);
      assert(image.width === 2000 && image.height === 1200, `the PNG is ${image.width}×${image.height}, not 2000×1200`);
      assert(image.width >= 2 * (screen.width + 86), `the PNG (${image.width} px) is not twice the plot's size on screen (${screen.width} px inside the axes)`);
      // Label pixels: the y label runs down the left strip; none may touch the image's edges (clipped).
      const label = [plotColors.label];
      const yStrip = { x: 0, y: 0, width: 60, height: image.height };
      assert(countPixelsNear(image, yStrip, label) > 200, 'no y label in the PNG');
      const edges = [{ x: 0, y: 0, width: image.width, height: 3 }, { x: 0, y: image.height - 3, width: image.width, height: 3 }, { x: 0, y: 0, width: 3, height: image.height }];
      for (const edge of edges) assert(countPixelsNear(image, edge, label) === 0, `label pixels touch the PNG's edge ${JSON.stringify(edge)}: a label is clipped`);
      const titleBand = { x: 120, y: 0, width: image.width - 120, height: 70 };
      assert(countPixelsNear(image, titleBand, label) > 300, 'no title in the PNG');
      assert(countPixelsNear(image, { x: 0, y: 0, width: image.width, height: image.height }, [SPIKE_LINE]) > 1000, 'no spike line in the exported voltage plot');
      // The learning curve of a level with a long label exports whole too.
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await waitForTicks(page, 3000);
      const learning = decodePng(await downloadPng(page, 'Export Learning curve as PNG'));
      writeFileSync(`${shots}export-learning-eyeblink.png`, await downloadPng(page, 'Export Learning curve as PNG'));
      assert(learning.width === 2000 && learning.height === 1200, `the learning PNG is ${learning.width}×${learning.height}`);
      for (const edge of edges) assert(countPixelsNear(learning, edge, label) === 0, 'a label of the learning curve PNG is clipped');
    },
  },
  {
    name: 'plots: captions sit in their own strip on eyeblink, never over a plot label',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await page.mouse.click(5, 5); // a gesture, so sounds play (captions show either way)
      await page.waitForFunction(() => document.querySelectorAll('#captions li').length >= 2, null, { timeout: 20_000, polling: 100 });
      await page.waitForTimeout(400); // a slow refresh reports the label boxes
      await page.screenshot({ path: `${shots}eyeblink-captions.png` });
      const canvas = await canvasBox(page);
      const labels = ((await page.locator('#sim-view').getAttribute('data-plot-label-rects')) ?? '').split(';').map(rectOf)
        .filter((r): r is Rect => r !== null).map((r) => ({ ...r, x: r.x + canvas.x, y: r.y + canvas.y }));
      assert(labels.length > 10, `only ${labels.length} plot labels reported`);
      const captions = await page.locator('#captions li').evaluateAll((items) => items.map((li) => {
        const b = li.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height, text: li.textContent ?? '' };
      }));
      for (const caption of captions) {
        assert(caption.width > 0 && caption.y + caption.height <= 800, `caption "${caption.text}" is off the first screen: ${JSON.stringify(caption)}`);
        assert(!overlaps(caption, canvas), `caption "${caption.text}" covers the canvas: ${JSON.stringify(caption)} vs ${JSON.stringify(canvas)}`);
        const hit = labels.find((label) => overlaps(caption, label));
        assert(!hit, `caption "${caption.text}" covers a plot label at ${JSON.stringify(hit)}`);
      }
    },
  },
  {
    name: 'plots: songbird captions keep one line per sound (renditions replace each other)',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await openPlainLevel(page, url, 'songbird-tutor');
      await page.mouse.click(5, 5);
      await page.waitForFunction(() => (window.__synapticaSoundLog ?? []).filter((e) => e.name === 'song:last').length >= 3, null, { timeout: 30_000, polling: 100 });
      // The strip is redrawn on a short timer after a sound, and a new rendition can start at any
      // moment, so the strip and the sound log are read together, once the strip has caught up.
      const readStrip = () => page.evaluate(() => ({
        texts: [...document.querySelectorAll('#captions li')].map((li) => li.textContent ?? ''),
        sung: (window.__synapticaSoundLog ?? []).filter((e) => e.name === 'song:last').at(-1)?.caption ?? '?',
      }));
      let strip = await readStrip();
      for (let tries = 0; tries < 40 && !strip.texts.some((t) => t.includes("bird's song") && t.startsWith(strip.sung)); tries++) {
        await page.waitForTimeout(50);
        strip = await readStrip();
      }
      await page.screenshot({ path: `${shots}songbird-captions.png` });
      const { texts, sung } = strip;
      const songs = texts.filter((t) => t.includes("bird's song"));
      assert(songs.length === 1, `the strip shows ${songs.length} lines for the bird's song: ${JSON.stringify(texts)}`);
      assert(new Set(texts).size === texts.length, `identical captions pile up: ${JSON.stringify(texts)}`);
      assert(songs[0].startsWith(sung), `the song's line "${songs[0]}" is not the latest rendition "${sung}" within 2 s`);
    },
  },
  {
    name: 'plots: on a phone (390×844) the voltage plot spans the width and the captions stay below the canvas',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await openPlainLevel(page, url, 'spike-threshold');
      await waitForTicks(page, 4000);
      await page.waitForTimeout(400);
      const image = decodePng(await page.screenshot({ path: `${shots}phone-spike-threshold.png`, fullPage: true }));
      const rect = await voltageRect(page);
      assert(rect.width > 250, `the voltage plot is ${rect.width} px wide on a phone`);
      assert(rowsWith(image, rect, populationColor(0)).length > 0, 'no voltage trace on the phone');
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await page.waitForFunction(() => document.querySelectorAll('#captions li').length >= 1, null, { timeout: 20_000, polling: 100 });
      await page.screenshot({ path: `${shots}phone-eyeblink-captions.png`, fullPage: true });
      const canvas = await canvasBox(page);
      const boxes = await page.locator('#captions li').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number }));
      for (const box of boxes) {
        assert(!overlaps(box, canvas), `a caption covers the canvas on a phone: ${JSON.stringify(box)}`);
        assert(box.x >= 0 && box.x + box.width <= 390, `a caption runs off the phone's screen: ${JSON.stringify(box)}`);
      }
    },
  },
];
