// The credit-assignment arena (issue 17 part 5): credit-arena opens the arena scene, fast-forwards
// until all five rules have learned XOR, and the legend's words (one per rule, with the epoch it
// learned) are what the scene describes; screenshots at 1280x800 and 390x844. Then the width level
// in Spanish at both sizes. Screenshots under test-output/i17arena/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, fastForwardToTrials, openPlainLevel, screenshotSanity, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/i17arena/', import.meta.url));

export const tests: TestCase[] = [
  {
    name: 'credit arena: five learning curves race on XOR, drawn at 1280 and 390; the width level in Spanish',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await openPlainLevel(page, url, 'credit-arena');
      const scene = await page.evaluate(() => window.__synaptica!.sceneName());
      assert(scene === 'arena', `the arena level opened the "${scene}" scene`);
      await fastForwardToTrials(page, 5);
      await page.waitForTimeout(300);
      const summary = await page.evaluate(() => document.body.textContent ?? "");
      assert(/Backprop: learned at epoch \d+/.test(summary), 'the page says in words when backprop learned XOR');
      assert(/Node perturbation \(songbird\): learned at epoch \d+/.test(summary), 'the page says in words when node perturbation learned XOR');
      const { image, canvas } = await screenshotSanity(page, 'credit-arena-1280');
      assert(canvas.width > 600, `the canvas is ${canvas.width} px wide`);
      assert(image.width > 0, 'a screenshot was taken');
      await page.screenshot({ path: `${shots}credit-arena-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${shots}credit-arena-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${url}?locale=es`);
      await page.waitForSelector('#level-select[data-ready="true"]');
      await page.evaluate(() => window.__synaptica!.openLevel('credit-arena-width', false));
      await page.waitForFunction(() => window.__synaptica!.levelId() === 'credit-arena-width', null, { timeout: 10_000 });
      await fastForwardToTrials(page, 1);
      const spanish = await page.evaluate(() => document.body.textContent ?? "");
      assert(spanish.includes('Perturbación de nodos'), 'the Spanish page names node perturbation in Spanish');
      await page.screenshot({ path: `${shots}credit-arena-width-es-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${shots}credit-arena-width-es-390.png`, fullPage: true });
    },
  },
];
