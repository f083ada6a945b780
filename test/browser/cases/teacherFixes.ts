// Teacher fixes (issue 15 review): `?teacher` with a lesson's parameters starts the builder from them
// and the game does not boot behind it; the guide opens into view with the keyboard on its heading and
// gives focus back when closed; after a language switch (a reload) the focus is back on the language
// menu; Space or Enter on the result card's Next opens the next level once; the class view on a phone
// keeps its table in its own scroller with the student column in view. Screenshots under
// test-output/fixteacher/ at 1280x800 and 390x844.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { loadLevel } from '../../../src/levels/loadLevel';
import { GoalWatch } from '../../../src/levels/objectives/goalWatch';
import { applyPlayerSetting } from '../../../src/levels/playerSettings';
import { levelContentHash } from '../../../src/levels/results/contentHash';
import { recordRun } from '../../../src/levels/results/recordRun';
import { RESULTS_FORMAT, RESULTS_VERSION, type ResultsFile } from '../../../src/levels/results/resultsFile';
import type { Level } from '../../../src/levels/schema/level';
import { spawnLevel } from '../../../src/levels/spawnLevel';
import { stepSim } from '../../../src/sim/schedule';
import { assert, openPlainLevel, passLevelCards, tabTo, viewport, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/fixteacher/', import.meta.url));
const phone = { width: 390, height: 844 };

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}${name}.png`, fullPage });
}

const activeId = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.id ?? '');

/** Whether the element is inside the viewport (its top edge at least). */
const inView = (page: Page, selector: string): Promise<boolean> => page.evaluate((s) => {
  const box = document.querySelector(s)?.getBoundingClientRect();
  return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
}, selector);

/**
 * One student's results file made headless, as the page records it: spike-threshold with the
 * electrode at `amplitudePa` (a Reset's setting), the level's own seed, 6000 ticks at its dtMs.
 */
function studentFile(student: string, amplitudePa: number): ResultsFile {
  const loaded = loadLevel(readFileSync(new URL('../../../levels/spike-threshold.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('spike-threshold does not load');
  const opened: Level = loaded.level;
  const changed = applyPlayerSetting(opened, 'stimuli.electrode.amplitudePa', amplitudePa);
  if (!changed.ok) throw new Error('setting refused');
  const spawned = spawnLevel(changed.level);
  if (!spawned.ok) throw new Error('spawn failed');
  const { world, run } = spawned;
  const watch = new GoalWatch(run);
  for (let tick = 0; tick < 6000; tick++) {
    stepSim(world);
    run.recorder.afterTick(world);
    world.events.length = 0;
    watch.afterTick();
  }
  const record = recordRun(
    { levelId: opened.id, title: opened.title, opened, spawned: changed.level, seed: run.seed, world, run, trials: run.recorder.trials, goalMet: watch.goal !== null },
    { stars: watch.goal !== null ? 3 : 0, attempts: 1, trialsUsed: 1, predictions: [] },
  );
  // Named by its content hash, as the page's export names a built-in level (resultsKeeper.ts).
  const named = { ...record, level: { builtIn: true as const, contentHash: levelContentHash(opened) } };
  return { format: RESULTS_FORMAT, version: RESULTS_VERSION, student, build: 'test', exportedAt: '2026-12-07T09:00:00.000Z', runs: [named] };
}

/** spike-threshold from its link, the electrode at its strongest, fast-forward to the result card (Next focused). */
async function finishSpikeThreshold(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?level=spike-threshold`);
  await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
  await passLevelCards(page);
  await page.waitForFunction(() => window.__synaptica!.mode() === 'paused' && window.__synaptica!.levelId() === 'spike-threshold', null, { timeout: 10_000 });
  await tabTo(page, '[data-action="param:stimuli.electrode.amplitudePa"] input[type="range"]', 120);
  await page.keyboard.press('End');
  await page.keyboard.press('3');
  await page.waitForSelector('#level-result-dialog[open]', { timeout: 30_000 });
  assert(await activeId(page) === 'level-result-next', `Next does not have focus (${await activeId(page)})`);
}

