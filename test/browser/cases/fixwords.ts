// With ?locale=es the objectives panel's value lines are Spanish ("meta", "aún sin medir") and numbers
// use a decimal comma (the sentences src/levels writes go through the label hooks the page installs at
// boot). Screenshots at 1280x800 and 390x844 in test-output/fixwords/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, openPlainLevel, waitForTicks, type TestCase } from '../harness';

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
  {
    // fixwords2: long Spanish numbers on a narrow phone plot used to pile up; PlotFrame drops an x tick
    // label that would touch the one before it. Screenshots in test-output/fixwords2/.
    name: 'fixwords: on a phone in Spanish, no two plot tick labels overlap (eyeblink and dopamine; fixwords2)',
    async run(page, url) {
      const dir = fileURLToPath(new URL('../../../test-output/fixwords2/', import.meta.url));
      mkdirSync(dir, { recursive: true });
      await page.setViewportSize({ width: 390, height: 844 });
      for (const id of ['eyeblink-acquisition', 'dopamine-acquisition']) {
        await openPlainLevel(page, `${url}?locale=es`, id);
        await waitForTicks(page, 1500);
        await page.waitForTimeout(400); // a slow refresh reports the label boxes
        const rects = ((await page.locator('#sim-view').getAttribute('data-tick-label-rects')) ?? '').split(';')
          .map((r) => r.split(',').map(Number)).filter((v) => v.length === 4 && v.every(Number.isFinite))
          .map(([x, y, width, height]) => ({ x, y, width, height }));
        await page.screenshot({ path: `${dir}${id}-es-390x844.png`, fullPage: true });
        assert(rects.length > 10, `${id}: only ${rects.length} tick labels reported`);
        // Tick labels side by side on one line (an x axis) must not touch; a 1 px rounding is allowed.
        const clash = rects.flatMap((a, i) => rects.slice(i + 1).filter((b) => Math.abs(a.y - b.y) <= 1
          && a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1).map((b) => `${JSON.stringify(a)} × ${JSON.stringify(b)}`));
        assert(clash.length === 0, `${id}: overlapping labels on one line: ${clash.join('; ')}`);
      }
    },
  },
];
