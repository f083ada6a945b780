// Keys and layout: Space and k play / pause wherever the focus is (but text fields and dialogs), focus
// comes back after dialogs, the phone layout (390 × 844) puts the scene and the goal on the first
// screen, and a synapse line can be clicked in the circuit view.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { populationColors } from '../../../src/render/palette';
import { decodePng, type RgbaImage } from '../png';
import { assert, openPlainLevel, tabTo, waitForTicks, type TestCase } from '../harness';

const keysShots = fileURLToPath(new URL('../../../test-output/keys/', import.meta.url));

type Mode = 'playing' | 'paused';

async function mode(page: Page): Promise<string> {
  return page.evaluate(() => window.__synaptica!.mode());
}

async function waitForMode(page: Page, want: Mode, why: string): Promise<void> {
  try {
    await page.waitForFunction((m) => window.__synaptica!.mode() === m, want, { timeout: 3000, polling: 50 });
  } catch {
    throw new Error(`${why}: the level is ${await mode(page)}, not ${want}`);
  }
}

async function activeId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase() || '');
}

/**
 * With focus on `selector`, `key` pauses and then plays again, focus stays where it was, and the
 * focused control itself does nothing (no click, no dialog, the same value).
 */
async function keyTogglesPlayOn(page: Page, selector: string, key: string): Promise<void> {
  await page.locator(selector).focus();
  const valueBefore = await page.locator(selector).evaluate((el) => (el as HTMLInputElement).value ?? null);
  const tickBefore = await page.evaluate(() => window.__synaptica!.tick());
  await waitForMode(page, 'playing', `before ${key} on ${selector}`);
  await page.keyboard.press(key);
  await waitForMode(page, 'paused', `${key} on ${selector}`);
  // A click on top of the shortcut would show up by now (a step back or reset moves time back, Campaign opens its menu).
  await page.waitForTimeout(200);
  assert(await mode(page) === 'paused', `${key} on ${selector} paused, then something played again`);
  const tickPaused = await page.evaluate(() => window.__synaptica!.tick());
  assert(tickPaused >= tickBefore, `${key} on ${selector} also pressed it: time went from tick ${tickBefore} back to ${tickPaused}`);
  assert(await page.locator('dialog[open]').count() === 0, `${key} on ${selector} opened a dialog`);
  assert(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), selector), `${key} moved the focus off ${selector}`);
  const valueAfter = await page.locator(selector).evaluate((el) => (el as HTMLInputElement).value ?? null);
  assert(valueAfter === valueBefore, `${key} on ${selector} changed its value from ${valueBefore} to ${valueAfter}`);
  await page.keyboard.press(key);
  await waitForMode(page, 'playing', `${key} again on ${selector}`);
}

/** Centre of the pixels near `rgb` inside the rectangle, or null when there are too few. */
function centroidNear(image: RgbaImage, rect: { x: number; y: number; width: number; height: number }, rgb: number): { x: number; y: number } | null {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let y = Math.floor(rect.y); y < Math.min(image.height, rect.y + rect.height); y++) {
    for (let x = Math.floor(rect.x); x < Math.min(image.width, rect.x + rect.width); x++) {
      const i = (y * image.width + x) * 4;
      const d = Math.abs(image.data[i] - ((rgb >> 16) & 255)) + Math.abs(image.data[i + 1] - ((rgb >> 8) & 255)) + Math.abs(image.data[i + 2] - (rgb & 255));
      if (d < 40) { sx += x; sy += y; n++; }
    }
  }
  return n >= 20 ? { x: sx / n, y: sy / n } : null;
}

/** Each channel × factor (the circuit view draws resting neurons at half their population colour). */
function dim(rgb: number, factor: number): number {
  const c = (shift: number) => Math.round(((rgb >> shift) & 255) * factor);
  return (c(16) << 16) | (c(8) << 8) | c(0);
}

