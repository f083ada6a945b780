// Question dialogs, focus and the first screen's labels (issue 12, playtest fixes): the sketch
// question fits the viewport with its Commit button and Esc warning in sight; Tab cycles inside a
// question; focus after a dialog lands on a real control; the Level dropdown is in campaign order;
// a bad link is said once. Screenshots go to test-output/fixdialogs/.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, viewport, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/fixdialogs/', import.meta.url));
const phone = { width: 390, height: 844 };
const campaign = JSON.parse(readFileSync(fileURLToPath(new URL('../../../levels/campaign.json', import.meta.url)), 'utf8')) as { chapters: Array<{ title: string; levels: string[] }> };

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}${name}.png` });
}

/** The element's box lies inside the viewport (and is not empty). */
async function assertInViewport(page: Page, selector: string, what: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  const size = page.viewportSize() ?? viewport;
  assert(box !== null && box.width > 0 && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width, `${what} is outside the ${size.width}×${size.height} viewport: ${JSON.stringify(box)}`);
}

/** What has focus: its id, tag and whether it is inside the given dialog. */
function focused(page: Page, dialogId = 'prediction-dialog'): Promise<{ id: string; tag: string; inDialog: boolean; inSettings: boolean }> {
  return page.evaluate((dialog) => {
    const a = document.activeElement as HTMLElement | null;
    return { id: a?.id ?? '', tag: a?.tagName ?? 'NONE', inDialog: a?.closest(`#${dialog}`) != null, inSettings: a?.closest('#player-actions-body') != null };
  }, dialogId);
}

