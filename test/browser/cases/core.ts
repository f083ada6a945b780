// The page boots, plays each circuit kind by keyboard, sounds, time controls, player actions, campaign progress.
import { mkdirSync } from 'node:fs';
import { populationColors, plotColors } from '../../../src/render/palette';
import { decodePng } from '../png';
import { assert, canonicalJson, chooseLevelByKeyboard, countPixelsNear, distinctColors, headlessGoal, openPlainLevel, passLevelCards, runtimeShots, screenshotDir, screenshotSanity, simTicks, tabTo, viewport, waitForTicks, type TestCase } from '../harness';

const levelKinds: Array<{ kind: string; id: string; objective?: string; action?: string }> = [
  { kind: 'dopamine', id: 'dopamine-acquisition' },
  { kind: 'eyeblink', id: 'eyeblink-acquisition' },
  // The lesson: lesion LMAN first (a player action, by keyboard), then the song stops varying.
  { kind: 'songbird', id: 'songbird-lman-lesion', objective: 'invariant', action: '.songbird-toggle:first-child' },
  { kind: 'plasticity', id: 'stdp-pairing' },
];

export const tests: TestCase[] = [
  ...['eyeblink-acquisition', 'songbird-tutor'].map((id): TestCase => ({
    name: `fast-forward in the real Web Worker equals main-thread stepping (${id}, 4000 ticks)`,
    async run(page, url) {
      await openPlainLevel(page, url, id);
      await waitForTicks(page, 700);
      const result = await page.evaluate((ticks) => window.__synaptica!.checkFastForward(ticks), 4000);
      assert(result.worker.tick === result.fromTick + 4000, `the worker stopped at ${result.worker.tick}, not ${result.fromTick + 4000}`);
      assert(result.worker.tick === result.main.tick, 'worker and main thread ended at different ticks');
      assert(result.worker.hash === result.main.hash, `state hash differs: worker ${result.worker.hash}, main thread ${result.main.hash}`);
      assert(result.worker.trials === result.main.trials, 'trial records differ between the worker and the main thread');
      assert(JSON.parse(result.main.trials).length > 0, 'no trial ended in the compared span');
    },
  })),
  ...levelKinds.map(({ kind, id, objective, action }): TestCase => ({
    name: `${kind}: chosen and played with the keyboard until an objective is met`,
    async run(page, url) {
      await page.goto(url);
      await page.waitForSelector('#welcome-dialog[open]');
      await page.keyboard.press('Escape'); // the welcome's Esc: free play
      await page.waitForSelector('#level-select[data-ready="true"]');
      await chooseLevelByKeyboard(page, id);
      // A chapter's level from the level menu opens as from the campaign: its card and questions first.
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      await passLevelCards(page);
      if (action) {
        await tabTo(page, action, 80);
        await page.keyboard.press('Enter');
        await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'true', action, { timeout: 5000 });
      }
      await tabTo(page, 'play-pause', 80);
      await page.keyboard.press('3');
      const metSelector = objective ? `#objectives-list li[data-objective="${objective}"][data-met="true"]` : '#objectives-list li[data-met="true"]';
      await page.waitForSelector(metSelector, { timeout: 90_000 });
      const met = await page.locator(metSelector).first().textContent();
      assert(met?.includes('met'), `the met objective does not say so: "${met}"`);
      // A campaign level pauses at its goal and shows the result card: Esc closes it (Space would press Next).
      await page.waitForFunction(() => window.__synaptica!.mode() === 'paused' || document.querySelector('#level-result-dialog[open]') !== null, null, { timeout: 10_000 });
      if (await page.locator('#level-result-dialog[open]').count() > 0) await page.keyboard.press('Escape');
      else await page.keyboard.press('Space'); // pause (stops fast-forward) so the screenshot is steady
      await page.waitForFunction(() => window.__synaptica!.mode() === 'paused' && !document.querySelector('dialog[open]'), null, { timeout: 10_000 });
      const counts = await page.evaluate(() => window.__synaptica!.eventCounts());
      assert((counts.trialEnded ?? 0) > 0, `no trialEnded events: ${JSON.stringify(counts)}`);
      const trialsText = Number(await page.locator('#status-trials').textContent());
      assert(trialsText === counts.trialEnded, `the status shows ${trialsText} trials, the recorder ${counts.trialEnded}`);
      assert(new URL(page.url()).searchParams.get('level') === id, 'the URL does not name the chosen level');
      await page.waitForTimeout(300);
      const { image, canvas } = await screenshotSanity(page, `e2e-${kind}`);
      const sceneName = await page.locator('#sim-view').getAttribute('data-scene');
      if (sceneName !== 'plots') {
        // The scene fills the top of the canvas above the plots.
        const sceneArea = { x: canvas.x, y: canvas.y, width: canvas.width, height: canvas.height * 0.5 };
        const colours = distinctColors(image, sceneArea);
        assert(colours > 30, `${kind}: the ${sceneName} scene looks blank (${colours} colours)`);
        const bg = countPixelsNear(image, sceneArea, [plotColors.background, plotColors.plotArea]);
        assert(bg < sceneArea.width * sceneArea.height * 0.995, `${kind}: the ${sceneName} scene is ${((100 * bg) / (sceneArea.width * sceneArea.height)).toFixed(1)}% background`);
      }
      const raster = (await page.locator('#sim-view').getAttribute('data-raster-rect'))?.split(',').map(Number);
      if (raster?.length === 4) {
        const rect = { x: canvas.x + raster[0], y: canvas.y + raster[1], width: raster[2], height: raster[3] };
        assert(countPixelsNear(image, rect, populationColors) > 4, `${kind}: no spikes drawn in the raster`);
        const weights = (await page.locator('#sim-view').getAttribute('data-weights-rect'))?.split(',').map(Number);
        if (weights?.length === 4) {
          const w = { x: canvas.x + weights[0], y: canvas.y + weights[1], width: weights[2], height: weights[3] };
          assert(countPixelsNear(image, w, [plotColors.histogramBar]) > 30, `${kind}: no weight histogram drawn`);
        }
      }
    },
  })),
  {
    name: 'sound is requested through howler: tone and puff (eyeblink), songs (songbird)',
    async run(page, url) {
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await page.waitForFunction(() => {
        const log = window.__synapticaSoundLog ?? [];
        return log.some((e) => e.name === 'tone') && log.some((e) => e.name === 'puff');
      }, null, { timeout: 20_000, polling: 200 });
      const captions = await page.locator('#captions').textContent();
      assert(captions?.includes('tone'), `no caption for the tone: "${captions}"`);
      await openPlainLevel(page, url, 'songbird-tutor');
      await page.waitForFunction(() => (window.__synapticaSoundLog ?? []).some((e) => e.name.startsWith('song:last')), null, { timeout: 20_000, polling: 200 });
      await page.getByRole('button', { name: 'Tutor', exact: true }).press('Enter');
      await page.waitForFunction(() => (window.__synapticaSoundLog ?? []).some((e) => e.name === 'song:tutor'), null, { timeout: 5000, polling: 100 });
    },
  },
  {
    name: 'switching songs quickly while the AudioContext is suspended (plays pending, WAVs decoding) raises no errors',
    async run(page, url) {
      await openPlainLevel(page, url, 'songbird-tutor');
      await page.waitForFunction(() => (window.__synapticaSoundLog ?? []).some((e) => e.name.startsWith('song:last')), null, { timeout: 20_000, polling: 200 });
      // Each press replaces the song before its WAV has decoded; howler must not play a queued sound
      // on an unloaded Howl when the decoding ends (runTest fails on console and page errors).
      await page.getByRole('button', { name: 'Tutor', exact: true }).press('Enter');
      // A suspended AudioContext (howler suspends it after 30 s of silence) holds each play() until it
      // resumes; a song replaced meanwhile must not be unloaded under that pending play.
      await page.evaluate(async () => {
        const howler = (window as unknown as { Howler?: { ctx?: AudioContext; state?: string } }).Howler;
        if (!howler?.ctx) throw new Error('howler has no AudioContext');
        await howler.ctx.suspend();
        howler.state = 'suspended'; // what howler's own auto-suspend leaves behind
      });
      await page.evaluate(() => {
        const buttons = [...document.querySelectorAll('button')].filter((b) => ['Tutor', 'Last rendition', 'Best rendition'].includes(b.textContent?.trim() ?? ''));
        for (let i = 0; i < 12; i++) buttons[i % buttons.length].click();
      });
      await page.waitForTimeout(1500);
      const songs = await page.evaluate(() => (window.__synapticaSoundLog ?? []).filter((e) => e.name === 'song:tutor' || e.name === 'song:best').length);
      assert(songs >= 4, `expected the tutor and best songs to be requested, got ${songs} requests`);
    },
  },
  {
    name: 'time controls from the keyboard: pause, step tick, step trial, step back, speeds, reset, help',
    async run(page, url) {
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await waitForTicks(page, 2000);
      await page.keyboard.press('Space');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'paused');
      const paused = await simTicks(page);
      await page.keyboard.press('.');
      await page.waitForTimeout(100);
      assert((await simTicks(page)) === paused + 1, "'.' did not step exactly one tick");
      const trials = await page.evaluate(() => window.__synaptica!.trials());
      await page.keyboard.press('t');
      await page.waitForFunction((n) => window.__synaptica!.trials() === n + 1 && window.__synaptica!.mode() === 'paused', trials, { timeout: 10_000 });
      const afterTrial = await simTicks(page);
      await page.keyboard.press(',');
      await page.waitForTimeout(100);
      const back = await simTicks(page);
      assert(back < afterTrial && back >= afterTrial - 1000, `',' stepped from ${afterTrial} to ${back}`);
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(100);
      assert((await simTicks(page)) < back, 'Backspace did not step further back');
      assert((await page.evaluate(() => window.__synaptica!.trials())) <= trials + 1, 'the recorder did not step back with the world');
      // Slow: 0.25× real time is about 250 ticks per wall second at dt 1 ms.
      await page.keyboard.press('1');
      await page.keyboard.press('Space');
      const slowFrom = await simTicks(page);
      await page.waitForTimeout(1000);
      const slowTicks = (await simTicks(page)) - slowFrom;
      assert(slowTicks > 100 && slowTicks < 450, `slow ran ${slowTicks} ticks in 1 s`);
      await page.keyboard.press('2');
      await page.keyboard.press('r');
      await page.waitForTimeout(200);
      assert((await simTicks(page)) < 600, 'r did not reset the level');
      await page.keyboard.press('?');
      assert(await page.locator('#help-dialog').isVisible(), '? did not open the help');
      assert((await page.locator('#help-keys tr').count()) >= 10, 'the help lists too few shortcuts');
      await page.keyboard.press('Tab');
      assert(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), 'focus left the help dialog');
      await page.keyboard.press('Escape');
      assert(!(await page.locator('#help-dialog').isVisible()), 'Esc did not close the help');
    },
  },
  {
    name: 'player actions send commands within the level ranges',
    async run(page, url) {
      await openPlainLevel(page, url, 'eyeblink-acquisition');
      await waitForTicks(page, 10);
      const isi = page.locator('[data-action="setIsiMs"] input[type="number"]');
      await isi.fill('99999');
      await isi.press('Enter');
      assert((await isi.inputValue()) === '5000', `ISI not clamped to 5000: ${await isi.inputValue()}`);
      await page.locator('[data-action="inactivate:nucleus"] button').press('Enter');
      await page.waitForFunction(() => (window.__synaptica!.eventCounts().commandApplied ?? 0) >= 2, null, { timeout: 5000 });
      const pressed = await page.locator('[data-action="inactivate:nucleus"] button').getAttribute('aria-pressed');
      assert(pressed === 'true', 'the inactivate toggle is not pressed');
    },
  },
  {
    name: 'the page boots on its welcome; Esc there is free play: a level in WebGL whose simulation advances',
    async run(page, url) {
      await page.goto(url);
      await page.waitForSelector('#welcome-dialog[open]');
      assert(await page.evaluate(() => window.__synaptica!.levelId()) === null, 'a level was loaded behind the welcome');
      await page.keyboard.press('Escape');
      await waitForTicks(page, 0);
      assert(await page.evaluate(() => window.__synaptica!.levelId()) === 'izhikevich-2003', 'Esc on the welcome did not open the free-play sandbox');
      const first = await simTicks(page);
      await waitForTicks(page, first + 10);
      const renderer = await page.locator('#sim-view').getAttribute('data-renderer');
      assert(renderer === 'webgl', `expected the WebGL renderer, got ${renderer}`);
      assert(await page.title() === 'Synaptica', 'page title is not Synaptica');
      const options = await page.locator('#level-select option').count();
      assert(options > 0, 'the level picker lists no levels');
      assert(await page.locator('#level-errors').isHidden(), 'the level error box is showing');
      const state = await page.locator('#status-state').textContent();
      assert(state?.startsWith('Running'), `status says "${state}" instead of Running`);
    },
  },
  {
    name: 'the canvas shows a spike raster with dots and a weight histogram',
    async run(page, url) {
      // The busiest built-in level, so the raster has spikes within a second.
      await page.goto(`${url}?level=izhikevich-2003`);
      await page.waitForFunction(() => Number(document.getElementById('sim-view')?.dataset.spikesDrawn ?? 0) > 20, null, {
        timeout: 20_000,
        polling: 100,
      });
      // Let the histogram refresh at least once after the first spikes.
      await page.waitForTimeout(400);
      const canvas = await page.locator('#sim-view canvas').boundingBox();
      assert(canvas && canvas.width > 300 && canvas.height > 200, `canvas is missing or tiny: ${JSON.stringify(canvas)}`);
      const raster = (await page.locator('#sim-view').getAttribute('data-raster-rect'))?.split(',').map(Number) ?? [];
      assert(raster.length === 4, 'the page does not report where the raster is');
      mkdirSync(screenshotDir, { recursive: true });
      const png = await page.screenshot({ path: `${screenshotDir}smoke.png` });
      const image = decodePng(png);

      const canvasRect = { x: canvas.x, y: canvas.y, width: canvas.width, height: canvas.height };
      const colours = distinctColors(image, canvasRect);
      assert(colours > 20, `the canvas looks blank: only ${colours} distinct colours`);
      const background = countPixelsNear(image, canvasRect, [plotColors.background, plotColors.plotArea]);
      const total = canvas.width * canvas.height;
      assert(background < total * 0.97, `the canvas is ${((100 * background) / total).toFixed(1)}% background`);

      const rasterRect = { x: canvas.x + raster[0], y: canvas.y + raster[1], width: raster[2], height: raster[3] };
      const dotPixels = countPixelsNear(image, rasterRect, populationColors);
      assert(dotPixels > 40, `found only ${dotPixels} raster-dot pixels in the raster area`);

      const weights = (await page.locator('#sim-view').getAttribute('data-weights-rect'))?.split(',').map(Number) ?? [];
      assert(weights.length === 4, 'the page does not report where the weight histogram is');
      const weightsRect = { x: canvas.x + weights[0], y: canvas.y + weights[1], width: weights[2], height: weights[3] };
      const bars = countPixelsNear(image, weightsRect, [plotColors.histogramBar]);
      assert(bars > 100, `found only ${bars} histogram-bar pixels in the weight histogram`);
    },
  },
  {
    name: 'an unknown ?level id says so in words and offers the campaign menu (no silent fallback to another level)',
    async run(page, url) {
      await page.goto(`${url}?level=no-such-level-42`);
      await page.waitForSelector('#welcome-dialog[open]');
      // Said once, in the welcome: the banner stays hidden while the welcome says it (dialogs.ts checks the banner after).
      assert(await page.locator('#level-warning').isHidden(), 'the bad link is said in the banner as well as in the welcome');
      const problem = (await page.locator('#welcome-problem').textContent()) ?? '';
      assert(problem.includes('no-such-level-42') && problem.includes('no level by that name'), `the welcome does not say what is wrong: "${problem}"`);
      assert(await page.evaluate(() => window.__synaptica!.levelId()) === null, 'a level was opened in place of the unknown one');
      assert(await page.evaluate(() => document.activeElement?.id) === 'welcome-menu', 'the campaign menu is not the focused offer');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#campaign-dialog[open]');
    },
  },
  {
    name: 'play/pause works from the keyboard',
    async run(page, url) {
      await page.goto(`${url}?level=izhikevich-2003`);
      await waitForTicks(page, 0);
      const button = page.locator('#play-pause');
      await button.focus();
      // Space is the play / pause shortcut wherever the focus is; on this button it must not click it as well (a second toggle).
      await page.keyboard.press('Space');
      assert((await button.getAttribute('aria-pressed')) === 'false', 'Space on the focused button did not pause');
      await page.waitForTimeout(200);
      assert((await button.getAttribute('aria-pressed')) === 'false', 'Space paused and then the button\'s own click played again');
      const paused = await simTicks(page);
      await page.waitForTimeout(400);
      assert((await simTicks(page)) === paused, 'the sim kept running while paused');
      await page.locator('#step').press('Enter');
      await page.waitForTimeout(100);
      assert((await simTicks(page)) === paused + 1, 'Step did not advance exactly one tick');
      await button.press('Enter');
      assert((await button.getAttribute('aria-pressed')) === 'true', 'Enter on the button did not resume');
      await waitForTicks(page, paused + 10);
    },
  },
  {
    name: 'campaign: a level from the menu by keyboard (intro card, result card with stars), progress survives a reload, export then import round-trips, a broken file is refused',
    async run(page, url) {
      await page.goto(url);
      await page.waitForSelector('#level-select[data-ready="true"]');
      // The welcome offers the menu by keyboard; Tab reaches the level; Enter opens it with its intro card (paused).
      await tabTo(page, 'welcome-menu');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#campaign-dialog[open]');
      await tabTo(page, '[data-level="stdp-pairing"]', 60);
      const before = await page.locator('[data-level="stdp-pairing"]').getAttribute('data-completed');
      assert(before === 'false', `a fresh browser already shows stdp-pairing completed (${before})`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused', 'the level runs behind its intro card');
      assert(await page.evaluate(() => document.activeElement?.id) === 'level-intro-start', 'Start does not have focus on the intro card');
      await page.keyboard.press('Escape'); // Esc closes the card and goes on, as Start does
      // A level with a question before the start asks it now (paused): pick the second choice by keyboard.
      await page.waitForFunction(() => document.querySelector('#prediction-dialog[open]') !== null || window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
      const predicted = (await page.locator('#prediction-dialog[open]').count()) > 0;
      if (predicted) {
        assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused', 'the level runs behind its prediction question');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        // stdp-pairing has a slider: after the question it waits at its first tick for the player's setup.
        await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
        assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused' && await page.evaluate(() => window.__synaptica!.tick()) === 0, 'a level with sliders started before the player could set them');
      }
      await page.keyboard.press('3');
      await page.waitForSelector('#level-result-dialog[open]', { timeout: 90_000 });
      const stars = Number(await page.locator('#level-result-stars').getAttribute('data-stars'));
      assert(stars >= 1 && stars <= 3, `the result card shows ${stars} stars`);
      if (predicted) {
        const shown = await page.locator('.level-card-predictions li').count();
        assert(shown === 1, `the result card shows ${shown} predictions, not the one made`);
      }
      mkdirSync(runtimeShots, { recursive: true });
      await page.screenshot({ path: `${runtimeShots}campaign-result-card.png` });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
      await page.evaluate(() => window.__synaptica!.flushProgress());
      const saved = await page.evaluate(() => window.__synaptica!.progress());
      if (predicted) {
        const made = saved.predictions.filter((p) => p.levelId === 'stdp-pairing');
        assert(made.length === 1 && made[0].outcome !== undefined && typeof made[0].correct === 'boolean', `the prediction and its outcome are not in the progress: ${JSON.stringify(saved.predictions)}`);
      }
      assert(saved.levels['stdp-pairing']?.completed === true && saved.levels['stdp-pairing'].bestStars === stars, `progress after the level: ${JSON.stringify(saved)}`);
      // Stopped at the trial end where the goal was met: the same trials as a headless stopWhenGoalMet run.
      const headless = headlessGoal('stdp-pairing');
      assert(saved.levels['stdp-pairing'].trialsUsed === headless.used, `trials used: page ${saved.levels['stdp-pairing'].trialsUsed}, headless ${headless.used}`);
      assert(stars === headless.stars, `stars: page ${stars}, headless ${headless.stars}`);

      await page.reload();
      await page.waitForSelector('#level-select[data-ready="true"]');
      // The URL names the campaign level: it opens with its intro card again (Esc closes it); the
      // question answered before is not asked again.
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      assert(await page.locator('#prediction-dialog[open]').count() === 0, 'the reloaded level asked its answered question again');
      // stdp-pairing has a slider: it waits, paused at its first tick, for the player's setup.
      await page.waitForFunction(() => !document.querySelector('dialog[open]') && window.__synaptica!.mode() === 'paused' && window.__synaptica!.tick() === 0, null, { timeout: 5000 });
      const reloaded = await page.evaluate(() => window.__synaptica!.progress());
      assert(canonicalJson(reloaded) === canonicalJson(saved), `progress after a reload differs: ${JSON.stringify(reloaded)} vs ${JSON.stringify(saved)}`);
      await page.click('#campaign-open');
      await page.waitForSelector('[data-level="stdp-pairing"][data-completed="true"]');
      assert(await page.locator('[data-level="stdp-pairing"]').getAttribute('data-stars') === String(stars), 'the menu does not show the stars earned');

      // Export: a download holding the same progress.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#progress-export')]);
      const chunks: Buffer[] = [];
      for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
      const exported = Buffer.concat(chunks).toString('utf8');
      assert(JSON.parse(exported).levels['stdp-pairing'].completed === true, `the exported file lacks the level: ${exported.slice(0, 200)}`);

      // A broken file names the problem and changes nothing.
      const hostile = JSON.stringify({ kind: 'synaptica-progress', version: 1, levels: { 'stdp-pairing': { bestStars: 99, attempts: 0, failures: 0, trialsUsed: 0, completed: true } }, predictions: [] });
      await page.setInputFiles('#progress-import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
      await page.waitForFunction(() => document.getElementById('campaign-status')?.textContent?.includes('not imported') ?? false, null, { timeout: 5000 });
      const message = await page.locator('#campaign-status').textContent();
      assert(message?.includes('levels.stdp-pairing.bestStars'), `the refusal does not name the field: "${message}"`);
      await page.evaluate(() => window.__synaptica!.flushProgress());
      assert(canonicalJson(await page.evaluate(() => window.__synaptica!.progress())) === canonicalJson(saved), 'a refused file changed the progress');

      // Import into a fresh browser (new context, empty IndexedDB): the same progress, also after a reload.
      const fresh = await page.context().browser()!.newContext({ viewport, deviceScaleFactor: 1 });
      try {
        const other = await fresh.newPage();
        await other.goto(url);
        await other.waitForSelector('#level-select[data-ready="true"]');
        assert(Object.keys((await other.evaluate(() => window.__synaptica!.progress())).levels).length === 0, 'a new browser context starts with progress');
        await other.click('#welcome-menu');
        await other.waitForSelector('#campaign-dialog[open]');
        await other.setInputFiles('#progress-import-file', { name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
        await other.waitForFunction(() => document.getElementById('campaign-status')?.textContent?.startsWith('Imported') ?? false, null, { timeout: 5000 });
        await other.waitForSelector('[data-level="stdp-pairing"][data-completed="true"]');
        await other.evaluate(() => window.__synaptica!.flushProgress());
        await other.reload();
        await other.waitForSelector('#level-select[data-ready="true"]');
        const imported = await other.evaluate(() => window.__synaptica!.progress());
        assert(canonicalJson(imported) === canonicalJson(saved), `imported progress differs: ${JSON.stringify(imported)}`);
      } finally {
        await fresh.close();
      }
      await page.screenshot({ path: `${runtimeShots}campaign-menu-after-reload.png` });
    },
  },
];