/** What must fit on a first screen: the scene's top, the goal's top, no sideways scrolling, nothing clipped. */
async function firstScreenFacts(page: Page): Promise<{ canvasTop: number; lessonTop: number; scrollWidth: number; clipped: string[]; toolbarRows: number }> {
  // No named helpers inside evaluate: tsx would wrap them in a __name() the page does not have.
  return page.evaluate(() => {
    const width = window.innerWidth;
    const clipped: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('h1, h2, h3, .button, legend, #level-select, .speed label, .status > span')) {
      const box = el.getBoundingClientRect();
      // Not shown (a closed dialog, collapsed under More) or hidden from sight on purpose (clipped, still read aloud).
      if (box.width === 0 || getComputedStyle(el).clipPath !== 'none' || el.closest('dialog:not([open])')) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${el.textContent?.trim().slice(0, 30)}"`;
      if (box.right > width + 0.5 || box.left < -0.5) clipped.push(`${name} runs off the screen (${Math.round(box.left)}-${Math.round(box.right)})`);
      else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible') clipped.push(`${name} is cut (${el.scrollWidth} > ${el.clientWidth})`);
    }
    const rows = new Set(['play-pause', 'step', 'speed-group', 'more-toggle']
      .map((id) => document.getElementById(id)!.getBoundingClientRect())
      .filter((box) => box.width > 0)
      .map((box) => Math.round(box.top / 12)));
    return {
      canvasTop: document.getElementById('sim-view')!.getBoundingClientRect().top + window.scrollY,
      lessonTop: document.getElementById('lesson')!.getBoundingClientRect().top + window.scrollY,
      scrollWidth: document.scrollingElement!.scrollWidth,
      clipped,
      toolbarRows: rows.size,
    };
  });
}

