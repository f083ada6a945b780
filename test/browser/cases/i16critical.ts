// critical-period: the page draws the level (relay cells of both eyes, the cortex cells, the rate and
// weight plots) at a desktop and a phone viewport; its two experiment buttons are offered under their
// human labels and closing the eye reaches the running world. Screenshots go to test-output/i16critical/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, openPlainLevel, screenshotSanity, waitForTicks, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/i16critical/', import.meta.url));

export const tests: TestCase[] = [
  {
    name: 'criticalPeriod: the level draws at 1280x800 and 390x844 and offers its eye and diazepam buttons',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await openPlainLevel(page, url, 'critical-period');
      const close = page.getByRole('button', { name: /Close the right eye/ });
      assert(await close.count() === 1, 'no "Close the right eye" button');
      assert(await page.getByRole('button', { name: /Give diazepam/ }).count() === 1, 'no "Give diazepam" button');
      await close.click();
      await waitForTicks(page, 1_500, 60_000);
      await screenshotSanity(page, 'critical-period-1280');
      await page.screenshot({ path: `${shots}critical-period-1280.png` });
      const text = await page.locator('body').innerText();
      assert(!/rightVision|eyeInputs|spontaneousCortex|closeRightEye/.test(text), 'the page shows an internal id of the level');
      await page.setViewportSize({ width: 390, height: 844 });
      await waitForTicks(page, 2_500, 60_000);
      await page.screenshot({ path: `${shots}critical-period-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  },
];
