// The calcium chapter after the model follows Shouval, Bear & Cooper (2002) (issue 13): the levels
// open with their new goals, run, and their plots show the weight and calcium. Screenshots at
// 1280x800 and 390x844 go to test-output/calcium/ (looked at by the author).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, openPlainLevel, waitForTicks, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/calcium/', import.meta.url));

export const tests: TestCase[] = [
  {
    name: 'calcium13: calcium-frequency and calcium-ltp open with their goals, run, and draw their plots (desktop and phone)',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      for (const [id, goal] of [['calcium-frequency', 'below 75% of its starting strength'], ['calcium-ltp', 'at least twice as strong']] as const) {
        for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
          await page.setViewportSize(viewport);
          await openPlainLevel(page, url, id);
          const text = await page.locator('body').innerText();
          assert(text.includes(goal), `${id}: the goal "${goal}" is not on the page`);
          await waitForTicks(page, 6000); // 3 s of simulated time at 0.5 ms
          await page.screenshot({ path: `${shots}${id}-${viewport.width}x${viewport.height}.png` });
        }
      }
    },
  },
];
