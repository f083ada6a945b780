// The end-to-end path, mouse and keyboard only (the page's state is only read): build a small
// eyeblink level from the template in the editor (title, trial count and the tone–puff interval in the
// timeline, the objective's threshold and its words in the goals form; the quick check says it is reachable), Play it to the end of its timeline at
// fast-forward (its objective met on the way), export it as a .json file, reload, open the file with
// the page's file chooser, play it: the same level data, the same goal, the same final state hash.
// The editor's Copy link opens the same level in a fresh browser context, with the same result. axe on every editor view (start panel, network canvas, timeline, forms,
// quick check, export) at 1280x800 and on the phone. Screenshots in test-output/e2e14/.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { loadLevel } from '../../../src/levels/loadLevel';
import { runLevel } from '../../../src/levels/runLevel';
import { assert, canonicalJson, passLevelCards, tabTo, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/e2e14/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const TITLE = 'My blink level';
const TRIALS = 40;
/** The template's puff comes 250 ms after the tone; Shift+→ on its bar moves it 50 ms later. */
const PUFF_AFTER_TONE_MS = 300;
const THRESHOLD = 40;
const TIMELINE_TRIALS = '#ed-region-timeline input[id$="-trials"]';
const PUFF_BAR = '#ed-region-timeline [data-event-key="0:1"]';
const THRESHOLD_FIELD = '[id="ed-f-objectives.0.threshold"]';
const DESCRIPTION = 'Over the last 20 trials, the eye closes before the puff on at least 40% of the trials.';
const DESCRIPTION_FIELD = '[id="ed-f-objectives.0.description"]';

interface RunResult { hash: string | null; goal: string; level: string; trials: number; tick: number }

/** axe's serious and critical violations inside `selector` (WCAG 2.1 A and AA). */
async function seriousAxe(page: Page, selector = '#editor-view'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [[include]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, selector);
}

async function expectNoSeriousAxe(page: Page, where: string, selector?: string): Promise<void> {
  const violations = await seriousAxe(page, selector);
  assert(violations.length === 0, `axe on ${where}:\n  ${violations.join('\n  ')}`);
}

/** Replaces the focused field's text and leaves it with Tab (the edit commits on change). */
async function typeInFocused(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

const undoSays = (page: Page, label: string): Promise<unknown> =>
  page.waitForFunction((want) => document.getElementById('ed-undo')?.textContent === `Undo: ${want}`, label, { timeout: 5000 });

/**
 * Fast-forwards the running level with the keyboard ("3") to the end of its timeline; a result card at
 * the goal (a level opened from a file plays as a campaign level) is closed with Escape and the run goes on.
 */
async function runToEnd(page: Page, trials: number): Promise<RunResult> {
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('3');
    await page.waitForFunction((want) => window.__synaptica!.trials() >= want && window.__synaptica!.mode() === 'paused' || document.querySelector('#level-result-dialog[open]') !== null,
      trials, { timeout: 60_000, polling: 100 });
    if (await page.locator('#level-result-dialog[open]').count() === 0) break;
    await page.screenshot({ path: `${shots}result-card-1280x800.png` });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  }
  return page.evaluate(() => ({
    hash: window.__synaptica!.stateHash(),
    goal: JSON.stringify(window.__synaptica!.goal()),
    level: JSON.stringify(window.__synaptica!.levelData()),
    trials: window.__synaptica!.trials(),
    tick: window.__synaptica!.tick(),
  }));
}

function sameRun(what: string, got: RunResult, want: RunResult): void {
  assert(got.trials === want.trials, `${what}: ${got.trials} trials, the draft ran ${want.trials}`);
  assert(canonicalJson(JSON.parse(got.level)) === canonicalJson(JSON.parse(want.level)), `${what}: the level data differ from the draft's:\n  ${got.level}\n  ${want.level}`);
  assert(got.goal === want.goal, `${what}: goal ${got.goal}, the draft's ${want.goal}`);
  assert(got.hash !== null && got.hash === want.hash, `${what}: result hash ${got.hash}, the draft's ${want.hash}`);
}

/** Builds the level in the editor by keyboard; returns after every edit is in and the level validates. */
async function buildLevel(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?editor`);
  await page.waitForSelector('#editor-view:not([hidden])');
  await page.waitForSelector('#level-select[data-ready="true"]', { state: 'attached' });
  await page.screenshot({ path: `${shots}1-start-1280x800.png` });
  await expectNoSeriousAxe(page, 'the start panel (no draft yet)');

  await tabTo(page, '[data-template="cerebellum"]', 60);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[id="ed-f-title"]');
  await tabTo(page, '[id="ed-f-title"]', 200);
  await typeInFocused(page, TITLE);
  await undoSays(page, 'Change title');

  // The timeline: the phase's trial count in place, then the puff's bar moved 50 ms later with Shift+→.
  await tabTo(page, TIMELINE_TRIALS, 400);
  await typeInFocused(page, String(TRIALS));
  await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === '40', TIMELINE_TRIALS, { timeout: 5000 });
  // The form (and its Undo button) is rebuilt just after the change event, so the label is awaited.
  const trialsMadeAStep = await page.waitForFunction(() => {
    const undo = document.getElementById('ed-undo')?.textContent ?? '';
    return undo.startsWith('Undo: ') && undo !== 'Undo: Change title';
  }, null, { timeout: 5000 }).then(() => true, () => false);
  assert(trialsMadeAStep, `the trial count made no undo step (${await page.textContent('#ed-undo')})`);
  await tabTo(page, PUFF_BAR, 100);
  const puffBefore = await page.getAttribute(PUFF_BAR, 'aria-label');
  await page.keyboard.press('Shift+ArrowRight');
  await page.waitForFunction(({ sel, before }) => document.querySelector(sel)?.getAttribute('aria-label') !== before, { sel: PUFF_BAR, before: puffBefore }, { timeout: 5000 });
  const puffAfter = await page.getAttribute(PUFF_BAR, 'aria-label') ?? '';
  assert(puffAfter.includes(String(PUFF_AFTER_TONE_MS)), `the puff's bar says "${puffAfter}" (was "${puffBefore}")`);
  await page.locator('#ed-region-timeline').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}2-timeline-1280x800.png` });

  // The goals form: open the objective and lower its threshold.
  await tabTo(page, 'fieldset[aria-describedby="ed-p-objectives"] > details > summary', 200);
  await page.keyboard.press('Enter');
  await page.waitForSelector(THRESHOLD_FIELD);
  await tabTo(page, DESCRIPTION_FIELD, 60);
  await typeInFocused(page, DESCRIPTION);
  await undoSays(page, 'Change description');
  await tabTo(page, THRESHOLD_FIELD, 60);
  await typeInFocused(page, String(THRESHOLD));
  await undoSays(page, 'Change threshold');
  await page.waitForFunction(() => document.querySelector('.ed-problems-summary')?.textContent?.startsWith('None') === true, null, { timeout: 5000 });
  await page.locator(THRESHOLD_FIELD).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}3-goals-1280x800.png` });
}

