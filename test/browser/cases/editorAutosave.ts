// The editor's and "Your levels"' storage in Chromium: an edit (and a field typed but not committed)
// survives a reload done right after it; a second page opening the same draft is told in words and
// offered a copy or a read-only view, and neither page's edits are lost; a level opened from a zip
// with its recording is in Your levels after a reload and plays, a draft started from it keeps the
// recording across a reload, and Remove takes it out; a browser without IndexedDB is told so.
// Screenshots under test-output/autosave14/.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { loadLevel } from '../../../src/levels/loadLevel';
import type { Level } from '../../../src/levels/schema/level';
import { encodeLevelBundle } from '../../../src/levels/share';
import { assert, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/autosave14/', import.meta.url));
const TITLE = '[id="ed-f-title"]';

async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?editor`);
  await page.waitForSelector('#editor-view:not([hidden])');
  await page.waitForSelector('#level-select[data-ready="true"]', { state: 'attached' });
}

async function newDraftFromTemplate(page: Page, url: string): Promise<void> {
  await openEditor(page, url);
  await page.locator('[data-template="cerebellum"]').click();
  await page.waitForSelector(TITLE);
}

const status = (page: Page) => page.textContent('#ed-status');

/** Waits until the editor's database holds a record in `store` (under `key` when given): no fixed sleep. */
async function waitForStored(page: Page, store: string, key?: string): Promise<void> {
  await page.waitForFunction(({ storeName, key }) => new Promise<boolean>((resolve) => {
    const open = indexedDB.open('synaptica-editor');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(storeName)) { db.close(); resolve(false); return; }
      const request = key === undefined ? db.transaction(storeName).objectStore(storeName).count() : db.transaction(storeName).objectStore(storeName).count(key);
      request.onsuccess = () => { db.close(); resolve(request.result > 0); };
      request.onerror = () => { db.close(); resolve(false); };
    };
  }), { storeName: store, key }, { timeout: 10_000, polling: 100 });
}

/** Types into the title and commits it (Tab leaves the field: its "change"). */
async function setTitle(page: Page, title: string): Promise<void> {
  await page.locator(TITLE).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(title);
  await page.keyboard.press('Tab');
}

const reloadAtOnce: TestCase = {
  name: 'autosave14: an edit, and a field typed but not yet committed, survive a reload done right after them',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    await newDraftFromTemplate(page, url);
    // Committed edit, then the reload in the same breath (no wait for any debounce or write).
    await setTitle(page, 'Saved before the reload');
    await page.reload();
    await page.waitForSelector('#editor-view:not([hidden])');
    await page.waitForFunction((t) => (document.querySelector('[id="ed-f-title"]') as HTMLInputElement | null)?.value === t, 'Saved before the reload', { timeout: 10_000 })
      .catch(async () => { throw new Error(`the edit made right before the reload was lost (title after reload: "${await page.inputValue(TITLE).catch(() => '?')}")`); });
    // Typed, not committed (the field still has focus: no change event yet), then the reload.
    await page.locator(TITLE).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Typed, never left the field');
    await page.reload();
    await page.waitForSelector('#editor-view:not([hidden])');
    await page.waitForFunction((t) => (document.querySelector('[id="ed-f-title"]') as HTMLInputElement | null)?.value === t, 'Typed, never left the field', { timeout: 10_000 })
      .catch(async () => { throw new Error(`the typed, uncommitted title was lost on reload (after: "${await page.inputValue(TITLE).catch(() => '?')}")`); });
    const said = await status(page);
    assert(said?.includes('Welcome back') === true, `the reopened draft is not announced: "${said}"`);
    await page.screenshot({ path: `${shots}reloaded-at-once-1280.png` });
  },
};

const twoPages: TestCase = {
  name: 'autosave14: a second page on the same draft is told it is open in another tab; read-only edits go into a copy, "Open a copy" makes one, nothing is lost',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    await newDraftFromTemplate(page, url);
    await setTitle(page, 'Shared draft');
    const second = await page.context().newPage();
    try {
      await openEditor(second, url);
      await second.waitForSelector('#draft-in-use-dialog[open]', { timeout: 10_000 });
      const text = await second.textContent('#draft-in-use-text');
      assert(text?.startsWith('This draft (“Shared draft”) is open in another tab') === true, `the second page is not told in words: "${text}"`);
      assert(await second.evaluate(() => document.activeElement?.id) === 'draft-in-use-copy', 'the dialog does not focus its first choice');
      await second.screenshot({ path: `${shots}in-another-tab-1280.png` });
      await second.setViewportSize({ width: 390, height: 844 });
      await second.screenshot({ path: `${shots}in-another-tab-390.png` });
      await second.setViewportSize({ width: 1280, height: 800 });
      // Keyboard: Tab to "View read-only", Enter.
      await second.keyboard.press('Tab');
      await second.keyboard.press('Enter');
      await second.waitForFunction(() => document.getElementById('ed-status')?.textContent?.startsWith('Read-only:') === true);
      assert(await second.inputValue(TITLE) === 'Shared draft', 'the read-only view does not show the draft');
      await second.screenshot({ path: `${shots}read-only-1280.png` });
      await setTitle(second, 'Changed in the second tab');
      await second.waitForFunction(() => /so your change was saved in a new copy/.test(document.getElementById('ed-status')?.textContent ?? ''));
      await second.screenshot({ path: `${shots}read-only-edit-became-copy-1280.png` });
      // The first page keeps editing its draft; its edits still land under its own draft.
      await setTitle(page, 'Shared draft, edited on');
      await page.waitForFunction(() => document.querySelector('.ed-draft-list')?.textContent?.includes('Shared draft, edited on') === true, null, { timeout: 10_000 });
      await page.waitForFunction(() => document.querySelector('.ed-draft-list')?.textContent?.includes('Changed in the second tab') === true, null, { timeout: 10_000 })
        .catch(() => { throw new Error('the read-only page\'s change was not kept as a copy'); });
      // A third page chooses "Open a copy".
      const third = await page.context().newPage();
      try {
        await openEditor(third, url);
        // The newest draft is the first page's (edited last), which that page holds: the third is asked about it.
        await third.waitForSelector('#draft-in-use-dialog[open]', { timeout: 10_000 });
        await third.keyboard.press('Enter'); // "Open a copy" has the focus
        await third.waitForFunction(() => document.getElementById('ed-status')?.textContent?.startsWith('Opened a copy of') === true);
        assert(await third.inputValue(TITLE) === 'Shared draft, edited on (copy)', `the copy is titled "${await third.inputValue(TITLE)}"`);
        await third.screenshot({ path: `${shots}opened-a-copy-1280.png` });
      } finally {
        await third.close();
      }
      const names = await page.locator('.ed-draft-list .ed-draft-name').allTextContents();
      for (const name of ['Shared draft, edited on', 'Changed in the second tab', 'Shared draft, edited on (copy)']) assert(names.includes(name), `the draft list lacks "${name}": ${names.join(' | ')}`);
    } finally {
      await second.close();
    }
  },
};

const openOnOpenDraft: TestCase = {
  name: 'autosave14: Open on the open draft, then a 2nd tab is still asked',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    await newDraftFromTemplate(page, url);
    await setTitle(page, 'Held draft');
    await page.waitForFunction(() => document.querySelector('.ed-draft-list')?.textContent?.includes('Held draft') === true, null, { timeout: 10_000 });
    // Open on the draft this tab edits, twice in a row (a double click): it only says so and keeps it.
    await page.locator('[aria-label="Open draft Held draft"]').dblclick();
    await page.waitForFunction(() => document.getElementById('ed-status')?.textContent === '“Held draft” is already open here.', null, { timeout: 5_000 })
      .catch(async () => { throw new Error(`Open on the open draft does not say it is open: "${await status(page)}"`); });
    await page.screenshot({ path: `${shots}already-open-here-1280.png` });
    const second = await page.context().newPage();
    try {
      await openEditor(second, url);
      await second.waitForSelector('#draft-in-use-dialog[open]', { timeout: 10_000 })
        .catch(() => { throw new Error('after Open on the open draft, a second tab opened it without being asked (two tabs would edit one draft)'); });
      await second.keyboard.press('Escape');
    } finally {
      await second.close();
    }
  },
};

const levelText = (id: string): string => readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8');

/** songbird-wav-tutor with its recording as the level's own file ("tutor.wav"). */
function ownRecordingBundle(): Uint8Array {
  const loaded = loadLevel(levelText('songbird-wav-tutor'));
  if (!loaded.ok) throw new Error('songbird-wav-tutor does not load');
  const wav = new Uint8Array(readFileSync(new URL('../../../assets/tutors/whistle-sweep.wav', import.meta.url)));
  const circuits = loaded.level.circuits.map((c) => ('tutor' in c && c.tutor ? { ...c, tutor: { ...c.tutor, wav: 'tutor.wav' } } : c)) as Level['circuits'];
  const bundle = encodeLevelBundle({ ...loaded.level, id: 'my-whistle', title: 'My whistle', circuits }, new Map([['tutor.wav', wav]]));
  if (!bundle.ok) throw new Error('no bundle');
  return new Uint8Array(bundle.bytes);
}

async function waitForLevel(page: Page, id: string): Promise<void> {
  await page.waitForFunction((want) => window.__synaptica?.levelId() === want && document.getElementById('status-state')?.textContent !== 'Loading…', id, { timeout: 15_000 });
}

const menuHas = (page: Page, key: string) => page.evaluate((k) => [...(document.getElementById('level-select') as HTMLSelectElement).options].some((o) => o.value === k), key);

const yourLevelsKept: TestCase = {
  name: 'autosave14: a zip level with its recording is in Your levels after a reload and plays; a draft from it keeps the recording across a reload; Remove takes it out',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    await page.goto(url);
    await page.waitForSelector('#level-select[data-ready="true"]');
    await page.keyboard.press('Escape');
    const chooser = page.waitForEvent('filechooser');
    await page.locator('#open-level').click();
    await (await chooser).setFiles({ name: 'my-whistle.zip', mimeType: 'application/zip', buffer: Buffer.from(ownRecordingBundle()) });
    await waitForLevel(page, 'yours.my-whistle');
    // Saving is asynchronous (hashing the recording): wait until the level's record is stored.
    await waitForStored(page, 'yourLevels', 'yours.my-whistle');

    await page.goto(url);
    await page.waitForSelector('#level-select[data-ready="true"]');
    assert(await menuHas(page, 'yours.my-whistle'), 'the opened level is not in the menu after a reload');
    await page.evaluate(() => window.__synaptica!.openLevel('yours.my-whistle', true));
    await waitForLevel(page, 'yours.my-whistle');
    const run = await page.evaluate(() => window.__synaptica!.checkFastForward(2000));
    assert(run.worker.hash === run.main.hash, `after the reload the level runs differently in the worker (${run.worker.hash}) and the page (${run.main.hash})`);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    assert(await page.locator('#remove-your-level').isVisible(), 'no Remove button for one of Your levels');
    await page.screenshot({ path: `${shots}your-level-after-reload-1280.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('#remove-your-level').scrollIntoViewIfNeeded();
    assert(await page.locator('#remove-your-level').isVisible(), 'no Remove button on a phone');
    await page.screenshot({ path: `${shots}your-level-remove-390.png` });
    await page.setViewportSize({ width: 1280, height: 800 });

    // A draft started from it keeps its recording across a reload: Play runs it.
    await openEditor(page, url);
    await page.waitForSelector('#ed-start-level');
    await page.selectOption('#ed-start-level', 'yours.my-whistle');
    await page.locator('#ed-start-level ~ button').click();
    await page.waitForFunction(() => document.getElementById('ed-status')?.textContent?.startsWith('Editing a copy of') === true);
    await waitForStored(page, 'draftFiles');
    await openEditor(page, url);
    await page.waitForFunction(() => document.getElementById('ed-status')?.textContent?.startsWith('Welcome back') === true);
    await page.locator('#ed-play').click();
    await waitForLevel(page, 'editor-draft');
    const draftState = await page.textContent('#status-state');
    assert(draftState?.toLowerCase().includes('error') !== true, 'the draft from a level with its own recording does not play after a reload');
    const ticks = await page.evaluate(() => window.__synaptica!.checkFastForward(500));
    assert(ticks.worker.hash === ticks.main.hash, 'the draft does not run the same in the worker after a reload');

    // Remove (with the confirmation accepted): gone from the menu now and after a reload.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.goto(`${url}?level=yours.my-whistle`);
    await waitForLevel(page, 'yours.my-whistle');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    await page.locator('#remove-your-level').click();
    await page.waitForFunction(() => !document.getElementById('remove-your-level')?.checkVisibility());
    assert(!(await menuHas(page, 'yours.my-whistle')), 'the removed level is still in the menu');
    await page.goto(url);
    await page.waitForSelector('#level-select[data-ready="true"]');
    assert(!(await menuHas(page, 'yours.my-whistle')), 'the removed level came back after a reload');
  },
};

