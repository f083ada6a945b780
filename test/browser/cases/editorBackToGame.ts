// A visit that begins in the editor (?editor) has no level behind it: "Back to the game" must show
// the welcome, not an empty game with a blank level menu and Play disabled (found in a newcomer walk).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, tabTo, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/fix14/', import.meta.url));

const backFromFirstVisit: TestCase = {
  name: 'editor back: a visit that began in the editor goes back to the welcome (keyboard), not an empty game',
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

export const tests: TestCase[] = [backFromFirstVisit];
