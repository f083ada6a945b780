// When error processing goes wrong (issue 17 part 4): beads-task opens the belief scene,
// fast-forwards a few blocks of games, and the scene's words (each learner's last decision) are
// what the page describes; screenshots at 1280x800 and 390x844. Then aberrant-salience and
// excessive-checking in Spanish, and the sandbox's three tasks on a phone. Screenshots under
// test-output/i17awry/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, fastForwardToTrials, openPlainLevel, screenshotSanity, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/i17awry/', import.meta.url));

/** Fast-forwards until `trials` blocks have ended, then pauses and returns the page's text. */
async function playBlocks(page: Page, trials: number): Promise<string> {
  await fastForwardToTrials(page, trials);
  return page.evaluate(() => document.body.textContent ?? '');
}

async function bothSizes(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${shots}${name}-1280.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${shots}${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function openSpanish(page: Page, url: string, id: string): Promise<void> {
  await page.goto(`${url}?locale=es`);
  await page.waitForSelector('#level-select[data-ready="true"]');
  await page.evaluate((want) => window.__synaptica!.openLevel(want, false), id);
  await page.waitForFunction((want) => window.__synaptica!.levelId() === want, id, { timeout: 10_000 });
}

export const tests: TestCase[] = [
  {
    name: 'error processing: beads task with belief bars at 1280 and 390; cues and checking in Spanish; the sandbox on a phone',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await openPlainLevel(page, url, 'beads-task');
      const scene = await page.evaluate(() => window.__synaptica!.sceneName());
      assert(scene === 'belief', `the beads level opened the "${scene}" scene`);
      const beads = await playBlocks(page, 2);
      assert(/Learner A decided after \d+ beads?: the mostly (blue|orange) jar/.test(beads), 'the page says in words how many beads learner A drew and which jar it chose');
      assert(/Average beads before deciding: [\d.]+/.test(beads), 'the page gives each learner\'s average in words');
      assert(/Games learner A decided after 1-2 beads: [\d.]+%/.test(beads) && /≤ 5 ?%/.test(beads), 'the objective names the share it measures, in %, with its goal in %');
      const { canvas } = await screenshotSanity(page, 'beads-task-1280');
      assert(canvas.width > 600, `the canvas is ${canvas.width} px wide`);
      await bothSizes(page, 'beads-task');

      await openSpanish(page, url, 'aberrant-salience');
      const cues = await playBlocks(page, 2);
      assert(/Aprendiz B espera ahora recompensa tras la luz/.test(cues), 'the Spanish page says what learner B expects after the light');
      assert(/Último ensayo: luz (encendida|apagada), tono (sonando|en silencio)/.test(cues), 'the Spanish page describes the last cue trial');
      await bothSizes(page, 'aberrant-salience-es');

      await openSpanish(page, url, 'excessive-checking');
      const checks = await playBlocks(page, 1);
      assert(/Aprendiz A comprobó \d+ (vez|veces)/.test(checks), 'the Spanish page says how often learner A checked');
      assert(/Cada barra: la respuesta de error tras una comprobación\. .*20 comprobaciones como mucho/.test(checks), 'the Spanish page says where the stop line and the 20-check cap are');
      await bothSizes(page, 'excessive-checking-es');

      await openPlainLevel(page, url, 'error-processing-sandbox');
      const sandbox = await playBlocks(page, 1);
      for (const words of ['Beads task', 'Learning from cues', 'Checking: after an action']) assert(sandbox.includes(words), `the sandbox shows "${words}"`);
      assert(!sandbox.includes('records no value per trial'), 'the sandbox records measures, so its learning curve is not empty');
      await bothSizes(page, 'error-processing-sandbox');
    },
  },
];
