// Deleting a part in the editor takes everything that names it, in one undo step (core14): in the
// free-network template, the form's Remove on the input population (reached with Tab, pressed with
// Enter) also removes the projection from it and the drive onto it, so the problems list stays empty;
// the Undo button says what went; Ctrl+Z brings all of it back. Screenshots at 1280x800 and 390x844
// go to test-output/core14/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, tabTo, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/core14/', import.meta.url));

const count = (page: Page, prefix: string) => page.locator(`[id^="ed-remove-${prefix}."]`).count();
const problemsNone = (page: Page) => page.waitForFunction(() => document.querySelector('.ed-problems-summary')?.textContent?.startsWith('None') === true, null, { timeout: 5000 });

export const tests: TestCase[] = [
  {
    name: 'editorDelete: by keyboard, removing a population in its form takes its projection and input in one undo step; Ctrl+Z restores all',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.goto(`${url}?editor`);
      await page.waitForSelector('#editor-view:not([hidden])');
      await page.click('[data-template="free-network"]');
      await page.waitForSelector('[id="ed-f-title"]');
      await problemsNone(page);
      await page.click('#ed-sec-network .ed-section-body .ed-list:has(> legend:text-is("Projections")) summary');
      assert(await count(page, 'populations') === 2 && await count(page, 'projections') === 1, 'the free network has two populations and a projection');

      await page.focus('[id="ed-f-title"]');
      await tabTo(page, '[id="ed-remove-populations.0"]', 400);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('[id^="ed-remove-populations."]').length === 1);
      const undo = (await page.textContent('#ed-undo')) ?? '';
      assert(/^Undo: Remove population .+ and its 1 projection and 1 input$/.test(undo), `the Undo button says "${undo}"`);
      assert(await count(page, 'projections') === 0, 'the projection from the removed population is still there');
      await problemsNone(page);
      await page.screenshot({ path: `${shots}removed-population-1280x800.png` });

      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${shots}removed-population-390x844.png` });
      await page.setViewportSize({ width: 1280, height: 800 });

      await page.keyboard.press('Control+Z');
      await page.waitForFunction(() => document.querySelectorAll('[id^="ed-remove-populations."]').length === 2);
      await page.waitForFunction(() => document.querySelectorAll('[id^="ed-remove-projections."]').length === 1);
      assert((await page.textContent('#ed-redo'))?.includes('and its 1 projection and 1 input') === true, 'redo does not offer the same step');
      await problemsNone(page);
    },
  },
];
