// A question timed to a trial stops fast-forward exactly there.
import { assert, type TestCase } from '../harness';

const trialTimedQuestionTest: TestCase = {
  name: 'a question timed to trial 321 (eyeblink-extinction-savings) stops fast-forward after exactly 320 trials, and fast-forward resumes after the answer',
  async run(page, url) {
    await page.goto(`${url}?level=eyeblink-extinction-savings`);
    await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
    await page.keyboard.press('Escape');
    await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
    // The start question, skipped: it counts for stars, so the first Esc only says so and the second skips.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
    await page.keyboard.press('3');
    await page.waitForSelector('#prediction-dialog[open] svg.sketch-pad', { timeout: 120_000 });
    const trials = await page.evaluate(() => window.__synaptica!.trials());
    assert(trials === 320, `the question before trial 321 was asked after ${trials} trials`);
    assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused', 'the level runs behind the question');
    // Draw by keyboard: the last two points high (relearning at the end), then Enter commits.
    await page.locator('#prediction-dialog svg.sketch-pad').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('dialog[open]') && window.__synaptica!.mode() === 'fastForward', null, { timeout: 5000 });
    await page.waitForSelector('#level-result-dialog[open]', { timeout: 120_000 });
    assert(await page.locator('#level-result-dialog polyline.sketch-line-actual').count() === 1, 'the result card does not show the relearning curve');
  },
};

export const tests: TestCase[] = [trialTimedQuestionTest];
