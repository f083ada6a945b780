// Every student (issue 15): axe-core finds no serious or critical WCAG 2.1 A/AA violation on every
// screen of the page (welcome, a level's intro card, its multiple-choice and sketch questions, the
// play view of each level kind with the screen summary open, the campaign menu with its progress
// import, help, share, the open-problems dialog, a bad-link warning, a result card) in the default
// and the projector colour profiles; the screen summary (key d) says in words what is on screen and
// the live region speaks while a level runs; the campaign menu and a level of each kind are played
// with the keyboard alone; and layouts at text zoom 200 % (640x400 CSS px at 2× and a 200 % root font)
// and on phones and tablets keep the scene and the goal in view without sideways scrolling.
// axe's source is evaluated through the DevTools protocol, so the page's real CSP stays in force.
// Screenshots in test-output/access/.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, tabTo, viewport, waitForTicks, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/access/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One level of each kind: a circuit's scene each, and the generic circuit view. */
const KIND_LEVELS = ['dopamine-acquisition', 'eyeblink-acquisition', 'songbird-tutor', 'stdp-pairing'];

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}${name}.png` });
}

/** axe's serious and critical violations of the WCAG 2.1 A/AA rules on the page as it is now. */
async function seriousAxe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (values) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, options: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, WCAG_TAGS);
}

async function check(page: Page, screen: string, found: string[], shotName?: string): Promise<void> {
  const started = Date.now();
  const violations = await seriousAxe(page);
  if (violations.length > 0) found.push(`${screen}:\n    ${violations.join('\n    ')}`);
  if (shotName) await shot(page, shotName);
  if (process.env.ACCESS_TIMING) console.log(`    ${screen}: ${Date.now() - started} ms`);
}

/** Escape, then wait until no dialog is open. */
async function escape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });
}

const openDialog = (page: Page): Promise<string | null> => page.evaluate(() => document.querySelector('dialog[open]')?.id ?? null);

/** Goes through a campaign level's cards by keyboard, checking each card before answering it. */
async function passCardsChecking(page: Page, level: string, found: string[], prefix: string): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(250);
    const open = await openDialog(page);
    if (open === null) return;
    const sketch = open === 'prediction-dialog' && await page.locator('#prediction-dialog .prediction-sketch').count() > 0;
    await check(page, `${level}: ${open}${sketch ? ' (sketch)' : ''}`, found, `${prefix}-${level}-${open}${sketch ? '-sketch' : ''}`);
    if (open === 'level-intro-dialog') await page.keyboard.press('Enter');
    else if (open === 'prediction-dialog') {
      await page.keyboard.press(sketch ? 'ArrowUp' : 'Space');
      await page.keyboard.press('Enter');
    } else throw new Error(`unexpected dialog #${open}`);
  }
  throw new Error('the cards never ended');
}

/** Plays `ticks` more ticks with Space (a campaign level may already play after its cards), then pauses with Space. */
async function playFor(page: Page, ticks: number): Promise<void> {
  const tick = await page.evaluate(() => window.__synaptica!.tick());
  if (await page.evaluate(() => window.__synaptica!.mode()) === 'paused') await page.keyboard.press('Space');
  await waitForTicks(page, tick + ticks);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => window.__synaptica!.mode() === 'paused', null, { timeout: 5000 });
}

/** Plays a little, pauses, and opens the screen summary with d; returns its text. */
async function playAndSummarise(page: Page): Promise<string> {
  await playFor(page, 400);
  await page.keyboard.press('d');
  await page.waitForFunction(() => document.activeElement?.id === 'screen-summary', null, { timeout: 3000 });
  return (await page.locator('#screen-summary').textContent()) ?? '';
}

