// The eyeblink chapter's cortex-lesion level, played as a player would: its cards by keyboard, training
// in fast-forward until the question before trial 101 stops it, the answer (the level stays paused: the question
// leads into the player's move), then the Purkinje cells inactivated from the player's panel; the level must end with every goal met. Screenshots at
// 1280x800 and 390x844 after the lesion, with the early blink in the eyelid plot.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, screenshotSanity, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/cerebellum2/', import.meta.url));
const LEVEL = 'eyeblink-cortex-lesion';
const TOGGLE = '[data-action="inactivate:purkinje"] button';

export const tests: TestCase[] = [
  {
    name: 'eyeblink cortex lesion: trained in fast-forward, the Purkinje cells inactivated at the question, every goal met',
    async run(page, url) {
      await page.goto(`${url}?level=${LEVEL}`);
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 30_000 });
      await page.keyboard.press('Enter'); // Start
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
      await page.keyboard.press('3'); // fast-forward through the training
      // Fast-forward stops exactly at the question before trial 101.
      await page.waitForSelector('#prediction-dialog[open]', { timeout: 120_000 });
      const trials = await page.evaluate(() => window.__synaptica!.trials());
      assert(trials === 100, `the question before trial 101 was asked after ${trials} trials`);
      const question = await page.locator('#prediction-dialog').textContent();
      assert(question?.includes('Purkinje') && !/\bpurkinje\b/.test(question), `the question does not speak of the Purkinje cells in words: "${question?.slice(0, 200)}"`);
      // The right answer is the third choice: arrows move within the radio group, Enter commits.
      await page.locator('#prediction-dialog input[type="radio"]').first().focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      // The question leads into the player's move (afterAnswer "pause"): the level stays paused at
      // trial 100 and says to act, then press Play; fast-forward does not run past the moment.
      await page.waitForFunction(() => !document.querySelector('#prediction-dialog[open]'), null, { timeout: 5000, polling: 10 });
      await page.waitForTimeout(500);
      const after = await page.evaluate(() => ({ mode: window.__synaptica!.mode(), trials: window.__synaptica!.trials() }));
      assert(after.mode === 'paused' && after.trials === 100, `after the answer the level is ${after.mode} at trial ${after.trials}, not paused at 100`);
      const status = await page.locator('#status, [role="status"]').allTextContents();
      assert(status.some((text) => text.includes('make your change, then press Play')), `no prompt to act after the question: ${JSON.stringify(status)}`);
      const toggle = page.locator(TOGGLE);
      const label = await page.locator('[data-action="inactivate:purkinje"]').textContent();
      assert(label?.includes('Inactivate the Purkinje cells'), `the panel's toggle reads "${label}"`);
      await toggle.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'true', TOGGLE, { timeout: 5000 });
      const actedAt = await page.evaluate(() => window.__synaptica!.trials());
      assert(actedAt <= 120, `the Purkinje cells were inactivated only after trial ${actedAt}`);
      mkdirSync(shots, { recursive: true });
      await page.keyboard.press('3'); // fast-forward again
      try {
        await page.waitForSelector('#level-result-dialog[open]', { timeout: 120_000 });
      } catch (error) {
        await page.screenshot({ path: `${shots}cortex-lesion-no-result.png` });
        const state = await page.evaluate(() => ({ mode: window.__synaptica!.mode(), trials: window.__synaptica!.trials(), dialog: document.querySelector('dialog[open]')?.id ?? null }));
        throw new Error(`no result card (inactivated after trial ${actedAt}; now ${JSON.stringify(state)}): ${String(error)}`);
      }
      const goal = await page.evaluate(() => window.__synaptica!.goal());
      assert(goal !== null, 'the level ended without its goal');
      const met = await page.locator('#objectives-list li[data-met="true"]').count();
      assert(met === 3, `${met} of 3 goals met (inactivated after trial ${actedAt})`);
      await page.screenshot({ path: `${shots}cortex-lesion-result-1280.png` });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'paused' && !document.querySelector('dialog[open]'), null, { timeout: 10_000 });
      await page.waitForTimeout(300);
      await screenshotSanity(page, 'cortex-lesion-1280');
      await page.screenshot({ path: `${shots}cortex-lesion-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${shots}cortex-lesion-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  },
];
