// Keyboard flows a newcomer walk found broken. A visit that begins in the editor (?editor) has no level
// behind it: "Back to the game" must show the welcome, not an empty game with a blank level menu and
// Play disabled. "Add …" in a form takes the keyboard to the new item's first field.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, tabTo, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/fix14/', import.meta.url));

const backFromFirstVisit: TestCase = {
  name: 'editor keyboard: a visit that began in the editor goes back to the welcome (keyboard), not an empty game',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    await page.goto(`${url}?editor`);
    await page.waitForSelector('#editor-view:not([hidden])');
    await tabTo(page, '#ed-close', 30);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#welcome-dialog[open]', { timeout: 10_000 })
      .catch(() => { throw new Error('"Back to the game" from a first visit in the editor showed no welcome'); });
    assert(await page.locator('#editor-view').isHidden(), 'the editor is still shown');
    assert(!new URL(page.url()).searchParams.has('editor'), 'the address still says ?editor');
    await page.screenshot({ path: `${shots}back-to-welcome-1280x800.png` });
  },
};

const addTakesTheKeyboard: TestCase = {
  name: 'editor keyboard: Add hint takes the keyboard to the new hint, and what is typed there lands in it',
  async run(page, url) {
    await page.goto(`${url}?editor`);
    await page.waitForSelector('#editor-view:not([hidden])');
    await tabTo(page, '[data-template="cerebellum"]', 60);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[id="ed-f-title"]');
    await tabTo(page, '[id="ed-add-lesson.hints"]', 600);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'ed-f-lesson.hints.0', null, { timeout: 5000 })
      .catch(async () => { throw new Error(`after Add hint the keyboard is on "${await page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName)}"`); });
    await page.keyboard.type('Watch the eyelid at the tone.');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.getElementById('ed-undo')?.textContent?.startsWith('Undo: Change') === true, null, { timeout: 5000 });
    const typed = await page.inputValue('[id="ed-f-lesson.hints.0"]');
    assert(typed === 'Watch the eyelid at the tone.', `the hint holds "${typed}"`);
  },
};

export const tests: TestCase[] = [backFromFirstVisit, addTakesTheKeyboard];
