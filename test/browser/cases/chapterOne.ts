// Chapter 1 played from the campaign menu by keyboard, matched against headless runs.
import { mkdirSync } from 'node:fs';
import { assert, canonicalJson, chapterShots, headlessGoal, levelWith, tabTo, type TestCase } from '../harness';

/** Chapter 1 played from the menu: the sliders each level needs (by keyboard) and what they set. */
const chapterOne: Array<{ id: string; sliders: Array<{ path: string; key: 'End' | 'Home'; value: number }>; sandbox?: true }> = [
  { id: 'spike-threshold', sliders: [{ path: 'stimuli.electrode.amplitudePa', key: 'End', value: 20 }] },
  { id: 'spike-types', sliders: [{ path: 'neuronTypes.tunable.a', key: 'End', value: 0.1 }, { path: 'neuronTypes.tunable.d', key: 'Home', value: 2 }] },
  // The chapter's sandbox has an objective (a steady rhythm) but is free play: it is never complete.
  { id: 'izhikevich-2003', sliders: [], sandbox: true },
];

const chapterTest: TestCase = {
  name: 'campaign: chapter 1 played from the menu by keyboard (intro, prediction, sliders, result card, Next … sandbox); trials used equal headless; progress survives a reload',
  async run(page, url) {
    mkdirSync(chapterShots, { recursive: true });
    const shot = (name: string): Promise<Buffer> => page.screenshot({ path: `${chapterShots}${name}.png` });
    const mode = (): Promise<string> => page.evaluate(() => window.__synaptica!.mode());
    // A first visit lands on the welcome; Enter ("Start the campaign" has focus) opens chapter 1's first level.
    await page.goto(url);
    await page.waitForSelector('#welcome-dialog[open]');
    assert(await page.evaluate(() => document.activeElement?.id) === 'welcome-start', 'Start the campaign does not have focus on the welcome');
    await page.keyboard.press('Enter');
    const expected: Record<string, { used: number; unit: string; stars: number }> = {};
    const pausedAt: Record<string, number> = {};
    for (const [i, step] of chapterOne.entries()) {
      const level = levelWith(step.id);
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      assert(await page.evaluate(() => window.__synaptica!.levelId()) === step.id, `Next did not open ${step.id}`);
      assert(await mode() === 'paused' && await page.evaluate(() => window.__synaptica!.tick()) === 0, `${step.id} runs behind its intro card`);
      const introText = (await page.locator('#level-intro-dialog').textContent()) ?? '';
      assert(introText.includes((level.lesson?.intro ?? '').slice(0, 40)), `${step.id}: the intro card lacks the lesson intro: "${introText.slice(0, 120)}"`);
      if (i === 0) await shot('chapter1-1-intro');
      await page.keyboard.press('Enter'); // Start has focus
      const question = level.lesson?.predictions?.find((p) => p.askedBefore === 'start');
      if (question) {
        await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
        const legend = (await page.locator('#prediction-dialog legend').textContent()) ?? '';
        assert(legend === question.question, `${step.id}: the question reads "${legend}"`);
        // Focus is on the first choice: arrows move to the answer (Space picks the first).
        if (question.answer === 0) await page.keyboard.press('Space');
        for (let k = 0; k < question.answer; k++) await page.keyboard.press('ArrowDown');
        if (i === 0) await shot('chapter1-2-prediction');
        await page.keyboard.press('Enter');
      }
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
      if ((level.playerParameters ?? []).length > 0) {
        // A level with sliders waits at its first tick after the questions, so the player sets it up
        // before any trial runs; then fast-forward. The whole run has the headless run's settings.
        await page.waitForTimeout(300);
        assert(await mode() === 'paused', `${step.id} started before the player could set its sliders`);
        pausedAt[step.id] = await page.evaluate(() => window.__synaptica!.tick());
        assert(pausedAt[step.id] === 0, `${step.id} ran ${pausedAt[step.id]} ticks before the setup`);
      } else {
        await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
      }
      if (step.sliders.length > 0) {
        for (const slider of step.sliders) {
          const selector = `[data-action="param:${slider.path}"] input[type="range"]`;
          await tabTo(page, selector, 120);
          await page.keyboard.press(slider.key);
          const value = Number(await page.locator(selector).inputValue());
          assert(Math.abs(value - slider.value) < 1e-9, `${step.id}: ${slider.path} is ${value}, not ${slider.value}`);
        }
      }
      await page.keyboard.press('3');
      if (step.sandbox) {
        // Free play runs on past the simulated second where its objective is first met: no card.
        await page.waitForFunction(() => parseFloat(document.querySelector('#status-time')?.textContent ?? '0') >= 3, null, { timeout: 30_000 });
        assert(!(await page.locator('#level-result-dialog[open]').count()), `${step.id}: the sandbox showed a result card`);
        assert(await page.evaluate(() => window.__synaptica!.mode()) === 'fastForward', `${step.id}: the sandbox stopped at its objective`);
        await page.keyboard.press('2');
        break;
      }
      await page.waitForSelector('#level-result-dialog[open]', { timeout: 60_000 });
      const settings = Object.fromEntries(step.sliders.map((sl) => [sl.path, sl.value]));
      const headless = headlessGoal(step.id, settings);
      expected[step.id] = headless;
      const stars = Number(await page.locator('#level-result-stars').getAttribute('data-stars'));
      const goal = await page.evaluate(() => window.__synaptica!.goal());
      assert(goal !== null && goal.used === headless.used && goal.unit === headless.unit, `${step.id}: the page met its goal after ${goal?.used} ${goal?.unit}, headless after ${headless.used} ${headless.unit} (sliders set at tick ${pausedAt[step.id]})`);
      assert(await page.evaluate(() => window.__synaptica!.tick()) === goal.tick, `${step.id}: the page ran past the tick where the goal was met`);
      assert(stars === headless.stars, `${step.id}: the card shows ${stars} stars, the headless run earns ${headless.stars}`);
      const card = (await page.locator('#level-result-dialog').textContent()) ?? '';
      const usedText = `${headless.used} ${headless.used === 1 ? headless.unit.replace(/s$/, '') : headless.unit}`;
      assert(card.includes(usedText), `${step.id}: the card does not say "${usedText}": ${card.slice(0, 200)}`);
      if (question) assert((await page.locator('.level-card-predictions li[data-correct="true"]').count()) === 1, `${step.id}: the card does not show the right prediction`);
      if (i === 0 || i === chapterOne.length - 1) await shot(`chapter1-3-result-${step.id}`);
      // Close the card, back to normal speed for the next level's first moments, reopen it, press Next.
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
      await page.keyboard.press('2');
      assert(await page.locator('input[name="speed"][value="normal"]').isChecked(), `2 did not choose normal speed (focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))})`);
      if (i === chapterOne.length - 1) break;
      await tabTo(page, 'lesson-result', 120);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#level-result-dialog[open]');
      assert(await page.evaluate(() => document.activeElement?.id) === 'level-result-next', 'Next does not have focus on the result card');
      await page.keyboard.press('Enter');
    }

    // The menu shows the chapter done, with its stars; the progress survives a reload.
    await page.evaluate(() => window.__synaptica!.flushProgress());
    const saved = await page.evaluate(() => window.__synaptica!.progress());
    for (const { id } of chapterOne.filter((l) => !l.sandbox)) {
      const entry = saved.levels[id];
      assert(entry?.completed === true && entry.bestStars === expected[id].stars && entry.trialsUsed === expected[id].used, `${id} in the progress: ${JSON.stringify(entry)} (expected ${JSON.stringify(expected[id])})`);
    }
    const answered = saved.predictions.filter((p) => ['spike-threshold', 'spike-types'].includes(p.levelId));
    assert(answered.length === 2 && answered.every((p) => p.outcome !== undefined && p.correct === true), `predictions in the progress: ${JSON.stringify(saved.predictions)}`);
    await page.reload();
    await page.waitForSelector('#level-select[data-ready="true"]');
    const reloaded = await page.evaluate(() => window.__synaptica!.progress());
    assert(canonicalJson(reloaded) === canonicalJson(saved), `progress after a reload differs: ${JSON.stringify(reloaded)} vs ${JSON.stringify(saved)}`);
    await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 10_000 });
    await page.keyboard.press('c');
    await page.waitForSelector('#campaign-dialog[open]');
    assert(saved.levels['izhikevich-2003']?.completed !== true, `the sandbox was recorded as completed: ${JSON.stringify(saved.levels['izhikevich-2003'])}`);
    for (const { id } of chapterOne.filter((l) => !l.sandbox)) {
      const item = page.locator(`[data-level="${id}"]`);
      assert(await item.getAttribute('data-completed') === 'true' && await item.getAttribute('data-stars') === String(expected[id].stars), `the menu after a reload shows ${id} as ${await item.getAttribute('data-completed')}, ${await item.getAttribute('data-stars')} stars`);
    }
    await shot('chapter1-4-menu-after-reload');
    // Closing the menu plays the level again.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
  },
};

export const tests: TestCase[] = [chapterTest];