const noIndexedDb: TestCase = {
  name: 'autosave14: without IndexedDB (a private window) the editor and Your levels say so in words and the page works',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    await page.addInitScript(() => { Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }); });
    await openEditor(page, url);
    const said = await status(page);
    assert(said === 'Drafts cannot be kept: this browser does not let the page keep data (as in some private windows). Export your level before you leave.', `the editor does not say drafts cannot be saved: "${said}"`);
    await page.screenshot({ path: `${shots}no-indexeddb-editor-1280.png` });
    await page.goto(url);
    await page.waitForSelector('#level-select[data-ready="true"]');
    await page.keyboard.press('Escape');
    const chooser = page.waitForEvent('filechooser');
    await page.locator('#open-level').click();
    await (await chooser).setFiles({ name: 'my-whistle.zip', mimeType: 'application/zip', buffer: Buffer.from(ownRecordingBundle()) });
    await waitForLevel(page, 'yours.my-whistle');
    await page.waitForFunction(() => /could not be kept for your next visit/.test(document.getElementById('level-warning')?.textContent ?? ''), null, { timeout: 10_000 })
      .catch(async () => { throw new Error(`no message that the level is not kept: "${await page.textContent('#level-warning')}"`); });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${shots}no-indexeddb-your-level-1280.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}no-indexeddb-your-level-390.png` });
  },
};

const upgradeFromVersionOne: TestCase = {
  name: 'autosave14: a draft saved by the earlier page (database version 1, drafts only) opens after the upgrade that adds files and Your levels',
  async run(page, url) {
    // A blank page of the same origin writes the old database, as the earlier page left it.
    const blank = `${url.replace(/\/$/, '')}/blank-for-setup.html`;
    await page.route(blank, (route) => route.fulfill({ body: '<!doctype html><title>setup</title>', contentType: 'text/html' }));
    await page.goto(blank);
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('synaptica-editor', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('drafts');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put({ id: 'old-1', name: 'From the old page', updatedMs: Date.now(), draft: { title: 'From the old page' } }, 'old-1');
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await openEditor(page, url);
    await page.waitForFunction(() => document.getElementById('ed-status')?.textContent === 'Welcome back: your draft "From the old page" is open.', null, { timeout: 10_000 })
      .catch(async () => { throw new Error(`the old draft did not open after the upgrade: "${await status(page)}"`); });
    assert(await page.inputValue(TITLE) === 'From the old page', 'the old draft\'s title is not shown');
    const stores = await page.evaluate(() => new Promise<string[]>((resolve) => {
      const request = indexedDB.open('synaptica-editor');
      request.onsuccess = () => { resolve([...request.result.objectStoreNames]); request.result.close(); };
    }));
    assert(stores.join(',') === 'draftFiles,drafts,files,yourLevels', `the upgraded database has the stores ${stores.join(', ')}`);
  },
};

export const tests: TestCase[] = [reloadAtOnce, twoPages, openOnOpenDraft, yourLevelsKept, noIndexedDb, upgradeFromVersionOne];
