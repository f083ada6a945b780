// Wakes of the sleeping frame loop (frameLoop.ts) that perf.ts does not reach: a level that loads
// for longer than the loop stays awake (it falls asleep while the level loads, then must draw the new
// level behind its intro card), a resize of a sleeping page, and a dialog closed by a click. And the
// m and + / − keys, which go through the page's one shortcut rule: nothing behind an open dialog.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, openPlainLevel, type TestCase } from '../harness';
import { decodePng } from '../png';

const shots = fileURLToPath(new URL('../../../test-output/fixff/', import.meta.url));

async function asleep(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__synaptica!.frameLoopAwake(), null, { timeout: 5000, polling: 50 });
}

async function pauseAndSleep(page: Page): Promise<void> {
  if (await page.evaluate(() => window.__synaptica!.mode() !== 'paused')) await page.locator('#play-pause').click();
  await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 5000 });
  await asleep(page);
}

/** Share of pixels that differ clearly (any channel by more than 48) between two screenshots of one size. */
function changedShare(a: Buffer, b: Buffer): number {
  const x = decodePng(a);
  const y = decodePng(b);
  assert(x.width === y.width && x.height === y.height, 'screenshots of different sizes');
  let changed = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d = Math.max(Math.abs(x.data[i] - y.data[i]), Math.abs(x.data[i + 1] - y.data[i + 1]), Math.abs(x.data[i + 2] - y.data[i + 2]));
    if (d > 48) changed++;
  }
  return changed / (x.width * x.height);
}

const renders = (page: Page): Promise<number> => page.evaluate(() => window.__synaptica!.renders());

