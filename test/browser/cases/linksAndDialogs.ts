// ?level= links to chapter levels, teacher notes, help and menu pausing.
import { mkdirSync } from 'node:fs';
import { assert, chapterShots, waitForTicks, type TestCase } from '../harness';

const linksAndDialogsTest: TestCase = {
  name: 'a ?level= link to a chapter level opens it as from the campaign (intro, question), teacher notes as text, help and menu pause the level; a sandbox link plays at once',
  async run(page, url) {
    await page.goto(`${url}?level=spike-threshold`);
    await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
    assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused' && await page.evaluate(() => window.__synaptica!.tick()) === 0, 'the linked level runs behind its intro card');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
    await page.keyboard.press('Escape'); // skip the question
    // The level has a slider: it waits at its first tick for the setup, until Play.
    await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
    assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused' && await page.evaluate(() => window.__synaptica!.tick()) === 0, 'the linked level with a slider started before the setup');
    await page.locator('#play-pause').press('Enter');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
    const notes = page.locator('#teacher-notes');
    assert(await notes.isVisible(), 'no teacher notes for a level that has them');
    assert(await notes.locator('summary').textContent() === 'For teachers', 'the disclosure is not labelled "For teachers"');
    await notes.locator('summary').click();
    const text = (await page.locator('#teacher-notes-text').textContent()) ?? '';
    assert(text.includes('Izhikevich (2003)'), `the teacher notes read "${text.slice(0, 80)}"`);
    assert(await page.locator('#teacher-notes-text *:not(p)').count() === 0, 'the teacher notes hold markup other than paragraphs');
    mkdirSync(chapterShots, { recursive: true });
    await page.screenshot({ path: `${chapterShots}teacher-notes.png` });
    await page.locator('#play-pause').focus();
    await page.keyboard.press('?');
    await page.waitForSelector('#help-dialog[open]');
    assert(await page.locator('#help-keys').textContent().then((t) => t?.includes('campaign menu')), 'the help does not list c');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 5000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
    await page.keyboard.press('c');
    await page.waitForSelector('#campaign-dialog[open]');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 5000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
    await page.goto(`${url}?level=izhikevich-2003`);
    await waitForTicks(page, 50);
    assert(await page.locator('dialog[open]').count() === 0, 'a sandbox link opened a card');
  },
};

export const tests: TestCase[] = [linksAndDialogsTest];
