// The cortical map levels (chapter 8): the touch map in free play, digit 3 silenced from the player's
// panel by keyboard, fast-forward until its territory is taken over; the map scene draws the strips
// (before / now) and the legend marks the silenced digit. Then the cross-modal level in Spanish.
// Screenshots at 1280x800 and 390x844 under test-output/i16maps/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, openPlainLevel, screenshotSanity, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/i16maps/', import.meta.url));

export const tests: TestCase[] = [
  {
    name: 'cortical map: digit 3 silenced by keyboard, the neighbours take over, drawn at 1280 and 390; cross-modal in Spanish',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await openPlainLevel(page, url, 'map-reorganisation');
      const scene = await page.evaluate(() => window.__synaptica!.sceneName());
      assert(scene === 'maps', `the touch map opened the "${scene}" scene`);
      const button = page.locator('[data-action="command:silenceDigit3"] button, button[data-action="command:silenceDigit3"]').first();
      const label = await button.textContent();
      assert(label?.includes('Silence digit 3'), `the silence button reads "${label}"`);
      await button.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('3'); // fast-forward
      await page.waitForFunction(() => window.__synaptica!.trials() >= 14, null, { timeout: 60_000, polling: 100 });
      await page.keyboard.press('k');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 5000 });
      await page.waitForTimeout(300);
      await screenshotSanity(page, 'map-reorganisation-1280');
      await page.screenshot({ path: `${shots}map-reorganisation-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${shots}map-reorganisation-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${url}?locale=es`);
      await page.waitForSelector('#level-select[data-ready="true"]');
      await page.evaluate(() => window.__synaptica!.openLevel('cross-modal', false));
      await page.waitForFunction(() => window.__synaptica!.levelId() === 'cross-modal', null, { timeout: 10_000 });
      await page.waitForTimeout(500);
      const title = await page.locator('#sim-view').getAttribute('data-scene');
      assert(title === null || title === 'maps', `the cross-modal level opened the "${title}" scene`);
      await page.screenshot({ path: `${shots}cross-modal-es-1280.png` });
    },
  },
];
