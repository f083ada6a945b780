// predictive-coding (issue 16): the page draws the level's network (sound input, the two memory
// groups, prediction units, the two kinds of error units, with their labels, never their ids) at a
// desktop and a phone viewport, in English and in Spanish, while the sim runs. Screenshots go to
// test-output/i16pred/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, openPlainLevel, screenshotSanity, waitForTicks, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/i16pred/', import.meta.url));
const IDS = /\b(lastBeat|beatBefore|soundToSurprise|soundToMissing|predictTwoBeats|highBeep|lowBeep)\b/;

export const tests: TestCase[] = [
  {
    name: 'predictiveCoding: the predictive-coding level draws its prediction and error units at 1280x800 and 390x844, in English and Spanish',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await openPlainLevel(page, url, 'predictive-coding');
      await waitForTicks(page, 3000, 60_000); // 3 s at 1 ms: six beeps
      await screenshotSanity(page, 'predictive-coding-1280');
      await page.screenshot({ path: `${shots}predictive-coding-1280.png` });
      const text = await page.locator('body').innerText();
      assert(!IDS.test(text), `the page shows an internal id: ${IDS.exec(text)?.[0]}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await waitForTicks(page, 4000, 60_000);
      await page.screenshot({ path: `${shots}predictive-coding-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      const spanish = url.includes('?') ? `${url}&locale=es` : `${url}?locale=es`;
      await openPlainLevel(page, spanish, 'predictive-coding');
      await waitForTicks(page, 3000, 60_000);
      await page.screenshot({ path: `${shots}predictive-coding-es-1280.png` });
      const spanishText = await page.locator('body').innerText();
      assert(spanishText.includes('pitido') || spanishText.includes('Unidades'), 'the Spanish page does not show the level\'s Spanish texts');
    },
  },
];
