// Fair play (issue 12, items 4, 6, 7): watching is free, sliders need no Apply, the objectives panel
// speaks in labels and units, and free play is never "complete". Screenshots go to test-output/fairplay/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, headlessGoal, levelWith, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/fairplay/', import.meta.url));
/** lowerCamelCase: the shape of an internal id (spikeCount, crPercent, weightChangeRatio). */
const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z0-9]*\b/;

/** Opens a chapter level by link (a campaign level: intro card, start question), answering its question right. */
async function openChapterLevel(page: Page, url: string, id: string): Promise<void> {
  await page.goto(`${url}?level=${id}`);
  await page.waitForSelector('#level-intro-dialog[open]', { timeout: 15_000 });
  await page.keyboard.press('Enter');
  const question = levelWith(id).lesson?.predictions?.find((p) => p.askedBefore === 'start');
  if (question) {
    await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
    if (question.answer === 0) await page.keyboard.press('Space');
    for (let k = 0; k < question.answer; k++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
}

const mode = (page: Page): Promise<string> => page.evaluate(() => window.__synaptica!.mode());
const trials = (page: Page): Promise<number> => page.evaluate(() => window.__synaptica!.trials());

const WATCHING_IS_FREE = 'Watching is free: your first change restarts the level with it, and only then do trials count.';

const watchingIsFree: TestCase = {
  name: 'fairplay: watch trials at 1×, then move the slider: the level restarts at tick 0 with it, says so, and its stars and trials equal the headless run with that setting; no Apply button',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    const id = 'spike-threshold';
    const path = 'stimuli.electrode.amplitudePa';
    await openChapterLevel(page, url, id);
    assert(await mode(page) === 'paused', `${id} did not wait for its setup`);
    const status = (await page.locator('#player-actions-status').textContent()) ?? '';
    assert(status.includes(WATCHING_IS_FREE), `the setup prompt does not say watching is free: "${status}"`);
    assert(await page.locator('#player-actions button', { hasText: /^Apply/ }).count() === 0, 'the sliders still have an Apply button');
    assert(await page.locator('#player-actions [aria-label^="Apply"]').count() === 0, 'a control is still named Apply');
    // Watch: Play at normal speed, at 1 pA the neuron stays silent; then run to the end of the trial.
    await page.click('#play-pause');
    await page.waitForFunction(() => window.__synaptica!.trials() >= 2, null, { timeout: 15_000 });
    await page.click('#step-trial');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 10_000 });
    const watched = await trials(page);
    assert(watched >= 2 && await page.evaluate(() => window.__synaptica!.goal()) === null, `watched ${watched} trials, goal ${JSON.stringify(await page.evaluate(() => window.__synaptica!.goal()))}`);
    const noteBefore = (await page.locator('#objectives-note').textContent()) ?? '';
    assert(noteBefore === WATCHING_IS_FREE, `objectives note before the change: "${noteBefore}"`);
    await page.locator('#objectives').screenshot({ path: `${shots}objectives-before-change.png` });
    // The same value again (a slider dragged back to where it was, 1 pA) is no change: no restart.
    const slider = `[data-action="param:${path}"] input[type="range"]`;
    await page.locator(slider).evaluate((el: HTMLInputElement) => {
      el.value = '1';
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForTimeout(300);
    await page.focus(slider);
    assert(await trials(page) === watched, `a no-op slider move restarted the level (${await trials(page)} trials, watched ${watched})`);
    // The first change: the slider by keyboard (End = 20 pA); the level restarts with it and plays on.
    await page.keyboard.press('End');
    const restartText = `Your first change starts your attempt: the level restarted with it (the ${watched} trials you watched don't count).`;
    await page.waitForFunction((want) => document.getElementById('player-actions-status')?.textContent === want, restartText, { timeout: 5000 });
    await page.screenshot({ path: `${shots}restart-after-first-change.png` });
    await page.locator('#player-actions').screenshot({ path: `${shots}restart-message.png` });
    const announced = (await page.locator('#announcer').textContent()) ?? '';
    assert(announced === restartText || await page.locator('#level-result-dialog[open]').count() > 0, `announced "${announced}", want "${restartText}"`);
    assert(Number(await page.locator(slider).inputValue()) === 20, 'the slider lost its 20 pA over the restart');
    await page.waitForSelector('#level-result-dialog[open]', { timeout: 30_000 });
    const headless = headlessGoal(id, { [path]: 20 });
    const stars = Number(await page.locator('#level-result-stars').getAttribute('data-stars'));
    const goal = await page.evaluate(() => window.__synaptica!.goal());
    assert(goal !== null && goal.used === headless.used, `goal ${JSON.stringify(goal)}; headless at 20 pA ${JSON.stringify(headless)}`);
    assert(stars === headless.stars, `the card shows ${stars} stars, the headless run at 20 pA earns ${headless.stars}`);
    const card = await page.locator('#level-result-dialog').innerText();
    const used = `${headless.used} trial${headless.used === 1 ? '' : 's'};`;
    assert(card.includes(used) && !card.includes('counted ('), `the card does not say "${used}" alone: ${card.slice(0, 300)}`);
    assert(!CAMEL_CASE.test(card), `the result card shows an id: ${card.match(CAMEL_CASE)?.[0]}`);
    await page.screenshot({ path: `${shots}result-after-watching.png` });
    await page.evaluate(() => window.__synaptica!.flushProgress());
    const entry = (await page.evaluate(() => window.__synaptica!.progress())).levels[id];
    assert(entry?.completed === true && entry.bestStars === headless.stars && entry.trialsUsed === headless.used && (entry.failures ?? 0) === 0, `progress: ${JSON.stringify(entry)}, headless ${JSON.stringify(headless)}`);
    await page.keyboard.press('Escape');
  },
};

const objectivesInWords: TestCase = {
  name: 'fairplay: the objectives panel shows labels and units, no ids (spike, STDP, eyeblink, dopamine levels)',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    const expected: Record<string, RegExp> = {
      'spike-types': /^Spikes of the right cell: (not measured yet|\d+) \(goal ≥ 80\)$/,
      'stdp-pairing': /^Weight change: (not measured yet|[\d.]+×) \(goal > 1\.3×\)$/,
      'eyeblink-acquisition': /^CRs: (not measured yet|[\d.]+%) \(goal ≥ 80%\)$/,
      'dopamine-acquisition': /^Dopamine cells after the tone: (not measured yet|[\d.]+ Hz) \(goal ≥ 20 Hz\)$/,
    };
    for (const [id, first] of Object.entries(expected)) {
      await page.goto(`${url}?level=${id}`);
      await page.waitForFunction((want) => window.__synaptica?.levelId() === want, id, { timeout: 15_000 });
      // Close any card: the panel is beside it.
      while (await page.locator('dialog[open]').count()) {
        await page.keyboard.press('Escape');
        await page.waitForTimeout(100);
      }
      await page.waitForFunction(() => document.querySelector('#objectives-list .objective-value')?.textContent !== '', null, { timeout: 5000 });
      const values = await page.locator('#objectives-list .objective-value').allTextContents();
      const text = await page.locator('#objectives').innerText();
      assert(!CAMEL_CASE.test(text), `${id}: the objectives panel shows "${text.match(CAMEL_CASE)?.[0]}": ${text}`);
      assert(first.test(values[0] ?? ''), `${id}: the first objective reads "${values[0]}"`);
      if (id === 'eyeblink-acquisition') await page.locator('#objectives').screenshot({ path: `${shots}objectives-${id}.png` });
    }
  },
};

