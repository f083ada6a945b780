// Chapter 8's PV levels in the page (issue 16): pv-timing draws its fibres, PV cells and pyramidal
// cells, its "Silence the PV cells" switch works from the keyboard, and it fits a phone; the
// inhibitory-balance level and the chapter's sandbox draw and run. No internal ids on the page.
// Screenshots go to test-output/i16pv/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, openPlainLevel, screenshotSanity, simTicks, waitForTicks, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/i16pv/', import.meta.url));
const INTERNAL_IDS = /pvToPyramidal|toPyramidal|inhFibres|excFibres|hubToExc|spikeTimeJitterMs|tuningCorrelation|isiCv/;

export const tests: TestCase[] = [
  {
    name: 'i16pv: pv-timing silences the PV cells by keyboard and draws at 1280x800 and 390x844; inhibitory-balance and cortex-sandbox draw',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await openPlainLevel(page, url, 'pv-timing');
      await waitForTicks(page, 1_000, 30_000); // 0.1 s at 0.1 ms
      const silence = page.locator('button[aria-pressed]', { hasText: 'Silence the PV cells' });
      assert(await silence.count() === 1, 'pv-timing offers one "Silence the PV cells" switch');
      await silence.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => [...document.querySelectorAll('button[aria-pressed="true"]')].some((b) => b.textContent?.includes('Silence the PV cells')), null, { timeout: 5_000 });
      const at = await simTicks(page);
      await waitForTicks(page, at + 1_500, 30_000);
      await screenshotSanity(page, 'i16pv-pv-timing-1280');
      await page.screenshot({ path: `${shots}pv-timing-1280.png` });
      assert(!INTERNAL_IDS.test(await page.locator('body').innerText()), 'pv-timing shows an internal id');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${shots}pv-timing-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      for (const id of ['inhibitory-balance', 'cortex-sandbox']) {
        await openPlainLevel(page, url, id);
        await waitForTicks(page, 1_000, 30_000); // 0.5 s at 0.5 ms
        await screenshotSanity(page, `i16pv-${id}-1280`);
        await page.screenshot({ path: `${shots}${id}-1280.png` });
        assert(!INTERNAL_IDS.test(await page.locator('body').innerText()), `${id} shows an internal id`);
      }
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${shots}cortex-sandbox-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  },
];
