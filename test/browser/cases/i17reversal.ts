// Error monitoring and strategy switching (issue 17 part 2): reversal-learning opens the reversal
// scene, fast-forwards past the first swap, and the page says in words the reversals and the
// perseverative errors (2 per reversal) the scene counts; screenshots at 1280x800 and 390x844. Then
// reversal-acc-lesion in Spanish as the campaign opens it: the start question pauses the level, the
// error unit is lesioned from the player's panel, and the level ends with its goals met (the agent
// perseverates); screenshots at both sizes, and reversal-probabilistic on the phone in Spanish.
// Screenshots under test-output/i17reversal/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, fastForwardToTrials, openPlainLevel, screenshotSanity, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/i17reversal/', import.meta.url));
const LESION = '[data-action="lesionErrorUnit"] button';

export const tests: TestCase[] = [
  {
    name: 'reversal: the agent switches after two errors, drawn at 1280 and 390; the lesion level in Spanish perseverates',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await openPlainLevel(page, url, 'reversal-learning');
      const scene = await page.evaluate(() => window.__synaptica!.sceneName());
      assert(scene === 'reversal', `the reversal level opened the "${scene}" scene`);
      await fastForwardToTrials(page, 16);
      await page.waitForTimeout(300);
      const summary = await page.evaluate(() => document.body.textContent ?? '');
      const said = /reversals so far: (\d+) · perseverative errors per reversal: 2(?![\d.,])/.exec(summary);
      assert(said !== null && Number(said[1]) >= 1, `the page says in words that the agent made 2 perseverative errors per reversal: ${summary.slice(summary.indexOf('Trial'), summary.indexOf('Trial') + 120)}`);
      const { image, canvas } = await screenshotSanity(page, 'reversal-learning-1280');
      assert(canvas.width > 600, `the canvas is ${canvas.width} px wide`);
      assert(image.width > 0, 'a screenshot was taken');
      await page.screenshot({ path: `${shots}reversal-learning-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${shots}reversal-learning-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });

      // Opened as the campaign opens it (the lead places the chapter): intro card, start question, stars.
      await page.goto(`${url}?locale=es`);
      await page.waitForSelector('#level-select[data-ready="true"]');
      await page.evaluate(() => window.__synaptica!.openLevel('reversal-acc-lesion', true));
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 30_000 });
      await page.keyboard.press('Enter'); // Start
      await page.waitForSelector('#prediction-dialog[open]', { timeout: 10_000 });
      const question = await page.locator('#prediction-dialog').textContent();
      assert(question?.includes('unidad de error') === true, `the question is in Spanish: "${question?.slice(0, 120)}"`);
      await page.locator('#prediction-dialog input[type="radio"]').first().focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('#prediction-dialog[open]'), null, { timeout: 5000, polling: 10 });
      await page.waitForTimeout(300);
      const paused = await page.evaluate(() => ({ mode: window.__synaptica!.mode(), trials: window.__synaptica!.trials() }));
      assert(paused.mode === 'paused' && paused.trials === 0, `after the answer the level is ${paused.mode} at trial ${paused.trials}, not paused at its start`);
      const label = await page.locator('[data-action="lesionErrorUnit"]').textContent();
      assert(label?.includes('Lesionar la unidad de error') === true, `the panel's toggle reads "${label}"`);
      await page.locator(LESION).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'true', LESION, { timeout: 5000 });
      await page.keyboard.press('3');
      try {
        await page.waitForSelector('#level-result-dialog[open]', { timeout: 120_000 });
      } catch (error) {
        await page.screenshot({ path: `${shots}lesion-no-result.png` });
        throw new Error(`no result card: ${String(error)}`);
      }
      const met = await page.locator('#objectives-list li[data-met="true"]').count();
      assert(met === 2, `${met} of 2 goals met with the error unit lesioned`);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${shots}reversal-acc-lesion-es-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${shots}reversal-acc-lesion-es-390.png`, fullPage: true });
      // The probabilistic level on the phone in Spanish: the options say how often each pays.
      await page.evaluate(() => window.__synaptica!.openLevel('reversal-probabilistic', false));
      await page.waitForFunction(() => window.__synaptica!.levelId() === 'reversal-probabilistic', null, { timeout: 10_000 });
      await fastForwardToTrials(page, 10);
      await page.screenshot({ path: `${shots}reversal-probabilistic-es-390.png` });
    },
  },
];
