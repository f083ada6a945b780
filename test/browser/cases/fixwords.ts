// With ?locale=es the objectives panel's value lines are Spanish ("meta", "aún sin medir") and numbers
// use a decimal comma (the sentences src/levels writes go through the label hooks the page installs at
// boot). Screenshots at 1280x800 and 390x844 in test-output/fixwords/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, openPlainLevel, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/fixwords/', import.meta.url));

export const tests: TestCase[] = [
  {
    name: 'fixwords: with ?locale=es the objectives panel writes its value lines in Spanish',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await openPlainLevel(page, `${url}?locale=es`, 'stdp-pairing');
      await page.waitForFunction(() => (document.querySelector('.objective-value')?.textContent ?? '') !== '', null, { timeout: 10_000 });
      const lines = await page.locator('.objective-value').allTextContents();
      const text = lines.join(' | ');
      assert(/\(meta [^)]*1,3/.test(text), `the value line names the goal in Spanish with a decimal comma: ${text}`);
      assert(!/\bgoal\b|not measured|\d\.\d/.test(text), `English words or an English decimal point left: ${text}`);
      await page.screenshot({ path: `${shots}objectives-es-1280x800.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `${shots}objectives-es-390x844.png`, fullPage: true });
    },
  },
];
