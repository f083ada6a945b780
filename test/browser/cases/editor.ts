// The level editor end to end, keyboard only: open it with ?editor, start from the eyeblink template,
// change a parameter, undo and redo it, see a validation message next to the field after an invalid
// value, Play the draft, come Back to the editor with nothing lost, find the draft again after a
// reload (autosave), and axe finds no serious or critical violation on the editor. Screenshots at
// 1280x800 and 390x844 go to test-output/editorcore/.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { loadLevel } from '../../../src/levels/loadLevel';
import { assert, passLevelCards, tabTo, waitForTicks, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/editorcore/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const PUFF = '[id="ed-f-circuits.0.puffStrength"]';
const PUFF_PROBLEM = '[id="ed-p-circuits.0.puffStrength"]';

async function seriousAxe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [['#editor-view']] }, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, WCAG_TAGS);
}

async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?editor`);
  await page.waitForSelector('#editor-view:not([hidden])');
  await page.waitForSelector('#level-select[data-ready="true"]', { state: 'attached' });
}

/** Opens the Network section's first list item (the circuit) with the keyboard and goes to its puff strength. */
async function toPuffStrength(page: Page): Promise<void> {
  if (!(await page.locator(PUFF).isVisible())) {
    await tabTo(page, '#ed-sec-network .ed-section-body summary', 400);
    // Tabbing through the network drawing selects its boxes, which may already have opened the circuit's fields.
    if (!(await page.locator(PUFF).isVisible())) await page.keyboard.press('Enter');
    await page.waitForSelector(PUFF);
  }
  await tabTo(page, PUFF, 400);
}

async function typeInFocused(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

export const tests: TestCase[] = [
  {
    name: 'editor: eyeblink template by keyboard, edit, undo/redo, live validation, Play, Back to editor, autosave after reload, axe',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await openEditor(page, url);
      await page.screenshot({ path: `${shots}start-1280x800.png` });
      assert(await page.locator('#app').isHidden(), 'the game is not hidden behind the editor');

      await tabTo(page, '[data-template="cerebellum"]', 60);
      await page.keyboard.press('Enter');
      await page.waitForSelector('[id="ed-f-title"]');
      const title = await page.inputValue('[id="ed-f-title"]');
      assert(title.length > 0, 'the template gave no title');
      await page.waitForFunction(() => document.querySelector('.ed-problems-summary')?.textContent?.startsWith('None') === true, null, { timeout: 5000 });

      await toPuffStrength(page);
      await typeInFocused(page, '0.5');
      await page.waitForFunction(() => document.getElementById('ed-undo')?.textContent === 'Undo: Change puff strength', null, { timeout: 5000 });
      assert(await page.inputValue(PUFF) === '0.5', 'the field does not show the new value');
      // The line about the template told of an earlier step: the edit cleared it.
      await page.waitForFunction(() => document.getElementById('ed-status')?.textContent === '', null, { timeout: 5000 })
        .catch(async () => { throw new Error(`the status line still says "${await page.textContent('#ed-status')}" after an edit`); });

      await page.keyboard.press('Control+Z');
      await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === '', PUFF);
      await page.keyboard.press('Control+Shift+Z');
      await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === '0.5', PUFF);
      await page.keyboard.press('Control+Z');
      await page.keyboard.press('Control+Y');
      await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === '0.5', PUFF);

      // An invalid value: the message appears next to the field, named by its aria-describedby, and Play says why it cannot run.
      await toPuffStrength(page);
      await typeInFocused(page, '7');
      await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '').includes('must be ≤ 2'), PUFF_PROBLEM, { timeout: 5000 });
      const describedBy = await page.getAttribute(PUFF, 'aria-describedby');
      assert(describedBy?.split(' ').includes('ed-p-circuits.0.puffStrength') === true, `aria-describedby is "${describedBy}"`);
      assert(await page.getAttribute(PUFF, 'aria-invalid') === 'true', 'the field is not marked invalid');
      assert(await page.isDisabled('#ed-play'), 'Play is enabled on an invalid draft');
      assert((await page.textContent('#ed-play-reason'))?.includes('Fix 1 problem') === true, 'Play does not say why it cannot run');
      await page.locator(PUFF).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}invalid-field-1280x800.png` });
      await page.keyboard.press('Control+Z');
      await page.waitForFunction(() => !(document.getElementById('ed-play') as HTMLButtonElement).disabled, null, { timeout: 5000 });

      // The problems list is empty again; the quick check runs 20 trials in a worker and shows a curve per objective.
      await tabTo(page, '#ed-check-trials', 1000);
      await typeInFocused(page, '20');
      await tabTo(page, '#ed-check-run', 5);
      await page.keyboard.press('Enter');
      await page.waitForSelector('.ed-check-curve figcaption', { timeout: 60_000 });
      const caption = await page.textContent('.ed-check-curve figcaption') ?? '';
      assert(/^(Met|Not met): /.test(caption) && caption.includes('goal >= 50'), `the check says "${caption}"`);
      assert((await page.textContent('.ed-check .ed-status-line'))?.startsWith('20 trials') === true, 'the check did not run 20 trials');
      await page.locator('#ed-check').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}check-1280x800.png` });

      // Export as a level file: it loads, with the edit in it.
      const download = page.waitForEvent('download');
      await tabTo(page, '#ed-export button', 10);
      await page.keyboard.press('Enter');
      const file = await download;
      const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as { $schema: string; title: string; circuits: { puffStrength?: number }[] };
      const loaded = loadLevel(exported);
      assert(loaded.ok, `the exported file does not load: ${JSON.stringify(loaded.ok ? [] : loaded.errors)}`);
      assert(exported.$schema === './level.schema.json' && exported.title === title && exported.circuits[0].puffStrength === 0.5, 'the exported file is not the draft');
      // As a zip (nothing to bundle but the file) and as a link (opened in a fresh context, it is the same level).
      const zip = page.waitForEvent('download');
      await page.click('#ed-export button:text-is("Download with recordings (.zip)")');
      assert((await zip).suggestedFilename().endsWith('.zip'), 'the bundle is not a zip');
      await page.click('#ed-export button:text-is("Copy link")');
      await page.waitForFunction(() => /^(Link copied|Copy this link: )/.test(document.querySelector('#ed-export .ed-status-line')?.textContent ?? ''), null, { timeout: 5000 });

      const violations = await seriousAxe(page);
      assert(violations.length === 0, `axe on the editor:\n  ${violations.join('\n  ')}`);
      await page.screenshot({ path: `${shots}network-1280x800.png` });

      // Play, then Back to editor: same draft, same undo history.
      await tabTo(page, '#ed-play', 1000);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#editor-play-bar:not([hidden])');
      assert(await page.locator('#editor-view').isHidden(), 'the editor still covers the game');
      // The draft plays as a preview of the whole level: the template's intro card (and questions) first.
      await passLevelCards(page);
      await waitForTicks(page, 200, 20_000);
      await page.screenshot({ path: `${shots}playing-1280x800.png` });
      assert(await page.evaluate(() => document.activeElement?.id) === 'editor-back', 'Back to editor does not have focus');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#editor-view:not([hidden])');
      assert((await page.textContent('#ed-undo')) === 'Undo: Change puff strength', 'the undo history was lost');
      await toPuffStrength(page);
      assert(await page.inputValue(PUFF) === '0.5', 'the edit was lost');

      // Autosave: after a reload, ?editor reopens the latest draft.
      await page.waitForTimeout(1500);
      await openEditor(page, url);
      await page.waitForSelector('[id="ed-f-title"]');
      assert(await page.inputValue('[id="ed-f-title"]') === title, 'the draft did not come back after the reload');
      await toPuffStrength(page);
      assert(await page.inputValue(PUFF) === '0.5', 'the autosaved edit did not come back');
      assert((await page.textContent('.ed-draft-list'))?.includes(title) === true, 'the draft list does not name the draft');
      await page.screenshot({ path: `${shots}reloaded-1280x800.png` });
      for (const section of ['timeline', 'goals', 'lesson']) {
        await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), `ed-sec-${section}`);
        await page.screenshot({ path: `${shots}${section}-1280x800.png` });
      }

      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${shots}top-390x844.png` });
      await page.locator(PUFF).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}network-390x844.png` });
      const phoneViolations = await seriousAxe(page);
      assert(phoneViolations.length === 0, `axe on the editor (phone):\n  ${phoneViolations.join('\n  ')}`);
    },
  },
  {
    name: 'editor: from the welcome screen; copy, paste and rename a population in the free-network template, each one undo step',
    async run(page, url) {
      // From the welcome screen: its "Create or edit a level" opens the editor.
      await page.goto(url);
      await page.click('#welcome-editor');
      await page.waitForSelector('#editor-view:not([hidden])');
      await page.click('[data-template="free-network"]');
      await page.waitForSelector('[id="ed-f-title"]');
      const populations = () => page.locator('[id^="ed-remove-populations."]').count();
      assert(await populations() === 2, 'the free network does not have two populations');
      await page.click('#ed-sec-network .ed-section-body .ed-list:has(> legend:text-is("Populations")) summary');
      await page.click('[id="ed-copy-populations.0"]');
      await page.click('[id="ed-paste-populations"]');
      await page.waitForFunction(() => document.querySelectorAll('[id^="ed-remove-populations."]').length === 3);
      assert((await page.textContent('#ed-undo')) === 'Undo: Paste 1 item', `undo says "${await page.textContent('#ed-undo')}"`);
      await page.keyboard.press('Control+Z');
      await page.waitForFunction(() => document.querySelectorAll('[id^="ed-remove-populations."]').length === 2);

      // Rename the input population (its item is still open): the projection from it and the drive onto it follow, in one step.
      await page.fill('[id="ed-f-populations.0.id"]', 'sensors');
      await page.keyboard.press('Tab');
      await page.waitForFunction(() => document.getElementById('ed-status')?.textContent?.startsWith('Renamed to "sensors" and 2 references') === true, null, { timeout: 5000 });
      await page.click('#ed-sec-network .ed-section-body .ed-list:has(> legend:text-is("Projections")) summary');
      assert(await page.inputValue('[id="ed-f-projections.0.from"]') === 'sensors', 'the projection still comes from the old id');
      await page.waitForFunction(() => document.querySelector('.ed-problems-summary')?.textContent?.startsWith('None') === true, null, { timeout: 5000 });
      await page.screenshot({ path: `${shots}renamed-1280x800.png` });
      await page.keyboard.press('Control+Z');
      await page.waitForFunction(() => (document.querySelector('[id="ed-f-projections.0.from"]') as HTMLInputElement | null)?.value === 'input');
    },
  },
];
