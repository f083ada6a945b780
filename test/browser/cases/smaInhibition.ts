// song-miller-abbott with the paper's 200 inhibitory inputs: the page draws the level (the new input
// group beside the excitatory inputs, the postsynaptic raster and the weight histogram) at a desktop
// and a phone viewport, and the cell still fires. Screenshots go to test-output/networks/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, openPlainLevel, screenshotSanity, waitForTicks, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/networks/', import.meta.url));

export const tests: TestCase[] = [
  {
    name: 'smaInhibition: song-miller-abbott draws its excitatory and inhibitory inputs at 1280x800 and 390x844',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await openPlainLevel(page, url, 'song-miller-abbott');
      await waitForTicks(page, 20_000, 60_000); // 2 s at 0.1 ms
      await screenshotSanity(page, 'sma-inhibition-1280');
      await page.screenshot({ path: `${shots}sma-inhibition-1280.png` });
      const text = await page.locator('body').innerText();
      assert(!/inhibitoryInputs|inhibitionToPost/.test(text), 'the page shows an internal id of the inhibitory inputs');
      await page.setViewportSize({ width: 390, height: 844 });
      await waitForTicks(page, 30_000, 60_000);
      await page.screenshot({ path: `${shots}sma-inhibition-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  },
];