export const tests: TestCase[] = [
  {
    name: 'keys: Space and k play / pause with focus on Step back, Reset, Campaign, a slider, a speed and the level menu (the control itself does nothing)',
    async run(page, url) {
      // A one-neuron level: the page stays quick to answer while it runs.
      await openPlainLevel(page, url, 'spike-threshold');
      await waitForTicks(page, 1200); // Step back needs some history
      const slider = '#player-actions-body input[type="range"]';
      for (const selector of ['#step-back', '#reset', '#campaign-open', slider, 'input[name="speed"][value="normal"]', '#level-select', '#play-pause']) {
        await keyTogglesPlayOn(page, selector, 'Space');
      }
      for (const selector of ['#step-back', slider, '#level-select']) await keyTogglesPlayOn(page, selector, 'k');
      // Enter still presses the focused button.
      await page.locator('#play-pause').focus();
      await page.keyboard.press('Enter');
      await waitForMode(page, 'paused', 'Enter on Play / pause');
      await page.locator('#campaign-open').focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('#campaign-dialog[open]', { timeout: 3000 });
      // Inside a dialog Space presses the dialog's button (Close), it does not play.
      await page.locator('#campaign-close').focus();
      await page.keyboard.press('Space');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 3000 });
      assert(await activeId(page) === 'campaign-open', `after the campaign menu focus is on "${await activeId(page)}", not Campaign`);
    },
  },
  {
    name: 'keys: Space and k in a number field type there and leave play alone',
    async run(page, url) {
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await waitForTicks(page, 10);
      const field = page.locator('[data-action="setIsiMs"] input[type="number"]');
      await field.focus();
      await field.press('Space');
      await field.press('k');
      await page.waitForTimeout(300);
      assert(await mode(page) === 'playing', `Space or k in the ISI field changed the level to ${await mode(page)}`);
      assert(await activeId(page) !== 'play-pause' && await page.evaluate(() => document.activeElement?.matches('input[type="number"]')), 'focus left the number field');
      // The inspector's neuron number is a number field too.
      await page.locator('#inspector input[type="number"]').focus();
      await page.keyboard.press('Space');
      await page.waitForTimeout(300);
      assert(await mode(page) === 'playing', 'Space in the inspector\'s neuron number paused the level');
    },
  },
  {
    name: 'keys: focus returns after help and the campaign menu, and to Play when the element is gone',
    async run(page, url) {
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await waitForTicks(page, 10);
      await page.locator('#step-trial').focus();
      await page.keyboard.press('?');
      await page.waitForSelector('#help-dialog[open]');
      assert(await page.evaluate(() => document.activeElement?.closest('dialog')?.id) === 'help-dialog', 'focus is not in the help');
      const listed = await page.locator('#help-keys tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('kbd')].map((k) => k.textContent).join(' ')));
      assert(listed[0] === 'Space k' && listed.includes('Enter'), `the help does not list Space and k first, and Enter: ${listed.join(' | ')}`);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      assert(await activeId(page) === 'step-trial', `after the help focus is on "${await activeId(page)}", not Step trial`);
      // ? closes the help too.
      await page.keyboard.press('?');
      await page.waitForSelector('#help-dialog[open]');
      await page.keyboard.press('?');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      assert(await activeId(page) === 'step-trial', 'after ? closed the help, focus is not on Step trial');

      const slider = page.locator('[data-action="setIsiMs"] input[type="range"]');
      await slider.focus();
      await page.keyboard.press('c');
      await page.waitForSelector('#campaign-dialog[open]');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      assert(await page.evaluate(() => document.activeElement?.matches('[data-action="setIsiMs"] input[type="range"]')), `after the campaign menu focus is on "${await activeId(page)}", not the slider`);

      // The element that had focus is gone when the dialog closes (its panel was rebuilt): Play gets it.
      await page.locator('[data-action="setIsiMs"] input[type="number"]').focus();
      await page.keyboard.press('?'); // a text field keeps ?: the help opens from the slider instead
      assert(await page.locator('#help-dialog[open]').count() === 0, '? typed in the ISI field opened the help');
      await slider.focus();
      await page.keyboard.press('?');
      await page.waitForSelector('#help-dialog[open]');
      await page.evaluate(() => document.querySelector('[data-action="setIsiMs"]')!.remove());
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'));
      assert(await activeId(page) === 'play-pause', `with the old element gone focus is on "${await activeId(page)}", not Play / pause`);
    },
  },
  {
    name: 'keys: after a campaign level\'s intro and prediction, focus is back on Campaign and Space plays instead of opening the menu',
    async run(page, url) {
      await page.goto(url);
      await page.waitForSelector('#welcome-dialog[open]');
      await page.keyboard.press('Escape'); // the welcome's free play: a level runs, the page is the player's
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await tabTo(page, 'campaign-open');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#campaign-dialog[open]');
      await tabTo(page, '[data-level="stdp-pairing"]', 60);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      await page.keyboard.press('Enter'); // Start
      await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
      // Space in the dialog picks the focused choice (it is not play / pause there); Enter commits.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
      assert(await activeId(page) === 'campaign-open', `after the prediction focus is on "${await activeId(page)}", not Campaign (where the player was)`);
      await waitForMode(page, 'paused', 'stdp-pairing waits for its setup');
      await page.keyboard.press('Space');
      await waitForMode(page, 'playing', 'Space with focus on Campaign after the prediction');
      await page.waitForTimeout(200);
      assert(await page.locator('dialog[open]').count() === 0, 'Space on Campaign opened the campaign menu');
      await page.keyboard.press('k');
      await waitForMode(page, 'paused', 'k with focus on Campaign');
    },
  },
  {
    name: 'keys: phone 390 × 844: scene and goal on the first screen, one compact toolbar row, More opens the rest, nothing clipped or scrolling sideways',
    async run(page, url) {
      const browser = page.context().browser()!;
      mkdirSync(keysShots, { recursive: true });
      for (const [width, height] of [[390, 844], [768, 1024], [1280, 800]]) {
        const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
        try {
          const p = await context.newPage();
          for (const id of ['spike-threshold', 'eyeblink-acquisition']) {
            await openPlainLevel(p, url, id);
            await waitForTicks(p, 300);
            await p.evaluate(() => window.scrollTo(0, 0));
            const facts = await firstScreenFacts(p);
            await p.screenshot({ path: `${keysShots}${id}-${width}x${height}.png` });
            const where = `${id} at ${width}×${height}`;
            assert(facts.canvasTop < height - 200, `${where}: the scene starts at y = ${Math.round(facts.canvasTop)}`);
            assert(facts.lessonTop < height, `${where}: the goal starts at y = ${Math.round(facts.lessonTop)}, below the first screen`);
            assert(facts.scrollWidth <= width, `${where}: the page scrolls sideways (${facts.scrollWidth} px wide)`);
            assert(facts.clipped.length === 0, `${where}: clipped: ${facts.clipped.join('; ')}`);
            if (width === 1280) assert(facts.canvasTop < 170, `${where}: the controls take ${Math.round(facts.canvasTop)} px above the scene`);
            if (width === 390) {
              assert(facts.toolbarRows === 1, `${where}: play, step, speed and More are on ${facts.toolbarRows} rows`);
              assert(await p.locator('#reset').isHidden(), `${where}: Reset shows before More is opened`);
            }
          }
          if (width === 390) {
            // More: Enter opens it (Space would play / pause), the rest of the controls appear and fit.
            await p.locator('#more-toggle').focus();
            await p.keyboard.press('Enter');
            assert(await p.locator('#more-toggle').getAttribute('aria-expanded') === 'true', 'Enter on More did not open it');
            assert(await p.locator('#reset').isVisible() && await p.locator('#step-back').isVisible() && await p.locator('#view-group').isVisible(), 'More does not show Reset, Step back and Show');
            const opened = await firstScreenFacts(p);
            assert(opened.scrollWidth <= width && opened.clipped.length === 0, `with More open: ${opened.scrollWidth} px wide; ${opened.clipped.join('; ')}`);
            await p.screenshot({ path: `${keysShots}more-open-${width}x${height}.png` });
            // The compact speed control still reads as the full choice to a screen reader.
            const names = await p.locator('#speed-group input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim()));
            assert(names.join('|') === 'Slow 0.25×|Normal 1×|Fast-forward', `speed names: ${names.join('|')}`);
          }
        } finally {
          await context.close();
        }
      }
    },
  },
  {
    name: 'keys: clicking a synapse line in the circuit view selects it and the inspector names its pre and post neurons, weight and rule',
    async run(page, url) {
      await openPlainLevel(page, url, 'stdp-pairing');
      await page.locator('input[name="canvas-view"][value="scene"]').check();
      await waitForTicks(page, 50);
      await page.keyboard.press('k');
      await waitForMode(page, 'paused', 'k to pause before looking for the neurons');
      const box = (await page.locator('#sim-view canvas').boundingBox())!;
      // Find the two neurons (pre: first population colour, post: second, drawn at half brightness) and click halfway.
      let pre: { x: number; y: number } | null = null;
      let post: { x: number; y: number } | null = null;
      for (let attempt = 0; attempt < 5 && !(pre && post); attempt++) {
        await page.waitForTimeout(400); // spike flashes fade
        const image = decodePng(await page.screenshot());
        pre = centroidNear(image, box, dim(populationColors[0], 0.5));
        post = centroidNear(image, box, dim(populationColors[1], 0.5));
      }
      assert(pre && post, `the two neurons were not found on the canvas (pre ${JSON.stringify(pre)}, post ${JSON.stringify(post)})`);
      assert(Math.hypot(post.x - pre.x, post.y - pre.y) > 60, 'the two neurons are drawn too close to click between them');
      await page.mouse.click((pre.x + post.x) / 2, (pre.y + post.y) / 2);
      await page.waitForFunction(() => document.querySelector('#inspector .inspector-title')?.textContent?.startsWith('Synapse') ?? false, null, { timeout: 3000 });
      const title = await page.locator('#inspector .inspector-title').textContent();
      assert(title === 'Synapse pre #0 → post #0', `the inspector's title is "${title}"`);
      const rows = await page.locator('#inspector .inspector-values').evaluate((dl) => {
        const out: Record<string, string> = {};
        const terms = dl.querySelectorAll('dt');
        terms.forEach((dt) => { out[dt.textContent ?? ''] = (dt.nextElementSibling?.textContent ?? '').trim(); });
        return out;
      });
      assert(rows['from (presynaptic neuron)'] === 'pre #0', `pre neuron row: ${JSON.stringify(rows)}`);
      assert(rows['to (postsynaptic neuron)'] === 'post #0', `post neuron row: ${JSON.stringify(rows)}`);
      assert(/^0\.\d{5} current units$/.test(rows['weight w'] ?? ''), `weight row: ${rows['weight w']}`);
      assert(rows['learning rule'] === 'spike-timing-dependent plasticity (STDP) [stdp]', `rule row: ${rows['learning rule']}`);
      const status = await page.locator('#inspector .inspector-status').textContent();
      assert(status === 'Selected synapse pre #0 → post #0.', `the announced selection: "${status}"`);
      await page.waitForTimeout(300);
      mkdirSync(keysShots, { recursive: true });
      await page.screenshot({ path: `${keysShots}synapse-selected-1280x800.png` });
      await page.locator('#inspector-panel').screenshot({ path: `${keysShots}synapse-inspector.png` });
      // A click on empty canvas clears the selection.
      await page.mouse.click(box.x + 12, box.y + 12);
      await page.waitForFunction(() => document.querySelector('#inspector .inspector-status')?.textContent === 'Nothing selected.', null, { timeout: 3000 });
    },
  },
];
