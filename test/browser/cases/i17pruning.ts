// Developmental pruning (issue 17 part 3): developmental-pruning opens the pruning scene,
// fast-forwards to the end of development (20 trials, one per year of the model's life), and the
// words the scene draws (synapse count with its peak and fall, accuracy before and after pruning, the
// never-pruned twin's accuracy and the points between) are on the page; screenshots at 1280x800 and
// 390x844. Then the random-pruning level in Spanish at both sizes, and the sandbox's yearly measures:
// its status line counts years lived, and its curve menu switches the plot between its measures (and
// is filled on a phone, whose canvas shows the scene alone); a level of one quantity has no menu.
// Screenshots under test-output/i17pruning/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, fastForwardToTrials, openPlainLevel, screenshotSanity, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/i17pruning/', import.meta.url));

export const tests: TestCase[] = [
  {
    name: 'developmental pruning: the synapse count rises and falls while accuracy holds, drawn at 1280 and 390; the random level in Spanish',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await openPlainLevel(page, url, 'developmental-pruning');
      const scene = await page.evaluate(() => window.__synaptica!.sceneName());
      assert(scene === 'pruning', `the pruning level opened the "${scene}" scene`);
      await fastForwardToTrials(page, 20);
      const summary = await page.evaluate(() => document.body.textContent ?? '');
      assert(/Synapses: \d+ \(peak \d+; 40% lost since the peak\)/.test(summary), 'the page says in words how far the count fell from its peak');
      assert(/Accuracy on new examples: \d+% \(before pruning: \d+%\)/.test(summary), 'the page gives the accuracy before and after pruning');
      assert(summary.includes('(age 20): grown up, pruning done'), 'the page says development has ended, at age 20');
      assert(/Twin never pruned: \d+% \(this network: (\d+(\.\d)? points? (above|below) it|the same)\)/.test(summary), `the page gives the never-pruned twin's accuracy: ${/Twin never pruned[^)]*\)/.exec(summary)?.[0] ?? 'not found'}`);
      // Points read to one decimal (MetricDisplay.decimals), not the run's raw 0.0625.
      assert(/Accuracy minus the never-pruned twin's: -?\d+\.\d points \(goal ≥ -1\.0 points\)/.test(summary), `the objective names the twin and gives points to one decimal: ${/Accuracy minus[^)]*\)/.exec(summary)?.[0] ?? 'not found'}`);
      const { image, canvas } = await screenshotSanity(page, 'developmental-pruning-1280');
      assert(canvas.width > 600, `the canvas is ${canvas.width} px wide`);
      assert(image.width > 0, 'a screenshot was taken');
      await page.screenshot({ path: `${shots}developmental-pruning-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${shots}developmental-pruning-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${url}?locale=es`);
      await page.waitForSelector('#level-select[data-ready="true"]');
      await page.evaluate(() => window.__synaptica!.openLevel('developmental-pruning-random', false));
      await page.waitForFunction(() => window.__synaptica!.levelId() === 'developmental-pruning-random', null, { timeout: 10_000 });
      await fastForwardToTrials(page, 6);
      const spanish = await page.evaluate(() => document.body.textContent ?? '');
      assert(spanish.includes('Poda: sinapsis elegidas al azar'), 'the Spanish page says the synapses are pruned at random');
      assert(spanish.includes('puntos'), 'the Spanish page gives the accuracy difference in puntos');
      assert(/Sinapsis: \d+ \(pico \d+; \d+ % perdidas desde el pico\)/.test(spanish), 'the Spanish page gives the count in Spanish');
      assert(/Gemela nunca podada: \d+ % \(esta red: \d+(,\d)? puntos? por (debajo|encima)\)/.test(spanish), `the Spanish page gives the twin's accuracy: ${/Gemela nunca podada[^)]*\)/.exec(spanish)?.[0] ?? 'not found'}`);
      await page.screenshot({ path: `${shots}developmental-pruning-random-es-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${shots}developmental-pruning-random-es-390.png`, fullPage: true });
      // The sandbox has no goal but records its measures each year, so its plot has points.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${url}?locale=en`);
      await page.waitForSelector('#level-select[data-ready="true"]');
      await page.evaluate(() => window.__synaptica!.openLevel('developmental-pruning-sandbox', false));
      await page.waitForFunction(() => window.__synaptica!.levelId() === 'developmental-pruning-sandbox', null, { timeout: 10_000 });
      await fastForwardToTrials(page, 5);
      // The plot is drawn on the canvas (no page text to read): the screenshot shows it; the values
      // each year are checked in test/circuits/devPruning/pruningLevels.test.ts.
      await page.screenshot({ path: `${shots}developmental-pruning-sandbox-1280.png` });
      // The status line counts years, and the Plots panel offers each of the three measures for the curve.
      const trialsLabel = await page.locator('#status-trials-label').textContent();
      assert(trialsLabel === 'Years lived', `the status line says "${trialsLabel}" for years of life`);
      const curve = page.locator('#plot-curve-select');
      const options = await curve.locator('option').allTextContents();
      assert(JSON.stringify(options) === JSON.stringify(['Synapses', 'Accuracy vs the never-pruned twin', 'Accuracy on new examples']), `the curve menu offers ${JSON.stringify(options)}`);
      assert(await page.locator('label[for="plot-curve-select"]').textContent() === 'Learning curve shows', 'the curve menu has its label');
      const canvasLines = async (): Promise<string[]> => ((await page.locator('#sim-view').getAttribute('data-canvas-texts')) ?? '').split('\n');
      assert((await canvasLines()).includes('Synapses'), 'the curve first shows the first measure, the synapse count');
      await curve.focus();
      await page.keyboard.press('ArrowDown');
      assert(await curve.inputValue() === 'vsTwin', `ArrowDown on the curve menu chose "${await curve.inputValue()}"`);
      // The plot itself changes (its title is drawn on the canvas), not only the menu's value.
      await page.waitForFunction(() => (document.getElementById('sim-view')?.dataset.canvasTexts ?? '').split('\n').includes('Accuracy vs the never-pruned twin'), null, { timeout: 5_000 });
      await page.screenshot({ path: `${shots}developmental-pruning-sandbox-vs-twin-1280.png` });
      // A Reset (to compare runs with other settings) keeps the chosen quantity.
      await page.locator('#reset').click();
      await fastForwardToTrials(page, 3);
      await page.waitForFunction(() => document.querySelectorAll('#plot-curve-select option').length === 3, null, { timeout: 5_000 });
      assert(await curve.inputValue() === 'vsTwin', `after Reset the curve menu shows "${await curve.inputValue()}"`);
      assert((await canvasLines()).includes('Accuracy vs the never-pruned twin'), `after Reset the canvas says: ${(await canvasLines()).join(' | ')}`);
      // On a phone the canvas shows the scene alone at first: the menu is filled all the same.
      await page.setViewportSize({ width: 390, height: 844 });
      await openPlainLevel(page, url, 'developmental-pruning-sandbox');
      await fastForwardToTrials(page, 3);
      await page.waitForFunction(() => document.querySelectorAll('#plot-curve-select option').length === 3, null, { timeout: 5_000 });
      // A level that records one quantity offers no choice: no menu at all (not an empty or one-line one).
      await page.setViewportSize({ width: 1280, height: 800 });
      await openPlainLevel(page, url, 'songbird-wav-tutor');
      assert(!(await curve.isVisible()), 'the curve menu shows before any trial');
      await fastForwardToTrials(page, 2);
      assert(await curve.locator('option').count() === 1 && !(await curve.isVisible()), 'songbird-wav-tutor (one quantity) shows a curve menu');
    },
  },
];
