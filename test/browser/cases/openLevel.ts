// Opening a level from outside the page (file chooser, drag-and-drop, paste, a #level= link in a
// fresh browser context) and sharing it: the opened level plays to the same result hash as the
// built-in; a hostile file is explained by field path and leaves saved progress intact.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { loadLevel } from '../../../src/levels/loadLevel';
import type { Level } from '../../../src/levels/schema/level';
import { encodeLevelBundle, levelFileParts, openSharedLevel } from '../../../src/levels/share';
import { assert, canonicalJson, passLevelCards, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/opener/', import.meta.url));
const levelText = (id: string): string => readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8');

async function ready(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('#level-select[data-ready="true"]');
}

async function waitForLevel(page: Page, id: string): Promise<void> {
  await page.waitForFunction((want) => window.__synaptica?.levelId() === want && document.getElementById('status-state')?.textContent !== 'Loading…', id, { timeout: 15_000 });
}

/** Passes the cards, fast-forwards to the goal and returns the state hash and goal at the result card. */
async function playToResult(page: Page): Promise<{ hash: string | null; goal: string }> {
  await passLevelCards(page);
  // A level with sliders waits for its setup: fast-forward starts it.
  await page.locator('#speed-group input[value="fast"]').check();
  // Check and click in one page task: a run already at its goal is paused behind the result card,
  // which would swallow a click sent after a separate check.
  await page.evaluate(() => {
    if (window.__synaptica!.mode() === 'paused' && !document.querySelector('dialog[open]')) document.getElementById('play-pause')!.click();
  });
  await page.waitForSelector('#level-result-dialog[open]', { timeout: 60_000 });
  const result = await page.evaluate(() => ({ hash: window.__synaptica!.stateHash(), goal: JSON.stringify(window.__synaptica!.goal()) }));
  await page.keyboard.press('Escape');
  await page.locator('#speed-group input[value="normal"]').check();
  return result;
}

/** Drops a file on the page as a browser does (dragenter, dragover, drop with a DataTransfer of it). */
async function dropFile(page: Page, name: string, text: string, shot?: string): Promise<void> {
  await page.evaluate(({ fileName, body }) => {
    const data = new DataTransfer();
    data.items.add(new File([body], fileName, { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    (window as unknown as { __drop: DataTransfer }).__drop = data;
  }, { fileName: name, body: text });
  assert(await page.locator('#drop-hint').isVisible(), 'no drop hint while a file is dragged over the page');
  if (shot) await page.screenshot({ path: `${shots}${shot}` });
  await page.evaluate(() => {
    const data = (window as unknown as { __drop: DataTransfer }).__drop;
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  assert(!(await page.locator('#drop-hint').isVisible()), 'the drop hint stays after the drop');
}

async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((body) => {
    const data = new DataTransfer();
    data.setData('text/plain', body);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const byChooser: TestCase = {
  name: 'opener: open a level by the file chooser: it is listed under Your levels and plays to the built-in\'s result hash, its stars saved apart',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    await ready(page, url);
    await page.keyboard.press('Escape'); // leave the welcome for free play
    await page.screenshot({ path: `${shots}open-button-1280.png` });
    await page.evaluate(() => window.__synaptica!.openLevel('eyeblink-acquisition', true));
    await waitForLevel(page, 'eyeblink-acquisition');
    const builtIn = await playToResult(page);
    await page.evaluate(() => window.__synaptica!.flushProgress());
    const builtInRecord = await page.evaluate(() => JSON.stringify(window.__synaptica!.progress().levels['eyeblink-acquisition']));
    const chooser = page.waitForEvent('filechooser');
    await page.locator('#open-level').click();
    await (await chooser).setFiles({ name: 'eyeblink-acquisition.json', mimeType: 'application/json', buffer: Buffer.from(levelText('eyeblink-acquisition')) });
    await waitForLevel(page, 'yours.eyeblink-acquisition');
    const group = await page.locator('#level-select optgroup[label="Your levels"] option').evaluateAll((o) => o.map((x) => [(x as HTMLOptionElement).value, x.textContent]));
    assert(JSON.stringify(group) === JSON.stringify([['yours.eyeblink-acquisition', 'Learn to blink on time']]) || group.length === 1, `Your levels lists ${JSON.stringify(group)}`);
    assert(!page.url().includes('?level=') && page.url().includes('#level='), `the address does not hold the opened level: ${page.url().slice(0, 120)}`);
    const opened = await playToResult(page);
    assert(opened.hash !== null && opened.hash === builtIn.hash, `result hash: opened ${opened.hash}, built-in ${builtIn.hash}`);
    assert(opened.goal === builtIn.goal, `goal: opened ${opened.goal}, built-in ${builtIn.goal}`);
    await page.evaluate(() => window.__synaptica!.flushProgress());
    const progress = await page.evaluate(() => window.__synaptica!.progress());
    assert(progress.levels['yours.eyeblink-acquisition']?.completed === true, 'the opened level\'s completion was not saved under its own key');
    assert(JSON.stringify(progress.levels['eyeblink-acquisition']) === builtInRecord, 'opening a file with a built-in\'s id changed the built-in\'s record');
    console.log(`    result hash ${opened.hash} at ${opened.goal} (built-in and opened file agree)`);
  },
};

const hostile = JSON.parse(levelText('stdp-pairing')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
hostile.populations[0].count = 1e9;
hostile.title = '<img src=x onerror="window.__hacked=1">';
hostile.id = '<script>window.__hacked=1</script>';
const hostileText = JSON.stringify(hostile).replace('"seed"', '"__proto__": {"polluted": true}, "seed"');

const dropAndPaste: TestCase = {
  name: 'opener: open a level by drag-and-drop and by paste; a hostile file is explained by field path, as text, and saved progress and the running level stay',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    await ready(page, url);
    const mine = JSON.parse(levelText('stdp-pairing')) as Record<string, unknown>;
    mine.title = 'My own pairing';
    await dropFile(page, 'my-pairing.json', JSON.stringify(mine), 'drop-hint-1280.png');
    await waitForLevel(page, 'yours.stdp-pairing');
    assert(await page.locator('#level-select option[value="yours.stdp-pairing"]').textContent() === 'My own pairing', 'the dropped level is not listed by its title');
    await playToResult(page);
    await page.evaluate(() => window.__synaptica!.flushProgress());
    const before = canonicalJson(await page.evaluate(() => window.__synaptica!.progress()));
    assert(before.includes('yours.stdp-pairing'), 'no saved progress to protect');

    await pasteText(page, levelText('dopamine-acquisition'));
    await waitForLevel(page, 'yours.dopamine-acquisition');
    await passLevelCards(page);
    const tickBefore = await page.evaluate(() => window.__synaptica!.tick());

    await dropFile(page, 'hostile.json', hostileText);
    await page.waitForSelector('#open-problems-dialog[open]');
    const lines = await page.locator('#open-problems-list li').allTextContents();
    assert(lines.some((l) => l === 'Key "__proto__": the key "__proto__" is not allowed' || l.includes('the key "__proto__" is not allowed')), `the prototype key is not named: ${lines.join(' | ')}`);
    assert(await page.locator('#open-problems-dialog img, #open-problems-dialog script').count() === 0, 'the hostile file\'s text became markup');
    assert(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked === undefined && ({} as { polluted?: boolean }).polluted === undefined), 'the hostile file ran code or polluted a prototype');
    await page.screenshot({ path: `${shots}error-dialog-1280.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}error-dialog-390.png` });
    await page.keyboard.press('Escape');
    // The sanitizer stops at the prototype key; a file without it shows the schema's problems in words.
    await dropFile(page, 'huge.json', JSON.stringify(hostile), 'drop-hint-390.png');
    await page.waitForSelector('#open-problems-dialog[open]');
    const schemaLines = await page.locator('#open-problems-list li').allTextContents();
    assert(schemaLines.includes('Populations › item 1 › Count: must be at most 100000, got 1000000000 (in the file: populations[0].count)'), `the huge count is not named in words: ${schemaLines.join(' | ')}`);
    assert(schemaLines.some((l) => l.startsWith('ID: must be a letter') && l.endsWith('(in the file: id)')), `the scripted id is not named: ${schemaLines.join(' | ')}`);
    await page.screenshot({ path: `${shots}error-dialog-schema-390.png` });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${shots}open-button-390.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await pasteText(page, '#level=eJzLSM3JyVcozy'); // a cut-off link
    await page.waitForSelector('#open-problems-dialog[open]');
    assert((await page.locator('#open-problems-list li').allTextContents()).some((l) => /link's level/.test(l)), 'a cut-off pasted link is not explained');
    await page.keyboard.press('Escape');

    assert(await page.evaluate(() => window.__synaptica!.levelId()) === 'yours.dopamine-acquisition', 'a refused file replaced the running level');
    assert(await page.evaluate(() => window.__synaptica!.tick()) >= tickBefore, 'the running level was reset by a refused file');
    await page.evaluate(() => window.__synaptica!.flushProgress());
    const after = canonicalJson(await page.evaluate(() => window.__synaptica!.progress()));
    const withoutNew = (json: string): string => JSON.stringify(Object.fromEntries(Object.entries((JSON.parse(json) as { levels: Record<string, unknown> }).levels).filter(([k]) => k !== 'yours.dopamine-acquisition')));
    assert(withoutNew(after) === withoutNew(before), `saved progress changed: ${before} → ${after}`);
    await page.reload();
    await page.waitForSelector('#level-select[data-ready="true"]');
    const reloaded = canonicalJson(await page.evaluate(() => window.__synaptica!.progress()));
    assert(withoutNew(reloaded) === withoutNew(before), 'saved progress changed after a reload');
  },
};

/** songbird-wav-tutor with its recording as the level's own file ("tutor.wav"), as a designer ships it. */
function ownRecordingLevel(): { level: Level; wav: Uint8Array } {
  const loaded = loadLevel(levelText('songbird-wav-tutor'));
  if (!loaded.ok) throw new Error('songbird-wav-tutor does not load');
  const wav = new Uint8Array(readFileSync(new URL('../../../assets/tutors/whistle-sweep.wav', import.meta.url)));
  const circuits = loaded.level.circuits.map((c) => ('tutor' in c && c.tutor ? { ...c, tutor: { ...c.tutor, wav: 'tutor.wav' } } : c)) as Level['circuits'];
  return { level: { ...loaded.level, id: 'my-whistle', title: 'My whistle', circuits }, wav };
}

const linkInFreshContext: TestCase = {
  name: 'opener: a level bundle with its recording opens, shares as a file and a link, and the link opens it in a fresh browser context where the worker runs it like the built-in',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    const { level, wav } = ownRecordingLevel();
    const bundle = encodeLevelBundle(level, new Map([['tutor.wav', wav]]));
    assert(bundle.ok, 'no bundle');
    await ready(page, url);
    await page.evaluate(() => window.__synaptica!.openLevel('songbird-wav-tutor', true));
    await waitForLevel(page, 'songbird-wav-tutor');
    const builtIn = await page.evaluate(() => window.__synaptica!.checkFastForward(3000));
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Escape');
    await page.locator('#open-level').click();
    await (await chooser).setFiles({ name: 'my-whistle.zip', mimeType: 'application/zip', buffer: Buffer.from(bundle.bytes) });
    await waitForLevel(page, 'yours.my-whistle');
    await page.waitForSelector('#level-intro-dialog[open]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    await page.screenshot({ path: `${shots}share-button-1280.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('#share-level').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}share-button-390.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('#share-level').click();
    await page.waitForSelector('#share-dialog[open]');
    const download = page.waitForEvent('download');
    await page.locator('#share-download').click();
    const file = await download;
    assert(file.suggestedFilename() === 'my-whistle.zip', `the download is named ${file.suggestedFilename()}`);
    const saved = new Uint8Array(readFileSync(await file.path()));
    const parts = levelFileParts({ name: 'my-whistle.zip', bytes: saved });
    const reopened = parts.ok ? openSharedLevel(parts) : parts;
    assert(reopened.ok && canonicalJson(reopened.level.circuits) === canonicalJson(level.circuits) && Buffer.from(reopened.assets.get('tutor.wav') ?? []).equals(Buffer.from(wav)), 'the downloaded bundle is not the level and its recording');
    await page.locator('#share-copy-link').click();
    await page.waitForFunction(() => (document.getElementById('share-link-text') as HTMLInputElement | null)?.value.includes('#level=') ?? false);
    const link = await page.locator('#share-link-text').inputValue();
    await page.screenshot({ path: `${shots}share-dialog-1280.png` });
    console.log(`    link with the recording: ${link.length} characters`);

    const fresh = await page.context().browser()!.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const other = await fresh.newPage();
      await other.goto(link.replace(/^https?:\/\/[^/]+\//, `${url.replace(/\/$/, '')}/`));
      await waitForLevel(other, 'yours.my-whistle');
      await other.waitForSelector('#level-intro-dialog[open]');
      const viaLink = await other.evaluate(() => window.__synaptica!.checkFastForward(3000));
      assert(viaLink.fromTick === 0 && builtIn.fromTick === 0, `not compared from tick 0 (${viaLink.fromTick}, ${builtIn.fromTick})`);
      assert(viaLink.worker.hash === viaLink.main.hash, `worker ${viaLink.worker.hash} and page ${viaLink.main.hash} disagree on the linked level`);
      assert(viaLink.worker.hash === builtIn.worker.hash, `the linked level (${viaLink.worker.hash}) runs differently from the built-in (${builtIn.worker.hash})`);
      // A link followed while the page is open changes only the fragment: the page opens it too.
      await passLevelCards(other);
      await other.evaluate(() => { window.location.hash = 'level=AAAA_garbled'; });
      await other.waitForSelector('#open-problems-dialog[open]');
      assert((await other.locator('#open-problems-list li').allTextContents()).some((l) => /^The link's level cannot be read: /.test(l)), 'a garbled link is not explained');
      assert(await other.evaluate(() => window.__synaptica!.levelId()) === 'yours.my-whistle', 'a garbled link replaced the running level');
      const bad = await fresh.newPage();
      await bad.goto(`${url.replace(/\/$/, '')}/#level=AAAA_garbled`);
      await bad.waitForSelector('#open-problems-dialog[open]');
      await bad.screenshot({ path: `${shots}bad-link-1280.png` });
      await bad.keyboard.press('Escape');
      await bad.waitForSelector('#welcome-dialog[open]');
    } finally {
      await fresh.close();
    }
  },
};

export const tests: TestCase[] = [byChooser, dropAndPaste, linkInFreshContext];
