// A newcomer who was sent a level file: the welcome offers to open it (keyboard only), a bad file
// returns to the welcome with its problem in words, a good one opens with its card; a file dragged
// over the page while a dialog is open is taken from the browser (which would otherwise show the
// file in place of the game) and refused; a drop of too many files is refused before it is read.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileChooser, Page } from 'playwright-core';
import { assert, passLevelCards, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/openerfix/', import.meta.url));
const levelText = (id: string): string => readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8');

/**
 * File choosers the page opens, in order. Playwright starts intercepting them only after its first
 * listener is added, so the listener is added up front, not at the key press.
 */
function choosers(page: Page): () => Promise<FileChooser> {
  const waiting: FileChooser[] = [];
  page.on('filechooser', (chooser) => waiting.push(chooser));
  return async () => {
    await page.waitForFunction(() => true); // a round trip, so a chooser opened by the last key has arrived
    for (let i = 0; i < 50 && waiting.length === 0; i++) await page.waitForTimeout(100);
    const next = waiting.shift();
    assert(next !== undefined, 'no file chooser opened');
    return next;
  };
}

/** Dispatches a file drag over the page; returns whether the page took it from the browser, and the drop hint's state. */
async function dragOver(page: Page, fileCount: number): Promise<{ taken: boolean; hint: boolean }> {
  return page.evaluate((count) => {
    const data = new DataTransfer();
    for (let i = 0; i < count; i++) data.items.add(new File(['{}'], `level-${i}.json`, { type: 'application/json' }));
    (window as unknown as { __drag: DataTransfer }).__drag = data;
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true });
    document.body.dispatchEvent(over);
    return { taken: over.defaultPrevented, hint: document.getElementById('drop-hint')?.matches(':popover-open') ?? false };
  }, fileCount);
}

async function dragAway(page: Page): Promise<void> {
  await page.evaluate(() => document.body.dispatchEvent(new DragEvent('dragleave', { dataTransfer: (window as unknown as { __drag: DataTransfer }).__drag, bubbles: true, cancelable: true })));
}

async function tabToId(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 8; i++) {
    if (await page.evaluate(() => document.activeElement?.id) === id) return;
    await page.keyboard.press('Tab');
  }
  assert(false, `Tab does not reach #${id}`);
}

const fromWelcome: TestCase = {
  name: 'opener: newcomer: the welcome offers Open a level file… (Tab, Enter); a bad file returns to the welcome, a good one opens with its card',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    const nextChooser = choosers(page);
    await page.goto(url);
    await page.waitForSelector('#welcome-dialog[open]');
    const footnote = (await page.locator('#welcome-dialog .welcome-footnote').textContent()) ?? '';
    assert(footnote.includes('dropped or pasted'), `the welcome does not say a level can be dropped or pasted: "${footnote}"`);
    await tabToId(page, 'welcome-open-file');
    await page.screenshot({ path: `${shots}welcome-open-file-1280.png` });
    await page.keyboard.press('Enter');
    await (await nextChooser()).setFiles({ name: 'half.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 3, "id": "half"') });
    await page.waitForSelector('#open-problems-dialog[open]');
    const lines = await page.locator('#open-problems-list li').allTextContents();
    assert(lines.length === 1 && lines[0].startsWith('Invalid JSON at line 1'), `the cut file reads: ${lines.join(' | ')}`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#open-problems-dialog', { state: 'hidden' });
    assert(await page.locator('#welcome-dialog[open]').count() === 1, 'a bad file left the page without its welcome');
    assert(await page.evaluate(() => window.__synaptica!.levelId()) === null, 'a bad file started a level');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    const box = await page.locator('#welcome-dialog').boundingBox();
    assert(box !== null && box.y >= 0 && box.y + box.height <= 844, `the welcome with its open button overflows a phone: ${JSON.stringify(box)}`);
    await page.screenshot({ path: `${shots}welcome-open-file-390.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await tabToId(page, 'welcome-open-file');
    await page.keyboard.press('Enter');
    await (await nextChooser()).setFiles({ name: 'stdp-pairing.json', mimeType: 'application/json', buffer: Buffer.from(levelText('stdp-pairing')) });
    await page.waitForSelector('#level-intro-dialog[open]');
    assert(await page.locator('#welcome-dialog[open]').count() === 0, 'the welcome stays over the opened level');
    assert(await page.evaluate(() => window.__synaptica!.levelId()) === 'yours.stdp-pairing', 'the chosen file did not open under Your levels');
    await page.screenshot({ path: `${shots}welcome-opened-1280.png` });
  },
};

const dragsAndTooMany: TestCase = {
  name: 'opener: a file dragged over an open dialog is taken from the browser and refused; 17 dropped files are refused before reading',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    await page.goto(url);
    await page.waitForSelector('#welcome-dialog[open]');
    await page.evaluate(() => window.__synaptica!.openLevel('stdp-pairing', true));
    await page.waitForSelector('#level-intro-dialog[open]');
    const overCard = await dragOver(page, 1);
    assert(overCard.taken, 'a file dragged over the intro card is left to the browser, which would replace the game with the file');
    assert(!overCard.hint, 'the drop hint offers a drop the page will refuse');
    await dragAway(page);
    await passLevelCards(page);
    // Counts the files the page reads: a refused drop reads none.
    await page.evaluate(() => {
      const read = File.prototype.arrayBuffer;
      File.prototype.arrayBuffer = function (this: File) { (window as unknown as { __reads: number }).__reads = ((window as unknown as { __reads?: number }).__reads ?? 0) + 1; return read.call(this); };
    });
    const overPage = await dragOver(page, 17);
    assert(overPage.taken && overPage.hint, 'a file dragged over the page shows no drop hint');
    await page.evaluate(() => document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: (window as unknown as { __drag: DataTransfer }).__drag, bubbles: true, cancelable: true })));
    await page.waitForSelector('#open-problems-dialog[open]');
    const lines = await page.locator('#open-problems-list li').allTextContents();
    assert(lines.length === 1 && lines[0] === '17 files were given at once; open one level (and its recordings) at a time', `17 files read: ${lines.join(' | ')}`);
    assert(await page.evaluate(() => (window as unknown as { __reads?: number }).__reads ?? 0) === 0, 'the page read the files of a drop it refuses');
    const intro = (await page.locator('#open-problems-dialog p').first().textContent()) ?? '';
    assert(intro === 'Synaptica found 1 problem in the 17 files:', `the problems dialog says "${intro}" of 17 files`);
    await page.screenshot({ path: `${shots}too-many-files-1280.png` });
    await page.keyboard.press('Escape');
    assert(await page.evaluate(() => window.__synaptica!.levelId()) === 'stdp-pairing', 'a refused drop replaced the level');
  },
};

export const tests: TestCase[] = [fromWelcome, dragsAndTooMany];
