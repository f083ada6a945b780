// The first screen and the lesson flow around it: the welcome, bad and huge links, speed across
// levels and Reset, the result card's first view, the level menu's cards, answered questions after a
// reload, which Resets count as failures, and Esc on a question that counts for stars.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, chooseLevelByKeyboard, passLevelCards, tabTo, viewport, waitForTicks, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/welcome/', import.meta.url));
const phone = { width: 390, height: 844 };

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}${name}.png` });
}

const mode = (page: Page): Promise<string> => page.evaluate(() => window.__synaptica!.mode());
const levelId = (page: Page): Promise<string | null> => page.evaluate(() => window.__synaptica!.levelId());
const speedChecked = (page: Page): Promise<string | null> => page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="speed"]:checked')?.value ?? null);

/** The element's box lies inside the viewport (and the page does not scroll sideways). */
async function assertInViewport(page: Page, selector: string, what: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  const size = page.viewportSize() ?? viewport;
  assert(box !== null, `${what}: no box`);
  assert(box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5, `${what} is not inside the ${size.width}x${size.height} viewport: ${JSON.stringify(box)}`);
}

/** Nothing inside the element is wider than it (no sideways scrolling or clipped text). */
async function assertNoSidewaysScroll(page: Page, selector: string, what: string): Promise<void> {
  const widths = await page.locator(selector).evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
  assert(widths.scroll <= widths.client, `${what}: its content is wider than it (${widths.scroll} > ${widths.client})`);
}

/** spike-threshold from a link, through its card and question (the first choice); waits paused for the slider. */
async function openSpikeThreshold(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?level=spike-threshold`);
  await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
  await passLevelCards(page);
  await page.waitForFunction(() => window.__synaptica!.mode() === 'paused' && window.__synaptica!.tick() === 0, null, { timeout: 5000 });
}

/** Sets spike-threshold's electrode slider with Home (too weak to spike) or End (spikes at once). */
async function setAmplitude(page: Page, key: 'Home' | 'End'): Promise<void> {
  const slider = '[data-action="param:stimuli.electrode.amplitudePa"] input[type="range"]';
  await tabTo(page, slider, 120);
  await page.keyboard.press(key);
}

const failuresOf = async (page: Page, id: string): Promise<{ attempts: number; failures: number }> => {
  await page.evaluate(() => window.__synaptica!.flushProgress());
  const entry = (await page.evaluate(() => window.__synaptica!.progress())).levels[id];
  return { attempts: entry?.attempts ?? 0, failures: entry?.failures ?? 0 };
};

