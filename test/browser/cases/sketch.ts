// Sketch predictions drawn with the pointer.
import { mkdirSync } from 'node:fs';
import { assert, chapterShots, type TestCase } from '../harness';

const sketchTest: TestCase = {
  name: 'sketch prediction: drawn with the pointer before dopamine-acquisition runs, scored at the goal, shown beside the actual curve, kept in the progress',
  async run(page, url) {
    await page.goto(`${url}?level=dopamine-acquisition`);
    await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
    await page.keyboard.press('Escape');
    // The multiple-choice question first (skipped), then the sketch.
    await page.waitForSelector('#prediction-dialog[open] input[type="radio"]', { timeout: 5000 });
    // Its questions count for stars: the first Esc only says so, the second skips.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#prediction-dialog[open] svg.sketch-pad', { timeout: 5000 });
    assert(await page.locator('#prediction-commit').isDisabled(), 'Commit is enabled before anything was drawn');
    // A stroke low on the left rising to high on the right, with the mouse.
    const box = await page.locator('#prediction-dialog svg.sketch-pad').boundingBox();
    assert(box !== null, 'the sketch pad has no box');
    const at = (fx: number, fy: number): [number, number] => [box.x + fx * box.width, box.y + fy * box.height];
    await page.mouse.move(...at(0.12, 0.8));
    await page.mouse.down();
    for (let k = 1; k <= 20; k++) await page.mouse.move(...at(0.12 + 0.84 * (k / 20), 0.8 - 0.65 * Math.min(1, (k / 20) * 1.6)));
    await page.mouse.up();
    const live = (await page.locator('#prediction-dialog .sketch-live').textContent()) ?? '';
    assert(/Hz/.test(live), `the pad does not describe the curve in words: "${live}"`);
    mkdirSync(chapterShots, { recursive: true });
    await page.screenshot({ path: `${chapterShots}sketch-pad.png` });
    await page.click('#prediction-commit');
    await page.waitForFunction(() => !document.querySelector('dialog[open]') && window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
    await page.keyboard.press('3');
    await page.waitForSelector('#level-result-dialog[open]', { timeout: 60_000 });
    const actual = await page.locator('#level-result-dialog polyline.sketch-line-actual').getAttribute('points');
    const drawn = await page.locator('#level-result-dialog polyline.sketch-line-player').getAttribute('points');
    assert((actual ?? '').trim().split(/\s+/).length >= 5 && (drawn ?? '').trim().split(/\s+/).length === 10, `the result figure lacks a curve: actual "${actual}", sketch "${drawn}"`);
    await page.screenshot({ path: `${chapterShots}sketch-result.png` });
    await page.evaluate(() => window.__synaptica!.flushProgress());
    const saved = await page.evaluate(() => window.__synaptica!.progress());
    const record = saved.predictions.find((p) => p.levelId === 'dopamine-acquisition' && p.questionId === 'cueCurve');
    assert(record !== undefined && record.sketch?.length === 10 && typeof record.score === 'number' && typeof record.correct === 'boolean', `the sketch and its score are not in the progress: ${JSON.stringify(saved.predictions)}`);
    assert(record.sketch[0] < record.sketch[9], `the saved sketch does not rise: ${JSON.stringify(record.sketch)}`);
  },
};

export const tests: TestCase[] = [sketchTest];