/** The next level (spike-types) is open at its card, once: not the one after, not started, not playing. */
async function expectNextLevelCard(page: Page, how: string): Promise<void> {
  await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
  // Let any second action land before looking.
  await page.waitForTimeout(500);
  const after = await page.evaluate(() => ({ level: window.__synaptica!.levelId(), mode: window.__synaptica!.mode(), tick: window.__synaptica!.tick(), dialogs: [...document.querySelectorAll('dialog[open]')].map((d) => d.id) }));
  assert(after.level === 'spike-types', `${how} on Next opened ${after.level}, not the next level (spike-types)`);
  assert(after.mode === 'paused' && after.tick === 0, `${how} on Next also played the next level: ${JSON.stringify(after)}`);
  assert(JSON.stringify(after.dialogs) === '["level-intro-dialog"]' && await activeId(page) === 'level-intro-start', `${how} went past the next level's card: dialogs ${JSON.stringify(after.dialogs)}, focus on ${await activeId(page)}`);
}

export const tests: TestCase[] = [
  {
    name: 'teacher fixes · ?teacher with levels, locks, seed and locale starts the builder from them (no game behind it); the guide opens into view with focus on its heading and gives focus back',
    async run(page, url) {
      // Counts the audio contexts the page makes (the game's sound would make one).
      await page.addInitScript(() => {
        const Original = window.AudioContext;
        const counter = window as unknown as { audioContextsMade: number };
        counter.audioContextsMade = 0;
        window.AudioContext = class extends Original {
          constructor(options?: AudioContextOptions) {
            super(options);
            counter.audioContextsMade++;
          }
        };
      });
      await page.goto(`${url}?teacher&levels=stdp-pairing,spike-threshold&lock=speed,wings&seed=9&audio=muted&locale=es`);
      await page.waitForSelector('#teacher-view');
      await page.waitForFunction(() => (document.getElementById('teacher-link') as HTMLTextAreaElement | null)?.value.includes('seed=9'), null, { timeout: 10_000 });
      // The lesson's choices, in its order.
      const order = await page.locator('.teacher-chosen li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.level));
      assert(JSON.stringify(order) === JSON.stringify(['stdp-pairing', 'spike-threshold']), `the builder's order is ${JSON.stringify(order)}`);
      assert(await page.locator('#teacher-level-stdp-pairing').isChecked() && await page.locator('#teacher-lock-speed').isChecked(), 'the levels or the lock are not ticked');
      assert(!(await page.locator('#teacher-lock-parameters').isChecked()), 'a lock the link did not set is ticked');
      const fields = await page.evaluate(() => ['teacher-seed', 'teacher-locale', 'teacher-audio'].map((id) => (document.getElementById(id) as HTMLInputElement).value));
      assert(JSON.stringify(fields) === JSON.stringify(['9', 'es', 'muted']), `seed, language, audio: ${JSON.stringify(fields)}`);
      const link = await page.locator('#teacher-link').inputValue();
      assert(/levels=stdp-pairing,spike-threshold&lock=speed&seed=9&locale=es&audio=muted$/.test(link), `the link is ${link}`);
      // The unknown lock is said, in the page's language (the link's locale=es).
      const warning = (await page.locator('.teacher-link-warning').textContent()) ?? '';
      assert(warning.includes('wings') && await page.evaluate(() => document.documentElement.lang) === 'es', `the builder's warning: "${warning}"`);
      // No game behind it: no canvas, no sim, no debug hooks, the game's page hidden.
      const game = await page.evaluate(() => ({ canvas: document.querySelectorAll('canvas').length, hooks: '__synaptica' in window, appHidden: document.getElementById('app')?.hidden === true, dialogs: document.querySelectorAll('dialog[open]').length, audio: (window as unknown as { audioContextsMade: number }).audioContextsMade }));
      assert(game.canvas === 0 && !game.hooks && game.appHidden && game.dialogs === 0 && game.audio === 0, `the game booted behind the builder: ${JSON.stringify(game)}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, 'builder-from-link-1280x800');
      // The guide, from the keyboard: Enter on its button scrolls it into view and focuses its heading.
      await tabTo(page, '#teacher-show-guide', 120);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.closest('#teacher-guide') !== null && /^H[23]$/.test(document.activeElement?.tagName ?? ''), null, { timeout: 10_000 });
      const heading = await page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', tabIndex: (document.activeElement as HTMLElement).tabIndex }));
      assert(heading.text.length > 0 && heading.tabIndex === -1, `the guide's focused heading: ${JSON.stringify(heading)}`);
      assert(await page.evaluate(() => { const r = document.activeElement!.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }), 'the guide\'s heading is not in view');
      await shot(page, 'guide-open-1280x800');
      // Esc inside the guide closes it, focus back on the button that opened it; its own Close does the same.
      await page.keyboard.press('Escape');
      assert(await page.locator('#teacher-guide').isHidden() && await activeId(page) === 'teacher-show-guide', `after Esc: guide hidden ${await page.locator('#teacher-guide').isHidden()}, focus on ${await activeId(page)}`);
      assert(await page.locator('#teacher-show-guide').getAttribute('aria-expanded') === 'false', 'the guide button still says expanded');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.closest('#teacher-guide') !== null, null, { timeout: 5000 });
      await page.keyboard.press('Shift+Tab');
      assert(await activeId(page) === 'teacher-close-guide', `Shift+Tab from the guide's heading is on ${await activeId(page)}`);
      await page.keyboard.press('Enter');
      assert(await page.locator('#teacher-guide').isHidden() && await activeId(page) === 'teacher-show-guide', `after Close: focus on ${await activeId(page)}`);
      // A phone: no sideways scroll; the guide opened there comes into view too.
      await page.setViewportSize(phone);
      await page.evaluate(() => window.scrollTo(0, 0));
      assert(!(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)), 'the builder scrolls sideways on a phone');
      await shot(page, 'builder-from-link-390x844');
      await page.locator('#teacher-show-guide').press('Enter');
      await page.waitForFunction(() => document.activeElement?.closest('#teacher-guide') !== null, null, { timeout: 5000 });
      assert(await inView(page, '#teacher-guide h2, #teacher-guide h3'), 'the guide is not in view on a phone');
      await shot(page, 'guide-open-390x844');
    },
  },
  {
    name: 'teacher fixes · after choosing a language (the page reloads) the keyboard is back on the language menu',
    async run(page, url) {
      await openPlainLevel(page, url, 'spike-threshold');
      // "For teachers" was made with the welcome's buttons (shown first, closed by the level) and the campaign menu's.
      assert(await page.locator('#welcome-dialog #welcome-teachers').count() === 1 && await page.locator('#campaign-dialog #campaign-teachers').count() === 1, 'a plain visit does not offer "For teachers" in the welcome and the campaign menu');
      // Straight to the menu (Tab through a running level's controls is slow); the choosing is by keyboard.
      await page.locator('#language-select').focus();
      // Browsing the closed menu does not switch; Enter does (languageMenu.ts).
      const before = await page.locator('#language-select').inputValue();
      await page.keyboard.press(before === 'es' ? 'ArrowUp' : 'ArrowDown');
      const reloaded = page.waitForNavigation({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      await reloaded;
      await page.waitForSelector('#level-select[data-ready="true"]', { timeout: 15_000 });
      // The level opens again (its address kept it) with its card: the card has the keyboard, and gives it back to the menu.
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      await passLevelCards(page);
      await page.waitForFunction(() => document.activeElement?.id === 'language-select', null, { timeout: 5000 })
        .catch(async () => { throw new Error(`after the reload the focus is on ${await activeId(page) || document.activeElement?.tagName}`); });
      const lang = await page.evaluate(() => document.documentElement.lang);
      assert(lang !== before.slice(0, 2), `the page did not switch language (still ${lang})`);
      // The note is used once: a later reload (not from the menu) starts at the top of the page, as any page does.
      assert(await page.evaluate(() => sessionStorage.getItem('synaptica.languageMenu.refocus')) === null, 'the language menu left its note in sessionStorage');
      await page.setViewportSize(phone);
      await shot(page, 'language-menu-390x844');
    },
  },
  {
    name: 'teacher fixes · Space on the result card\'s Next opens the next level exactly once, and does not play it',
    async run(page, url) {
      await finishSpikeThreshold(page, url);
      await shot(page, 'result-card-next-1280x800');
      await page.keyboard.press('Space');
      await expectNextLevelCard(page, 'Space');
    },
  },
  {
    name: 'teacher fixes · Enter held on the result card\'s Next (the key repeats) opens the next level once and stops at its card',
    async run(page, url) {
      await finishSpikeThreshold(page, url);
      // A key held a moment repeats: each repeated Enter used to press the button that had just got the focus
      // (the next level's Start, then its question's Commit).
      await page.keyboard.down('Enter');
      for (let i = 0; i < 6; i++) {
        await page.waitForTimeout(40);
        await page.keyboard.down('Enter');
      }
      await page.keyboard.up('Enter');
      await expectNextLevelCard(page, 'Enter held');
    },
  },
  {
    name: 'teacher fixes · the class view on a phone: the runs table scrolls in its own box with the student column in view, never the page sideways',
    async run(page, url) {
      const files = [['Ana Pérez', 12], ['Bruno Oliveira da Silva Santos', 4], ['Chen Wei', 20]] as const;
      const classUrl = new URL(url);
      classUrl.search = '?class';
      await page.setViewportSize(phone);
      await page.goto(classUrl.toString());
      await page.waitForSelector('#class-files', { state: 'attached' });
      await page.locator('#class-files').setInputFiles(files.map(([student, amplitudePa], i) => ({ name: `student-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(studentFile(student, amplitudePa))) })));
      await page.waitForFunction(() => document.querySelectorAll('#class-rows tr').length === 3
        && document.querySelectorAll('#class-rows tr[data-status="pending"]').length === 0, null, { timeout: 20_000, polling: 100 });
      const statuses = await page.locator('#class-rows tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.status));
      assert(statuses.every((s) => s === 'verified'), `the headless files do not verify: ${JSON.stringify(statuses)}`);
      const layout = await page.evaluate(() => {
        const box = document.querySelector('.class-table-box') as HTMLElement;
        return { pageSideways: document.documentElement.scrollWidth > window.innerWidth, boxScrolls: box.scrollWidth > box.clientWidth, boxWidth: box.getBoundingClientRect().width };
      });
      assert(!layout.pageSideways, 'the class view scrolls the page sideways on a phone');
      assert(layout.boxWidth <= phone.width, `the table's box is ${layout.boxWidth} px wide`);
      await shot(page, 'class-view-390x844', true);
      // Scrolled to its last column, the student's name is still beside it.
      if (layout.boxScrolls) {
        await page.locator('.class-table-box').evaluate((box) => { box.scrollLeft = box.scrollWidth; });
        const sticky = await page.evaluate(() => {
          const box = document.querySelector('.class-table-box')!.getBoundingClientRect();
          const name = document.querySelector('#class-rows th')!.getBoundingClientRect();
          return { nameLeft: name.left, boxLeft: box.left };
        });
        assert(Math.abs(sticky.nameLeft - sticky.boxLeft) <= 2, `the student column scrolled away: ${JSON.stringify(sticky)}`);
        await page.locator('.class-table-box').scrollIntoViewIfNeeded();
        await shot(page, 'class-view-scrolled-390x844');
      }
      await page.setViewportSize(viewport);
      await shot(page, 'class-view-1280x800', true);
    },
  },
];