const sandboxRunsOn: TestCase = {
  name: 'fairplay: the chapter-1 sandbox runs 10 s without "Level complete", with no trials line and no learning curve',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    await page.goto(url);
    await page.waitForSelector('#level-select[data-ready="true"]');
    // From the campaign menu, as a player would reach it (the last level of chapter 1).
    // A string, not a function: tsx would wrap a named inner function with a helper the page lacks.
    await page.evaluate(`(() => {
      const seen = [];
      window.__announced = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[aria-live], [role="status"]')) if (el.textContent) seen.push(el.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    // The bare page opens on the welcome: its "Choose a level" is the campaign menu.
    await page.click('#welcome-menu');
    await page.waitForSelector('#campaign-dialog[open]');
    const slot = (await page.locator('[data-level="izhikevich-2003"] .campaign-stars').textContent()) ?? '';
    assert(slot === '', `the menu offers stars for free play: "${slot}"`);
    await page.click('[data-level="izhikevich-2003"]');
    await page.waitForFunction(() => window.__synaptica?.levelId() === 'izhikevich-2003', null, { timeout: 15_000 });
    while (await page.locator('dialog[open]').count()) {
      await page.keyboard.press('Escape');
      await page.waitForTimeout(100);
    }
    if (await mode(page) === 'paused') await page.click('#play-pause');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
    const startMs = Date.now();
    await page.waitForTimeout(10_000);
    const simSeconds = await page.evaluate(() => window.__synaptica!.tick()) ;
    const announced: string[] = await page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);
    assert(!announced.some((t) => /level complete/i.test(t)), `the sandbox announced: ${announced.filter((t) => /complete/i.test(t)).join(' | ')}`);
    assert(await page.locator('dialog[open]').count() === 0, 'a card opened in free play');
    assert(await page.locator('#lesson-result').isHidden(), 'the sandbox offers a result card');
    assert(await mode(page) === 'playing', `the sandbox stopped (${await mode(page)}) after ${Date.now() - startMs} ms`);
    assert(await page.locator('#status-trials').isHidden(), 'the sandbox shows a trials line');
    const plots = (await page.locator('#plot-exports').textContent()) ?? '';
    assert(!/learning/i.test(plots), `the sandbox offers a learning curve: ${plots}`);
    const time = parseFloat((await page.locator('#status-time').textContent()) ?? '0');
    assert(time >= 1.5, `only ${time} simulated seconds in 10 s (tick ${simSeconds})`);
    await page.screenshot({ path: `${shots}sandbox-chapter1-10s.png` });
  },
};

export const tests: TestCase[] = [watchingIsFree, objectivesInWords, sandboxRunsOn];