export const tests: TestCase[] = [
  {
    name: 'first screen · welcome: a first visit shows the welcome (focus on Start the campaign); Enter opens chapter 1 level 1 with its card; a returning player is offered Continue',
    async run(page, url) {
      await page.goto(url);
      await page.waitForSelector('#welcome-dialog[open]');
      assert(await page.evaluate(() => document.activeElement?.id) === 'welcome-start', 'Start the campaign does not have focus');
      assert(await levelId(page) === null, 'a level runs behind the welcome');
      const text = (await page.locator('#welcome-dialog').textContent()) ?? '';
      assert(text.includes('Welcome to Synaptica') && text.includes('Free play'), `the welcome reads "${text.slice(0, 200)}"`);
      assert(await page.locator('#level-warning').isHidden(), 'a warning shows on a first visit');
      await assertInViewport(page, '#welcome-dialog', 'the welcome');
      await shot(page, 'welcome-1280x800');
      await page.setViewportSize(phone);
      await page.waitForTimeout(200);
      await assertInViewport(page, '#welcome-dialog', 'the welcome on a phone');
      await assertNoSidewaysScroll(page, '#welcome-dialog', 'the welcome on a phone');
      await shot(page, 'welcome-390x844');
      await page.setViewportSize(viewport);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      assert(await levelId(page) === 'spike-threshold', `Start opened ${await levelId(page)}, not chapter 1's first level`);
      assert(await mode(page) === 'paused' && await page.evaluate(() => window.__synaptica!.tick()) === 0, 'the level runs behind its intro card');
      assert(new URL(page.url()).searchParams.get('level') === 'spike-threshold', 'the URL does not name the level');
      // Having played (a question answered), a bare visit offers to continue at the next unfinished level.
      await passLevelCards(page);
      await page.evaluate(() => window.__synaptica!.flushProgress());
      await page.goto(url);
      await page.waitForSelector('#welcome-dialog[open]');
      const again = (await page.locator('#welcome-start').textContent()) ?? '';
      assert(again === 'Continue: What is a spike?', `a returning player is offered "${again}"`);
      assert((await page.locator('#welcome-title').textContent())?.includes('Welcome back'), 'the welcome does not greet a returning player');
      await shot(page, 'welcome-returning-1280x800');
      // Choose a level, then close the menu without a pick: back on the welcome, never an empty page.
      await tabTo(page, 'welcome-menu');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#campaign-dialog[open]');
      await page.keyboard.press('Escape');
      await page.waitForSelector('#welcome-dialog[open]');
    },
  },
  {
    name: 'first screen · welcome: a bad ?level= says so in words with the campaign menu offered; an 8 KB one is shortened, wraps and closes (no overflow)',
    async run(page, url) {
      await page.goto(`${url}?level=no-such-level`);
      await page.waitForSelector('#welcome-dialog[open]');
      const problem = (await page.locator('#welcome-problem').textContent()) ?? '';
      assert(problem.includes('"no-such-level"') && problem.includes('campaign menu'), `the problem reads "${problem}"`);
      assert(await page.evaluate(() => document.activeElement?.id) === 'welcome-menu', 'the campaign menu is not the focused offer');
      await shot(page, 'bad-link-1280x800');
      await page.setViewportSize(phone);
      await page.waitForTimeout(200);
      await assertInViewport(page, '#welcome-dialog', 'the bad-link welcome on a phone');
      await assertNoSidewaysScroll(page, '#welcome-dialog', 'the bad-link welcome on a phone');
      await shot(page, 'bad-link-390x844');
      await page.setViewportSize(viewport);

      const huge = `${'x'.repeat(8180)}<b>bold</b>`;
      await page.goto(`${url}?level=${encodeURIComponent(huge)}`);
      await page.waitForSelector('#welcome-dialog[open]');
      const warning = page.locator('#level-warning');
      // Said once: in the welcome while it is open; the banner takes it over when the player leaves for a level.
      assert(await warning.isHidden(), 'the bad link is said in the banner as well as in the welcome');
      const problemText = (await page.locator('#welcome-problem').textContent()) ?? '';
      assert(problemText.length < 400, `the welcome echoes ${problemText.length} characters`);
      assert(problemText.includes('8191 characters'), `the welcome does not say how long the link's name is: "${problemText}"`);
      await assertInViewport(page, '#welcome-dialog', 'the welcome with an 8 KB link');
      await page.keyboard.press('Escape'); // free play; the warning line says it from now on, until closed
      await page.waitForFunction(() => window.__synaptica!.levelId() !== null, null, { timeout: 10_000 });
      assert(await warning.isVisible(), 'the banner does not say the link was bad once the welcome has gone');
      const warningText = (await warning.textContent()) ?? '';
      assert(warningText.length < 400, `the warning echoes ${warningText.length} characters`);
      assert(warningText.includes('8191 characters'), `the warning does not say how long the link's name is: "${warningText}"`);
      assert(await page.locator('#level-warning b, #welcome-dialog b').count() === 0, 'the link was inserted as HTML');
      await assertNoSidewaysScroll(page, 'html', 'the page with an 8 KB link');
      const box = await page.locator('#level-warning-box').boundingBox();
      assert(box !== null && box.x >= 0 && box.x + box.width <= viewport.width && box.height < 120, `the warning overflows: ${JSON.stringify(box)}`);
      await shot(page, 'huge-link-warning-1280x800');
      const close = page.locator('#level-warning-close');
      await assertInViewport(page, '#level-warning-close', 'the warning close button');
      await close.focus();
      await page.keyboard.press('Enter');
      assert(await page.locator('#level-warning-box').isHidden(), 'the warning did not close');
    },
  },
  {
    name: 'first screen · speed: fast-forward in level A, then Next or the menu: level B starts at normal speed; Reset during fast-forward restarts from tick 0 at normal speed',
    async run(page, url) {
      await openSpikeThreshold(page, url);
      await setAmplitude(page, 'End');
      await page.keyboard.press('3');
      await page.waitForSelector('#level-result-dialog[open]', { timeout: 60_000 });
      assert(await speedChecked(page) === 'fast', 'fast-forward was not chosen in level A');
      assert(await page.evaluate(() => document.activeElement?.id) === 'level-result-next', 'Next does not have focus');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      assert(await levelId(page) === 'spike-types', `Next opened ${await levelId(page)}`);
      assert(await speedChecked(page) === 'normal', `level B opened with speed ${await speedChecked(page)}`);
      await passLevelCards(page);
      // spike-types waits for its sliders; Play runs it at normal speed, not in the worker.
      await page.locator('#play-pause').press('Enter');
      await page.waitForTimeout(300);
      assert(await mode(page) === 'playing', `Play after Next runs in mode ${await mode(page)}`);
      // Fast-forward again, then a level from the campaign menu.
      await page.keyboard.press('3');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'fastForward' || document.querySelector('dialog[open]') !== null, null, { timeout: 5000 });
      if (await page.locator('#level-result-dialog[open]').count() > 0) await page.keyboard.press('Escape');
      await page.keyboard.press('c');
      await page.waitForSelector('#campaign-dialog[open]');
      await tabTo(page, '[data-level="izhikevich-2003"]', 80);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__synaptica!.levelId() === 'izhikevich-2003', null, { timeout: 10_000 });
      assert(await speedChecked(page) === 'normal' && await mode(page) !== 'fastForward', `the menu's level opened with speed ${await speedChecked(page)}, mode ${await mode(page)}`);
      // From the menu the sandbox shows its card, then waits for its slider: Play runs it at normal speed.
      await passLevelCards(page);
      await page.locator('#play-pause').press('Enter');
      await waitForTicks(page, 0);
      assert(await mode(page) === 'playing', `the menu's level plays in mode ${await mode(page)}`);

      // Reset while fast-forwarding (the sandbox from a link: free play, no stop at its goal):
      // back to tick 0 at normal speed, visibly playing.
      await page.goto(`${url}?level=izhikevich-2003`);
      await waitForTicks(page, 0);
      await page.locator('#play-pause').focus();
      await page.keyboard.press('3');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'fastForward' && window.__synaptica!.tick() > 3000, null, { timeout: 20_000 }).catch(async (error: unknown) => {
        throw new Error(`fast-forward in the sandbox never passed tick 3000 (mode ${await mode(page)}, tick ${await page.evaluate(() => window.__synaptica!.tick())}, speed ${await speedChecked(page)}): ${String(error)}`);
      });
      await page.keyboard.press('r');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
      const afterReset = await page.evaluate(() => window.__synaptica!.tick());
      // Fast-forward had passed tick 3000; a restart from tick 0 at 1× is well under that a moment later.
      assert(afterReset < 1000, `Reset left the level at tick ${afterReset}`);
      assert(await speedChecked(page) === 'normal', `after Reset the speed is ${await speedChecked(page)}`);
      await page.waitForTimeout(1000);
      const oneSecondLater = await page.evaluate(() => window.__synaptica!.tick());
      // dt 1 ms at 1×: about 1000 ticks a second (fast-forward would be far more).
      assert(oneSecondLater > afterReset && oneSecondLater < afterReset + 1600, `after Reset the level ran ${oneSecondLater - afterReset} ticks in a second`);
    },
  },
  {
    name: 'first screen · result card: with a sketch it opens at its top, the stars in view (1280x800 and 390x844)',
    async run(page, url) {
      for (const size of [viewport, phone]) {
        await page.setViewportSize(size);
        await page.goto(`${url}?level=dopamine-acquisition`);
        await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
        await passLevelCards(page);
        await page.keyboard.press('3');
        await page.waitForSelector('#level-result-dialog[open]', { timeout: 60_000 });
        await page.waitForTimeout(200);
        assert(await page.locator('#level-result-dialog svg').count() > 0, 'the result card holds no sketch');
        const dialog = await page.evaluate(() => { const d = document.getElementById('level-result-dialog')!; return { scrollTop: d.scrollTop, scrollHeight: d.scrollHeight, clientHeight: d.clientHeight }; });
        assert(dialog.scrollTop === 0, `the card opened scrolled to ${dialog.scrollTop}`);
        await assertInViewport(page, '#level-result-stars', `the stars (${size.width}x${size.height})`);
        await assertInViewport(page, '#level-result-next', `Next (${size.width}x${size.height})`);
        assert(await page.evaluate(() => document.activeElement?.id) === 'level-result-next', 'Next does not have focus');
        await shot(page, `result-sketch-${size.width}x${size.height}`);
      }
    },
  },
  {
    name: 'first screen · level menu: a chapter level picked by keyboard opens with its intro card',
    async run(page, url) {
      await page.goto(`${url}?level=izhikevich-2003`);
      await waitForTicks(page, 0);
      await chooseLevelByKeyboard(page, 'spike-types');
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      assert(await mode(page) === 'paused' && await page.evaluate(() => window.__synaptica!.tick()) === 0, 'the level runs behind its card');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
    },
  },
  {
    name: 'first screen · questions: reloading a finished level does not ask its answered question again, and its result (the answer, the stars) stays',
    async run(page, url) {
      await openSpikeThreshold(page, url);
      await setAmplitude(page, 'End');
      await page.keyboard.press('3');
      await page.waitForSelector('#level-result-dialog[open]', { timeout: 60_000 });
      const stars = await page.locator('#level-result-stars').getAttribute('data-stars');
      const firstVerdict = await page.locator('.level-card-predictions li').getAttribute('data-correct');
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.__synaptica!.flushProgress());
      await page.reload();
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.waitForTimeout(500);
      assert(await page.locator('#prediction-dialog[open]').count() === 0, 'the answered question was asked again');
      assert(await mode(page) === 'paused' && await page.evaluate(() => window.__synaptica!.tick()) === 0, 'the level did not wait for its slider');
      await page.keyboard.press('2');
      await setAmplitude(page, 'End');
      await page.keyboard.press('3');
      await page.waitForSelector('#level-result-dialog[open]', { timeout: 60_000 });
      assert(await page.locator('#level-result-stars').getAttribute('data-stars') === stars, 'the stars changed on the replay');
      assert(await page.locator('.level-card-predictions li').getAttribute('data-correct') === firstVerdict, 'the saved answer did not carry into the replay\'s result');
      await page.evaluate(() => window.__synaptica!.flushProgress());
      const made = (await page.evaluate(() => window.__synaptica!.progress())).predictions.filter((p) => p.levelId === 'spike-threshold');
      assert(made.length === 1, `the progress holds ${made.length} answers to the one question`);
    },
  },
  {
    name: 'first screen · attempts: Resets while exploring (nothing changed, or no trial since) and in free play are not failures; a Reset after a trial with a changed setting is',
    async run(page, url) {
      await openSpikeThreshold(page, url);
      // Watching without changing anything: a trial ends, then Reset.
      await page.keyboard.press('t');
      await page.waitForFunction(() => window.__synaptica!.trials() >= 1 && window.__synaptica!.mode() === 'paused', null, { timeout: 10_000 });
      await page.keyboard.press('r');
      await page.waitForTimeout(200);
      let counts = await failuresOf(page, 'spike-threshold');
      assert(counts.failures === 0 && counts.attempts === 0, `a Reset before any change counted: ${JSON.stringify(counts)}`);
      // Reset plays the level again: pause, then a change (too weak to spike) and Reset before any trial ends with it.
      await page.keyboard.press('Space');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 5000 });
      await setAmplitude(page, 'Home');
      await page.keyboard.press('r');
      await page.waitForTimeout(200);
      counts = await failuresOf(page, 'spike-threshold');
      assert(counts.failures === 0, `a Reset before a trial ended counted: ${JSON.stringify(counts)}`);
      // The weak setting carried in by that Reset, a trial ends without the goal, Reset: a real attempt.
      await page.keyboard.press('t');
      await page.waitForFunction(() => window.__synaptica!.trials() >= 1 && window.__synaptica!.mode() === 'paused', null, { timeout: 10_000 });
      assert(await page.evaluate(() => window.__synaptica!.goal()) === null, 'the weak setting met the goal');
      await page.keyboard.press('r');
      await page.waitForTimeout(200);
      counts = await failuresOf(page, 'spike-threshold');
      assert(counts.failures === 1 && counts.attempts === 1, `a failed attempt was not counted once: ${JSON.stringify(counts)}`);
      // Free play (the sandbox): a change, time, Reset: nothing counts.
      await page.goto(`${url}?level=izhikevich-2003`);
      await waitForTicks(page, 100);
      const slider = '#player-actions-body input[type="range"]';
      await tabTo(page, slider, 120);
      await page.keyboard.press('End');
      await waitForTicks(page, 2500);
      await page.keyboard.press('r');
      await page.waitForTimeout(200);
      counts = await failuresOf(page, 'izhikevich-2003');
      assert(counts.failures === 0, `a Reset in free play counted: ${JSON.stringify(counts)}`);
    },
  },
  {
    name: 'first screen · questions: Esc on a question that counts for stars explains and stays; a second Esc skips',
    async run(page, url) {
      await page.goto(`${url}?level=dopamine-omission`);
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
      const before = (await page.locator('#prediction-esc-note').textContent()) ?? '';
      assert(before.includes('counts for the stars'), `the question does not say it counts for stars: "${before}"`);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(200);
      assert(await page.locator('#prediction-dialog[open]').count() === 1, 'Esc skipped a star-bearing question at once');
      const after = (await page.locator('#prediction-esc-note').textContent()) ?? '';
      assert(after.includes('Press Esc again to skip'), `the first Esc says "${after}"`);
      await shot(page, 'esc-star-question-1280x800');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('#prediction-dialog[open]'), null, { timeout: 5000 });
      await page.evaluate(() => window.__synaptica!.flushProgress());
      const made = (await page.evaluate(() => window.__synaptica!.progress())).predictions.filter((p) => p.levelId === 'dopamine-omission');
      assert(made.length === 0, 'a skipped question was saved as answered');
    },
  },
];