async function openToQuestion(page: Page, url: string, id: string): Promise<void> {
  await page.goto(`${url}?level=${id}`);
  await page.waitForSelector('#level-intro-dialog[open]', { timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
}

export const tests: TestCase[] = [
  {
    name: 'dialogs: the sketch question fits the viewport (Commit and the first Esc warning in sight) at 1280×800 and 390×844',
    async run(page, url) {
      for (const size of [viewport, phone]) {
        await page.setViewportSize(size);
        await openToQuestion(page, url, 'songbird-tutor');
        await page.keyboard.press('Space');
        await page.keyboard.press('Enter');
        await page.waitForSelector('#prediction-dialog[open] .prediction-sketch', { timeout: 5000 });
        await page.waitForTimeout(150);
        await assertInViewport(page, '#prediction-commit', `Commit my sketch at ${size.width}×${size.height}`);
        await assertInViewport(page, '.sketch-pad', `the sketch pad at ${size.width}×${size.height}`);
        if (size === viewport) {
          const fit = await page.evaluate(() => { const d = document.getElementById('prediction-dialog')!; return { scroll: d.scrollHeight, client: d.clientHeight }; });
          assert(fit.scroll <= fit.client + 1, `at 1280×800 the sketch question does not fit its dialog without scrolling: ${JSON.stringify(fit)}`);
        }
        await page.keyboard.press('Escape');
        await page.waitForSelector('#prediction-dialog .prediction-esc-warning', { timeout: 2000 });
        const warning = (await page.locator('.prediction-esc-warning').textContent()) ?? '';
        assert(warning.includes('Press Esc again'), `the first Esc warning reads "${warning}"`);
        assert(await page.locator('#prediction-dialog[open]').count() === 1, 'the first Esc closed the question');
        await assertInViewport(page, '.prediction-esc-warning', `the Esc warning at ${size.width}×${size.height}`);
        await assertInViewport(page, '#prediction-commit', `Commit after the warning at ${size.width}×${size.height}`);
        await shot(page, `sketch-esc-${size.width}x${size.height}`);
      }
      await page.setViewportSize(viewport);
    },
  },
  {
    name: 'dialogs: Tab cycles within a question (10 presses each way); the note says the level waits for setup; after Commit focus is the first setting',
    async run(page, url) {
      await openToQuestion(page, url, 'spike-threshold');
      const note = (await page.locator('#prediction-esc-note').textContent()) ?? '';
      assert(note.includes('set up the experiment') && !note.includes('runs after you commit'), `the note does not say the level waits for setup: "${note}"`);
      for (const key of ['Tab', 'Shift+Tab']) {
        for (let i = 0; i < 10; i++) {
          await page.keyboard.press(key);
          const f = await focused(page);
          assert(f.inDialog && f.tag !== 'BODY', `${key} press ${i + 1} left the dialog: focus on ${f.tag}#${f.id}`);
        }
      }
      await shot(page, 'question-after-tabs');
      // Nothing chosen yet: the focused stop is the radio group; Space chooses, then Tab reaches Commit and wraps back.
      await page.keyboard.press('Space');
      const stops: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        assert(f.inDialog, `Tab ${i + 1} after choosing left the dialog (${f.tag}#${f.id})`);
        stops.push(f.id || f.tag);
      }
      assert(stops.includes('prediction-commit') && stops.includes('INPUT'), `Tab does not cycle between the choice and Commit: ${stops.join(', ')}`);
      await page.focus('#prediction-commit');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
      await page.waitForTimeout(200);
      const f = await focused(page);
      assert(f.inSettings && f.tag === 'INPUT', `after Commit focus is on ${f.tag}#${f.id}, not the level's first setting`);
      assert(await page.evaluate(() => window.__synaptica!.mode()) === 'paused', 'the level did not wait for its setup');
      await assertInViewport(page, '#player-actions-status', 'the setup prompt');
      await shot(page, 'after-commit-setup');
    },
  },
  {
    name: 'dialogs: Esc-skipping the questions and closing Help from a link leave focus on Play, not the page body',
    async run(page, url) {
      await openToQuestion(page, url, 'dopamine-acquisition');
      for (let i = 0; i < 6 && await page.locator('#prediction-dialog[open]').count() > 0; i++) {
        await page.keyboard.press('Escape');
        await page.waitForTimeout(150);
      }
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
      let f = await focused(page);
      assert(f.id === 'play-pause', `after skipping focus is on ${f.tag}#${f.id}`);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('?');
      await page.waitForSelector('dialog[open]', { timeout: 3000 });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 3000 });
      f = await focused(page);
      assert(f.id === 'play-pause', `after Help closed with Esc focus is on ${f.tag}#${f.id}`);
      await shot(page, 'after-help-esc');
    },
  },
  {
    name: 'dialogs: the first screen: Level dropdown in campaign order, Play disabled with speed 1×, "Trials done"; a bad link is said once',
    async run(page, url) {
      await page.goto(url);
      await page.waitForSelector('#welcome-dialog[open]');
      await page.waitForSelector('#level-select[data-ready="true"]');
      const first = await page.locator('#level-select option').first().getAttribute('value');
      assert(first === campaign.chapters[0].levels[0], `the dropdown's first level is ${first}, not the campaign's first (${campaign.chapters[0].levels[0]})`);
      const groups = await page.locator('#level-select optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
      const chapterTitles = campaign.chapters.map((c) => c.title);
      assert(JSON.stringify(groups.slice(0, chapterTitles.length)) === JSON.stringify(chapterTitles), `the dropdown's groups are ${groups.join(' | ')}`);
      const play = page.locator('#play-pause');
      assert(await play.textContent() === 'Play' && await play.isDisabled(), `before a level the play button reads "${await play.textContent()}" (disabled ${await play.isDisabled()})`);
      assert(await page.locator('#status-speed').textContent() === '1×', `Speed reads "${await page.locator('#status-speed').textContent()}"`);
      assert(((await page.locator('#status').textContent()) ?? '').includes('Trials done'), 'the status line does not say "Trials done"');
      await shot(page, 'welcome-labels');

      await page.goto(`${url}?level=nonsense`);
      await page.waitForSelector('#welcome-dialog[open]');
      const said = (): Promise<number> => page.evaluate(() => ['level-warning', 'welcome-problem']
        .map((id) => document.getElementById(id))
        .filter((el) => el !== null && el.getClientRects().length > 0 && (el.textContent ?? '').includes('"nonsense"')).length);
      assert(await said() === 1, `the bad link is said ${await said()} times on the welcome`);
      assert(await page.locator('#welcome-problem').isVisible(), 'the welcome does not say the link was bad');
      await shot(page, 'bad-link-once');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => window.__synaptica!.levelId() !== null, null, { timeout: 10_000 });
      assert(await said() === 1 && await page.locator('#level-warning').isVisible(), 'after the welcome the banner does not carry the bad link (once)');
    },
  },
];