/** Every screen in one colour profile ('' or 'colorProfile=projector'). */
async function everyScreen(page: Page, url: string, param: string, prefix: string): Promise<string[]> {
  const found: string[] = [];
  const q = param ? `&${param}` : '';
  await page.goto(`${url}?${param}`);
  await page.waitForSelector('#welcome-dialog[open]');
  await check(page, 'welcome', found, `${prefix}-welcome`);

  // A campaign level from a link: its card, its questions (multiple choice, then a sketch), the play view.
  await page.goto(`${url}?level=dopamine-acquisition${q}`);
  await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
  await passCardsChecking(page, 'dopamine-acquisition', found, prefix);
  const summary = await playAndSummarise(page);
  assert(/Level: .+\./.test(summary) && /Dopamine neurons fire at/.test(summary) && /Goal/.test(summary), `the screen summary says: ${summary}`);
  await check(page, 'dopamine play view with the screen summary open', found, `${prefix}-dopamine-acquisition-summary`);

  await escape(page);
  await page.keyboard.press('c');
  await page.waitForSelector('#campaign-dialog[open]');
  await check(page, 'campaign menu (with its progress import)', found, `${prefix}-campaign`);
  await escape(page);
  await page.keyboard.press('?');
  await page.waitForSelector('#help-dialog[open]');
  await check(page, 'help', found);
  await escape(page);
  await page.click('#share-level');
  await page.waitForSelector('#share-dialog[open]');
  await check(page, 'share dialog', found);
  await escape(page);
  await page.setInputFiles('#open-level-file', { name: 'not-a-level.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1}') });
  await page.waitForSelector('#open-problems-dialog[open]', { timeout: 5000 });
  await check(page, 'open problems dialog', found, `${prefix}-open-problems`);
  await escape(page);

  // The other kinds' play views, for free play (opened in place: no reload).
  for (const id of KIND_LEVELS.slice(1)) {
    await page.evaluate((want) => window.__synaptica!.openLevel(want, false), id);
    await page.waitForFunction((want) => window.__synaptica!.levelId() === want && window.__synaptica!.mode() !== undefined, id, { timeout: 10_000 });
    await playFor(page, 300);
    await check(page, `${id} play view`, found, `${prefix}-${id}`);
  }

  // A bad link: the welcome names it, and then the warning banner beside the level chosen.
  await page.goto(`${url}?level=no-such-level${q}`);
  await page.waitForSelector('#welcome-dialog[open]', { timeout: 10_000 });
  assert(((await page.locator('#welcome-dialog').textContent()) ?? '').includes('no-such-level'), 'the welcome does not name the bad link');
  await check(page, 'bad link on the welcome', found, `${prefix}-bad-link`);
  await tabTo(page, 'welcome-start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
  await escape(page).catch(() => undefined);
  await page.waitForSelector('#level-warning:not([hidden])', { timeout: 10_000 });
  await check(page, 'warning banner', found, `${prefix}-warning`);
  return found;
}