/** Presses Tab until the focused button reads `text`. */
async function tabToButton(page: Page, text: string, max: number): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((want) => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent === want, text)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the button "${text}"`);
}

/** Opens the network's first item (the circuit) so axe sees its generated form as well. */
async function openCircuitForm(page: Page): Promise<void> {
  const summary = page.locator('#ed-sec-network .ed-section-body summary').first();
  if (await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)) return;
  await summary.focus();
  await page.keyboard.press('Enter');
}

export const tests: TestCase[] = [
  {
    name: 'e2e14: eyeblink level built by keyboard in the editor, played, exported, reopened by file after a reload and by link in a fresh context: same level, same result hash; axe on every editor view',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await buildLevel(page, url);

      // The quick check (in a worker) over the level's trials says the objective is reachable; then axe on every view at once.
      await tabTo(page, '#ed-check-trials', 400);
      await typeInFocused(page, String(TRIALS));
      await tabTo(page, '#ed-check-run', 5);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.ed-check-curve figcaption', { timeout: 60_000 });
      const caption = await page.textContent('.ed-check-curve figcaption') ?? '';
      assert(caption.startsWith(`Met: ${DESCRIPTION}`) && caption.includes(`goal >= ${THRESHOLD}`), `the quick check says "${caption}"`);
      await openCircuitForm(page);
      await expectNoSeriousAxe(page, 'the editor with a draft (network canvas, timeline, forms, quick check, export)');
      for (const view of ['#ed-start', '#ed-region-network', '#ed-region-timeline', '#ed-sec-goals', '#ed-check', '#ed-export']) {
        assert(await page.locator(view).count() === 1 && await page.locator(view).isVisible(), `the axe run did not include ${view}: it is not shown`);
      }
      await page.locator('#ed-check').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}4-check-export-1280x800.png` });

      // Export the file with the keyboard (the first export button) and keep the download.
      const download = page.waitForEvent('download');
      await tabTo(page, '#ed-export button', 20);
      assert(await page.evaluate(() => document.activeElement?.textContent) === 'Download level file (.json)', 'the first export button is not the level file');
      await page.keyboard.press('Enter');
      const file = await download;
      const fileText = readFileSync(await file.path(), 'utf8');
      const exported = JSON.parse(fileText) as { $schema?: string; title: string; id: string; timeline: { sessions: { phases: { trials: number; trialTypes: { events: { at: { ms: number } }[] }[] }[] }[] }; objectives: { threshold: number; description: string }[] };
      const phase = exported.timeline.sessions[0].phases[0];
      assert(exported.$schema === './level.schema.json' && exported.title === TITLE && phase.trials === TRIALS && exported.objectives[0].description === DESCRIPTION
        && phase.trialTypes[0].events[1].at.ms === PUFF_AFTER_TONE_MS && exported.objectives[0].threshold === THRESHOLD,
      `the file does not hold the edits: ${JSON.stringify({ schema: exported.$schema, title: exported.title, trials: phase.trials, puff: phase.trialTypes[0].events[1].at, threshold: exported.objectives[0].threshold })}`);
      const loadedFile = loadLevel(fileText);
      assert(loadedFile.ok, `the exported file does not load: ${JSON.stringify(loadedFile.ok ? [] : loadedFile.errors)}`);

      // The link, copied with the keyboard (the clipboard is read back, as a player's paste would).
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await tabToButton(page, 'Copy link', 5);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /^Link copied/.test(document.querySelector('#ed-export .ed-status-line')?.textContent ?? ''), null, { timeout: 5000 });
      const link = await page.evaluate(() => navigator.clipboard.readText());
      assert(link.includes('#level=') && !link.includes('?editor'), `the copied link is "${link.slice(0, 120)}"`);

      // The editor once on a phone, with axe.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${shots}5-editor-390x844.png` });
      await page.locator('#ed-region-timeline').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}5-timeline-390x844.png` });
      await expectNoSeriousAxe(page, 'the editor at 390x844');
      await page.setViewportSize({ width: 1280, height: 800 });

      // Play the draft to the end of its timeline.
      await tabTo(page, '#ed-play', 1000);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#editor-play-bar:not([hidden])');
      // The draft plays as a preview of the whole level: the template's intro card (and questions) first.
      await passLevelCards(page);
      const draftRun = await runToEnd(page, TRIALS);
      await page.screenshot({ path: `${shots}6-draft-played-1280x800.png` });
      const goal = JSON.parse(draftRun.goal) as { used: number; tick: number } | null;
      assert(goal !== null && draftRun.trials === TRIALS, `the draft ran ${draftRun.trials} trials and met its objective at ${draftRun.goal}`);
      // The same file headless (runLevel, as the CLI runs it), for the record only: Node's V8 and the
      // page round some Math results differently by an ulp (see wasmKernels.ts), so the states part.
      const headless = runLevel(loadedFile.level, { stopWhenGoalMet: true });
      const headlessGoal = headless.ok ? `trial ${headless.result.trials.length} (tick ${headless.result.ticks}, ${headless.result.stopReason})` : 'does not run';

      // Reload (a new page load, no ?editor) and open the file with the chooser, by keyboard.
      await page.goto(url);
      await page.waitForSelector('#level-select[data-ready="true"]');
      await page.keyboard.press('Escape'); // the welcome
      const chooser = page.waitForEvent('filechooser');
      await tabTo(page, '#open-level', 60);
      await page.keyboard.press('Enter');
      await (await chooser).setFiles(await file.path());
      await page.waitForFunction(() => window.__synaptica?.levelId()?.startsWith('yours.') === true && document.getElementById('status-state')?.textContent !== 'Loading…', null, { timeout: 15_000 });
      await passLevelCards(page);
      await page.screenshot({ path: `${shots}7-file-opened-1280x800.png` });
      sameRun('the level opened from the file', await runToEnd(page, TRIALS), draftRun);
      await page.screenshot({ path: `${shots}8-file-played-1280x800.png` });

      // The link in a fresh browser context (no drafts, no saved progress).
      const fresh = await page.context().browser()!.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const other = await fresh.newPage();
        await other.goto(link.replace(/^https?:\/\/[^/]+\//, `${url.replace(/\/$/, '')}/`));
        await other.waitForFunction(() => window.__synaptica?.levelId()?.startsWith('yours.') === true && document.getElementById('status-state')?.textContent !== 'Loading…', null, { timeout: 15_000 });
        await passLevelCards(other);
        sameRun('the level opened from the editor\'s link in a fresh context', await runToEnd(other, TRIALS), draftRun);
        await other.screenshot({ path: `${shots}9-link-played-1280x800.png` });
      } finally {
        await fresh.close();
      }
      console.log(`    goal met at trial ${goal.used} (tick ${goal.tick}; headless in Node: ${headlessGoal}); after ${TRIALS} trials (tick ${draftRun.tick}) draft, file and link all end at hash ${draftRun.hash}; link ${link.length} characters`);
    },
  },
  {
    name: 'e2e14: axe on every generated form of a copy of a built-in level (every list item open), with a validation problem showing',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.goto(`${url}?editor`);
      await page.waitForSelector('#editor-view:not([hidden])');
      await page.waitForSelector('#level-select[data-ready="true"]', { state: 'attached' });
      // A level with every part of a lesson (predictions, a sketch question, hints, stars, notes).
      await tabTo(page, '#ed-start-level', 60);
      await page.selectOption('#ed-start-level', 'dopamine-acquisition');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (document.getElementById('ed-f-id') as HTMLInputElement | null)?.value === 'dopamine-acquisition', null, { timeout: 10_000 });
      // Open every folded item, the ones inside opened items too (they render when opened).
      let opened = 0;
      for (; opened < 400; opened++) {
        const closed = page.locator('#editor-view details:not([open]) > summary').first();
        if (await closed.count() === 0) break;
        await closed.click();
      }
      assert(opened > 20 && opened < 400, `opened ${opened} items`);
      // A problem next to its field: a time step out of range.
      await tabTo(page, '[id="ed-f-dtMs"]', 400);
      await typeInFocused(page, '20');
      await page.waitForFunction(() => document.getElementById('ed-f-dtMs')?.getAttribute('aria-invalid') === 'true', null, { timeout: 5000 });
      assert((await page.textContent('[id="ed-p-dtMs"]'))?.includes('10') === true, `the time step's problem says "${await page.textContent('[id="ed-p-dtMs"]')}"`);
      const fields = await page.locator('#editor-view input, #editor-view select, #editor-view textarea').count();
      await expectNoSeriousAxe(page, `the editor with ${opened} items open (${fields} fields) and a problem`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${shots}10-all-open-problem-1280x800.png` });
      await page.locator('#ed-sec-lesson').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}11-lesson-forms-1280x800.png` });
      console.log(`    axe: ${opened} items open, ${fields} fields, 0 serious or critical`);
    },
  },
];