export const tests: TestCase[] = [
  {
    name: 'wake: a level that loads for 1.5 s while the page sleeps is drawn behind its intro card',
    async run(page, url) {
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await pauseAndSleep(page);
      const sceneBefore = await page.evaluate(() => document.getElementById('sim-view')?.dataset.scene);
      // The wav-tutor level fetches its recording: held back 1.5 s, longer than the loop stays awake.
      let delayed = 0;
      await page.route('**/*.wav', async (route) => {
        delayed++;
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await page.evaluate(() => window.__synaptica!.openLevel('songbird-wav-tutor', true));
      await page.waitForFunction(() => window.__synaptica!.levelId() === null, null, { timeout: 5000 });
      // Asleep while it loads (nothing changes on the canvas): the load must wake it.
      await asleep(page);
      const whileLoading = await renders(page);
      await page.waitForFunction(() => window.__synaptica!.levelId() === 'songbird-wav-tutor', null, { timeout: 15_000 });
      assert(delayed > 0, 'the level fetched no .wav: the load was not slowed, the test proves nothing');
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 5000 });
      await page.waitForFunction(
        (n) => window.__synaptica!.renders() > n && Number(document.getElementById('sim-view')?.dataset.simTicks ?? -1) === window.__synaptica!.tick(),
        whileLoading,
        { timeout: 3000, polling: 50 },
      );
      const state = await page.evaluate(() => ({ mode: window.__synaptica!.mode(), scene: document.getElementById('sim-view')?.dataset.scene, sceneName: window.__synaptica!.sceneName() }));
      assert(state.mode === 'paused', `behind the intro card the level is ${state.mode}`);
      assert(state.scene === state.sceneName && state.scene !== sceneBefore, `the canvas shows scene ${state.scene} (was ${sceneBefore}; the page runs ${state.sceneName})`);
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: `${shots}slow-load-behind-intro.png` });
      await asleep(page);
    },
  },
  {
    name: 'wake: resizing a sleeping page redraws the canvas at its new size',
    async run(page, url) {
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await pauseAndSleep(page);
      const before = await renders(page);
      const widthBefore = await page.evaluate(() => (document.querySelector('#sim-view canvas') as HTMLCanvasElement).width);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForFunction((n) => window.__synaptica!.renders() > n, before, { timeout: 3000, polling: 50 });
      const widthAfter = await page.evaluate(() => (document.querySelector('#sim-view canvas') as HTMLCanvasElement).width);
      assert(widthAfter !== widthBefore, `the canvas kept its width ${widthBefore} after the resize`);
      await asleep(page);
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: `${shots}resized-asleep-390.png` });
      const settled = await renders(page);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.waitForFunction((n) => window.__synaptica!.renders() > n, settled, { timeout: 3000, polling: 50 });
      await asleep(page);
      await page.screenshot({ path: `${shots}resized-asleep-1280.png` });
    },
  },
  {
    name: 'wake: a dialog closed by a click redraws, and a level that was playing plays on',
    async run(page, url) {
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      // Paused: the help opens and closes over a sleeping page.
      await pauseAndSleep(page);
      await page.locator('#help').click();
      await page.waitForSelector('#help-dialog[open]');
      await asleep(page);
      const paused = await renders(page);
      await page.locator('#help-close').click();
      await page.waitForFunction(() => !document.querySelector('#help-dialog[open]'), null, { timeout: 3000 });
      await page.waitForFunction((n) => window.__synaptica!.renders() > n, paused, { timeout: 3000, polling: 50 });
      // Playing: the help pauses it (the page sleeps behind the dialog); its Close plays again, and the
      // loop must be awake to step and draw.
      await page.locator('#play-pause').click();
      await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 3000 });
      await page.locator('#help').click();
      await page.waitForSelector('#help-dialog[open]');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 3000 });
      await asleep(page);
      const tick = await page.evaluate(() => window.__synaptica!.tick());
      await page.locator('#help-close').click();
      await page.waitForFunction(
        (t) => window.__synaptica!.tick() > t + 200 && Number(document.getElementById('sim-view')?.dataset.simTicks) > t + 200,
        tick,
        { timeout: 5000, polling: 50 },
      );
      assert(await page.evaluate(() => window.__synaptica!.mode() === 'playing'), 'the level did not play again after the help closed');
    },
  },
  {
    name: 'keys: m and + / − mute and zoom the circuit, but not behind an open dialog',
    async run(page, url) {
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await pauseAndSleep(page);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('p');
      await page.keyboard.press('p');
      assert(await page.locator('input[name="canvas-view"][value="circuit"]').isChecked(), 'p p did not show the circuit');
      await asleep(page);
      const canvas = page.locator('#sim-view canvas');
      const muted = (): Promise<string | null> => page.locator('.sound-mute').getAttribute('aria-pressed');
      const mutedBefore = await muted();
      const before = await canvas.screenshot();
      // Behind the help (a modal dialog): the keys belong to the dialog.
      await page.keyboard.press('?');
      await page.waitForSelector('#help-dialog[open]');
      for (const key of ['-', '-', '+', '-', 'm']) await page.keyboard.press(key);
      assert(await muted() === mutedBefore, `m behind the help toggled mute (${mutedBefore} → ${await muted()})`);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('#help-dialog[open]'), null, { timeout: 3000 });
      await asleep(page);
      const behindDialog = await canvas.screenshot();
      mkdirSync(shots, { recursive: true });
      writeFileSync(`${shots}circuit-before-help.png`, before);
      writeFileSync(`${shots}circuit-after-help.png`, behindDialog);
      // Spike flashes still fading change a few dots; a zoom moves every box and line.
      const afterHelp = changedShare(before, behindDialog);
      assert(afterHelp < 0.01, `− behind the help zoomed the circuit (${(100 * afterHelp).toFixed(1)}% of the canvas changed)`);
      assert(await muted() === mutedBefore, 'mute changed behind the help');
      // On the page: − zooms out, m mutes and unmutes.
      await page.keyboard.press('-');
      await asleep(page);
      const zoomed = await canvas.screenshot();
      const afterZoom = changedShare(behindDialog, zoomed);
      console.log(`    canvas changed: ${(100 * afterHelp).toFixed(2)}% after keys behind the help, ${(100 * afterZoom).toFixed(1)}% after − on the page`);
      assert(afterZoom > 0.05, `− on the page did not zoom the circuit (${(100 * afterZoom).toFixed(2)}% of the canvas changed)`);
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: `${shots}circuit-zoomed-out.png` });
      await page.keyboard.press('m');
      assert(await muted() !== mutedBefore, 'm on the page did not toggle mute');
      await page.keyboard.press('m');
      assert(await muted() === mutedBefore, 'a second m did not toggle mute back');
    },
  },
];