export const tests: TestCase[] = [
  {
    name: 'access: axe on every screen in the default profile (welcome, cards, questions incl. sketch, each kind\'s play view, summary, menus, dialogs, warning)',
    async run(page, url) {
      const found = await everyScreen(page, url, '', 'default');
      assert(found.length === 0, `axe violations:\n  ${found.join('\n  ')}`);
    },
  },
  {
    name: 'access: axe on every screen in colorProfile=projector, reduced motion on, and its result card',
    async run(page, url) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const found = await everyScreen(page, url, 'colorProfile=projector', 'projector');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert(background === 'rgb(255, 255, 255)', `the projector page's background is ${background}`);
      await page.goto(`${url}?level=spike-threshold&colorProfile=projector`);
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      await passCardsChecking(page, 'spike-threshold', found, 'projector');
      await tabTo(page, '[data-action="param:stimuli.electrode.amplitudePa"] input[type="range"]', 120);
      await page.keyboard.press('End');
      await page.keyboard.press('3');
      await page.waitForSelector('#level-result-dialog[open]', { timeout: 30_000 });
      await page.waitForTimeout(200);
      await check(page, 'result card', found, 'projector-result');
      assert(found.length === 0, `axe violations:\n  ${found.join('\n  ')}`);
    },
  },
  {
    name: 'access: keyboard alone through the campaign menu and a level of each kind; the live region speaks; zoom 200 % and phone/tablet layouts keep scene and goal in view',
    async run(page, url) {
      // The welcome by keyboard: Start the campaign, its first card; c opens the campaign menu, Escape closes it.
      await page.goto(url);
      await page.waitForSelector('#welcome-dialog[open]');
      await tabTo(page, 'welcome-start');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#level-intro-dialog[open]', { timeout: 10_000 });
      await passCardsChecking(page, 'first level', [], 'keyboard');
      await page.keyboard.press('c');
      await page.waitForSelector('#campaign-dialog[open]');
      await page.keyboard.press('Escape');
      for (const id of KIND_LEVELS) {
        // Each kind from the campaign menu, by keyboard (the level menu's arrow keys would open every level on the way).
        await page.keyboard.press('c');
        await page.waitForSelector('#campaign-dialog[open]');
        await tabTo(page, `#campaign-dialog button[data-level="${id}"]`, 80);
        await page.keyboard.press('Enter');
        await page.waitForFunction((want) => window.__synaptica!.levelId() === want, id, { timeout: 10_000 });
        await passCardsChecking(page, id, [], 'keyboard');
        if (await page.evaluate(() => window.__synaptica!.mode()) === 'paused') await page.keyboard.press('Space');
        await page.waitForFunction(() => window.__synaptica!.mode() === 'playing', null, { timeout: 5000 });
        // The live region speaks within seconds of play at normal speed (the first dopamine burst, at the juice of trial 1).
        if (id === 'dopamine-acquisition') {
          await page.waitForFunction(() => (document.getElementById('live-description')?.textContent ?? '') !== '', null, { timeout: 20_000 });
          console.log(`    live description heard: ${await page.locator('#live-description').textContent()}`);
        }
        await page.keyboard.press('Space');
        await page.keyboard.press('d');
        const summary = (await page.locator('#screen-summary').textContent()) ?? '';
        assert(summary.includes('Firing rates') || summary.includes('No neuron fired'), `${id}: the summary says ${summary}`);
        await page.keyboard.press('Tab');
      }

      // Layouts: each kind at a phone, a landscape phone, two tablets, and text zoom 200 %.
      const sizes = [
        { name: 'phone-390x844', width: 390, height: 844 },
        { name: 'landscape-844x390', width: 844, height: 390 },
        { name: 'tablet-768x1024', width: 768, height: 1024 },
        { name: 'tablet-1024x768', width: 1024, height: 768 },
        { name: 'zoom200-640x400', width: 640, height: 400 },
      ];
      const problems: string[] = [];
      for (const size of sizes) {
        await page.setViewportSize({ width: size.width, height: size.height });
        for (const id of KIND_LEVELS) {
          await page.evaluate((want) => window.__synaptica!.openLevel(want, false), id);
          await page.waitForFunction((want) => window.__synaptica!.levelId() === want && !document.querySelector('dialog[open]'), id, { timeout: 10_000 });
          await page.waitForTimeout(150);
          const layout = await page.evaluate(() => ({
            scene: document.querySelector('#sim-view')?.getBoundingClientRect().toJSON() as DOMRect | undefined,
            scrollW: document.documentElement.scrollWidth,
            clientW: document.documentElement.clientWidth,
          }));
          if (layout.scrollW > layout.clientW) problems.push(`${size.name} ${id}: the page scrolls sideways (${layout.scrollW} > ${layout.clientW})`);
          if (!layout.scene || layout.scene.height < 120) problems.push(`${size.name} ${id}: the scene is ${layout.scene?.height ?? 0} px high`);
          await shot(page, `layout-${size.name}-${id}`);
        }
      }
      // Text zoom: the root font at 200 % on a 1280x800 page.
      await page.setViewportSize(viewport);
      await page.evaluate(() => { document.documentElement.style.fontSize = '32px'; });
      await page.waitForTimeout(200);
      const wide = await page.evaluate(() => ({ scrollW: document.documentElement.scrollWidth, clientW: document.documentElement.clientWidth }));
      if (wide.scrollW > wide.clientW) problems.push(`font 200 %: the page scrolls sideways (${wide.scrollW} > ${wide.clientW})`);
      await shot(page, 'layout-font200-1280x800');
      assert(problems.length === 0, problems.join('\n  '));
    },
  },
];
