// Issue 18 in Chromium: a fake microphone (Chromium's --use-file-for-fake-audio-capture, fed a WAV this
// case writes: 1.2 s of near-silence, a four-note whistle at 1.6-2.6 kHz, then silence) records a
// whistle in songbird-wav-tutor's recorder, driven by the keyboard only; the verdict shows the pitch
// mapping; the tutor is saved with the level; the bird learns it to the goal with fast-forward; after a
// reload the kept level has the same tutor (its bundle's WAV, byte for byte), and its link carries it.
// The level editor opens the kept level with its tutor and exports it as a zip and a link; a longer
// tune recorded over it is refused for a link in words, by the recorder and by the editor's export.
//
// Chromium's fake-microphone flags apply to a whole browser, so this case launches a browser of its
// own (the shared flags of test/browser/chromium.ts plus the three fake-media flags) and closes it at
// the end; the runner's page for this case is left unused, and every other case keeps the shared
// browser exactly as before. Console errors of its own page fail it, as the runner's do.
// Screenshots (1280x800 and 390x844) go to test-output/i18recorder/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { encodeWav } from '../../../src/circuits/plugin/wav';
import { decodeLevelLink, levelFileParts, openSharedLevel } from '../../../src/levels/share';
import { chromiumArgs, chromiumPath } from '../chromium';
import { assert, passLevelCards, tabTo, viewport, type TestCase } from '../harness';
import { noise, whistle, WHISTLE_NOTES } from '../../audio/recording/syntheticSounds';
import { cspViolations, watchCsp } from './robust';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical WCAG 2.1 A/AA violations inside the open recorder dialog (axe-core). */
async function recorderAxeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Element, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run(document.getElementById('recorder-dialog')!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** Drops a WAV on the recorder dialog as a browser does. */
async function dropWavOnRecorder(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(({ fileName, body }) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(body)], fileName, { type: 'audio/wav' }));
    const target = document.getElementById('recorder-dialog')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, { fileName: name, body: Array.from(bytes) });
}

const shots = fileURLToPath(new URL('../../../test-output/i18recorder/', import.meta.url));
const RECORDED_ID = 'yours.songbird-wav-tutor-recorded';

/**
 * The fake microphone's file: 1.2 s of room noise, the whistle, room noise to 3.6 s (Chromium loops it).
 * The lead leaves room for the time the page takes from the permission to its first captured block
 * (a 200 ms lead lost the first note), so the 3 s recorded hold the whole whistle.
 */
function fakeMicrophoneWav(): Uint8Array {
  const rate = 48000;
  const lead = noise(1200, 0.0005, rate, 11);
  const tune = whistle(WHISTLE_NOTES, { rateHz: rate, peak: 0.3, noiseRms: 0.0005, totalMs: 700 });
  const tail = noise(1700, 0.0005, rate, 12);
  const all = new Float32Array(lead.length + tune.length + tail.length);
  all.set(lead, 0);
  all.set(tune, lead.length);
  all.set(tail, lead.length + tune.length);
  return encodeWav(all, rate);
}

async function shotBoth(page: Page, name: string, scrollTo?: string): Promise<void> {
  await page.screenshot({ path: `${shots}${name}-1280x800.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  if (scrollTo) await page.locator(scrollTo).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}${name}-390x844.png` });
  await page.setViewportSize(viewport);
}

async function waitForLevel(page: Page, id: string): Promise<void> {
  await page.waitForFunction((want) => window.__synaptica?.levelId() === want && document.getElementById('status-state')?.textContent !== 'Loading…', id, { timeout: 20_000 });
}

/** The kept level's bundle, downloaded through Share, and its recording. */
async function sharedBundleWav(page: Page): Promise<{ wav: Buffer; level: unknown }> {
  await page.locator('#share-level').click();
  await page.waitForSelector('#share-dialog[open]');
  const download = page.waitForEvent('download');
  await page.locator('#share-download').click();
  const file = await download;
  const bytes = new Uint8Array(readFileSync(await file.path()));
  const parts = levelFileParts({ name: file.suggestedFilename(), bytes });
  const opened = parts.ok ? openSharedLevel(parts) : parts;
  assert(opened.ok, `the downloaded ${file.suggestedFilename()} does not open: ${JSON.stringify(opened.ok ? '' : opened.errors)}`);
  const wav = opened.assets.get('recorded-tutor.wav');
  assert(wav !== undefined, `the bundle has no recorded-tutor.wav (it has ${[...opened.assets.keys()].join(', ')})`);
  return { wav: Buffer.from(wav), level: opened.level };
}

/** A 2.75 s tune of nine notes: its tutor WAV (≈60 KB) is more than a link holds. */
const LONG_TUNE = Array.from({ length: 9 }, (_, i) => ({ startMs: 50 + i * 300, durationMs: 260, startHz: 1400 + 150 * (i % 5), endHz: 2300 - 120 * (i % 4) }));

/**
 * The level editor started from the kept recorded level ("Edit a copy"): its zip download's recording,
 * and its link export (read back from the clipboard, decoded) or the words it says instead.
 */
async function editorExports(page: Page, url: string): Promise<{ zipWav: Buffer; link: { ok: true; wav: Uint8Array } | { ok: false }; said: string }> {
  await page.goto(`${url}?editor`);
  await page.waitForSelector('#editor-view:not([hidden])');
  await page.waitForSelector('#ed-start-level', { state: 'attached' });
  // With a draft from before open, the start choices are folded away: unfold them.
  await page.evaluate(() => { const choices = document.querySelector<HTMLDetailsElement>('.ed-start-choices'); if (choices) choices.open = true; });
  await page.selectOption('#ed-start-level', RECORDED_ID);
  await page.locator('#ed-start-level ~ button').click();
  await page.waitForFunction(() => document.getElementById('ed-status')?.textContent?.startsWith('Editing a copy of') === true);
  const download = page.waitForEvent('download');
  await page.click('#ed-export button:text-is("Download with recordings (.zip)")');
  const file = await download;
  const parts = levelFileParts({ name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) });
  const opened = parts.ok ? openSharedLevel(parts) : parts;
  assert(opened.ok, `the editor's ${file.suggestedFilename()} does not open`);
  const zipWav = opened.assets.get('recorded-tutor.wav');
  assert(zipWav !== undefined, `the editor's zip has no recorded-tutor.wav (it has ${[...opened.assets.keys()].join(', ')})`);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.click('#ed-export button:text-is("Copy link")');
  await page.waitForFunction(() => /^(Link copied|No link: )/.test(document.querySelector('#ed-export .ed-status-line')?.textContent ?? ''), null, { timeout: 20_000 });
  const said = (await page.textContent('#ed-export .ed-status-line')) ?? '';
  console.log(`    editor: ${said.slice(0, 240)}`);
  if (!said.startsWith('Link copied')) return { zipWav: Buffer.from(zipWav), link: { ok: false }, said };
  const decoded = decodeLevelLink(await page.evaluate(() => navigator.clipboard.readText()));
  const wav = decoded.ok ? decoded.assets.get('recorded-tutor.wav') : undefined;
  return { zipWav: Buffer.from(zipWav), link: wav === undefined ? { ok: false } : { ok: true, wav }, said };
}

const recordWhistle: TestCase = {
  name: 'i18recorder: a fake microphone whistles into the recorder (keyboard only), the tutor is saved with the level, the bird learns it to the goal with fast-forward, and the kept level reloads with the same tutor',
  async run(_runnerPage, url) {
    mkdirSync(shots, { recursive: true });
    const micFile = `${shots}fake-microphone.wav`;
    writeFileSync(micFile, fakeMicrophoneWav());
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${micFile}`],
    });
    const errors: string[] = [];
    try {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block', acceptDownloads: true });
      const page = await context.newPage();
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      await watchCsp(page);
      await page.goto(url);
      await page.waitForSelector('#level-select[data-ready="true"]');
      await page.evaluate(() => window.__synaptica!.openLevel('songbird-wav-tutor', false));
      await waitForLevel(page, 'songbird-wav-tutor');
      assert(await page.locator('#record-tutor').isVisible(), 'no "Record a tutor" button in a songbird level');

      // Keyboard only: Tab to the button, Enter opens the recorder with Record focused, Enter records.
      await tabTo(page, 'record-tutor', 60);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#recorder-dialog[open]');
      assert(await page.evaluate(() => document.activeElement?.id) === 'recorder-record', 'Record does not have the focus');
      await shotBoth(page, 'recorder-empty');
      // Record, then close at once (Esc): nothing is kept, and the recorder opens empty again.
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      await page.keyboard.press('Escape');
      await page.waitForSelector('#recorder-dialog:not([open])', { state: 'attached' });
      await page.waitForTimeout(3500);
      await page.locator('#record-tutor').focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('#recorder-dialog[open]');
      assert(await page.locator('#recorder-verdict').innerText() === '', 'a cancelled recording was kept');
      assert(await page.locator('#recorder-save').isDisabled(), 'Save is offered with nothing recorded');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (document.getElementById('recorder-status')?.textContent ?? '').startsWith('Recording'), null, { timeout: 10_000 });
      await page.waitForTimeout(1200);
      await shotBoth(page, 'recorder-recording');
      await page.waitForSelector('#recorder-verdict .recorder-summary, #recorder-verdict .recorder-problems', { timeout: 15_000 });
      const verdict = await page.locator('#recorder-verdict').innerText();
      console.log(`    verdict: ${verdict.replace(/\n+/g, ' | ')}`);
      assert(await page.locator('#recorder-verdict .recorder-summary').count() === 1, `the whistle was refused: ${verdict}`);
      assert(/2 octaves lower/.test(verdict), `the mapping is not shown as two octaves down: ${verdict}`);
      assert(/4 syllables found/.test(verdict), `the four notes are not four syllables: ${verdict}`);
      const duringRecording = await cspViolations(page);
      assert(duringRecording.length === 0, `Content-Security-Policy violations while recording: ${duringRecording.join('; ')}`);
      assert(await page.locator('#recorder-meter').evaluate((m) => (m as HTMLMeterElement).value) > 0, 'the level meter never moved');
      await shotBoth(page, 'recorder-verdict', '#recorder-save');
      // Discard (not "Retry", beside "Record again") throws the recording away; the trim sliders say their unit.
      assert(await page.locator('#recorder-retry').innerText() === 'Discard', `the discard button reads ${await page.locator('#recorder-retry').innerText()}`);
      const valueText = await page.locator('#recorder-trim-start').getAttribute('aria-valuetext');
      assert(/^Start: [\d,]+ ms$/.test(valueText ?? ''), `the Start slider's aria-valuetext is ${valueText}`);
      // On a desktop (a fine pointer) the recorder offers dropping a WAV.
      assert(await page.evaluate(() => !matchMedia('(pointer: coarse)').matches), 'the desktop page has a coarse pointer');
      const axeProblems = await recorderAxeProblems(page);
      assert(axeProblems.length === 0, `axe finds in the recorder: ${axeProblems.join(', ')}`);

      await tabTo(page, 'recorder-save', 20);
      await page.keyboard.press('Enter');
      await waitForLevel(page, RECORDED_ID);
      const data = await page.evaluate(() => window.__synaptica!.levelData()) as { circuits: Array<{ tutor?: { wav?: string } }>; title: string };
      assert(data.circuits[0].tutor?.wav === 'recorded-tutor.wav', `the saved level's tutor is ${JSON.stringify(data.circuits[0].tutor)}`);
      // It opens as one of Your levels does: its intro card first.
      await page.waitForSelector('#level-intro-dialog[open]');
      // Its intro and origin say the tutor is the player's recording, not the built-in level's four whistles; the goal stays.
      const intro = await page.locator('#level-intro-dialog').innerText();
      assert(/your own recording/.test(intro) && /Record a tutor/.test(intro) && !/four whistles/.test(intro) && !/A level someone made/.test(intro) && /2000 renditions and reach 80\/100/.test(intro), `the saved level's intro: ${intro}`);
      await shotBoth(page, 'recorded-intro');
      await passLevelCards(page);
      // "Record a tutor" is one of the things the player can do, not part of the goal.
      assert(await page.locator('#player-actions #record-tutor').count() === 1, 'Record a tutor is not in "What you can do"');
      const before = await sharedBundleWav(page);
      // The link: small enough, and it carries the same recording.
      await page.locator('#share-copy-link').click();
      await page.waitForFunction(() => (document.getElementById('share-link-text') as HTMLInputElement | null)?.value.includes('#level=') ?? false, null, { timeout: 20_000 });
      const link = await page.locator('#share-link-text').inputValue();
      const decoded = decodeLevelLink(link);
      assert(decoded.ok && Buffer.from(decoded.assets.get('recorded-tutor.wav') ?? []).equals(before.wav), 'the link does not carry the recorded tutor');
      console.log(`    tutor WAV ${before.wav.length} bytes, link ${link.length} characters`);
      await page.keyboard.press('Escape');

      // Fast-forward to the goal, as a player would.
      await page.locator('#speed-group input[value="fast"]').check();
      await page.evaluate(() => {
        if (window.__synaptica!.mode() === 'paused' && !document.querySelector('dialog[open]')) document.getElementById('play-pause')!.click();
      });
      await page.waitForSelector('#level-result-dialog[open]', { timeout: 240_000 });
      const goal = await page.evaluate(() => window.__synaptica!.goal());
      console.log(`    goal: ${JSON.stringify(goal)}, trials ${await page.evaluate(() => window.__synaptica!.trials())}`);
      assert(goal !== null, 'the goal was not reached');
      await shotBoth(page, 'recorded-goal');
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.__synaptica!.flushProgress());

      // Reload: the kept level comes back from this browser's storage with the same tutor.
      await page.reload();
      await page.waitForSelector('#level-select[data-ready="true"]');
      await page.evaluate((id) => window.__synaptica!.openLevel(id, false), RECORDED_ID);
      await waitForLevel(page, RECORDED_ID);
      await passLevelCards(page);
      const after = await sharedBundleWav(page);
      assert(after.wav.equals(before.wav), 'the reloaded level has a different tutor recording');
      assert(JSON.stringify(after.level) === JSON.stringify(before.level), 'the reloaded level differs from the saved one');
      await page.keyboard.press('Escape');

      // A WAV dropped on the recorder: hiss is refused in words, and nothing is saved.
      await page.locator('#record-tutor').click();
      await page.waitForSelector('#recorder-dialog[open]');
      await dropWavOnRecorder(page, 'hiss.wav', encodeWav(noise(800, 0.05, 44100, 9), 44100));
      await page.waitForSelector('#recorder-verdict .recorder-problems', { timeout: 10_000 });
      const refused = await page.locator('#recorder-verdict').innerText();
      assert(/only noise/.test(refused), `hiss is not called noise: ${refused}`);
      assert(await page.locator('#recorder-save').isDisabled(), 'a refused recording can be saved');
      await shotBoth(page, 'recorder-dropped-noise', '#recorder-verdict');
      await page.keyboard.press('Escape');
      // In Spanish on a phone (touch, no mouse to drag with), the same fake-microphone file given as a WAV:
      // the verdict and mapping in Spanish, seconds with a decimal comma, choosing (not dropping) a WAV offered.
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, serviceWorkers: 'block' });
      const spanish = await phone.newPage();
      spanish.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await spanish.goto(`${url}?locale=es`);
      await spanish.waitForSelector('#level-select[data-ready="true"]');
      await spanish.evaluate(() => window.__synaptica!.openLevel('songbird-wav-tutor', false));
      await waitForLevel(spanish, 'songbird-wav-tutor');
      await spanish.waitForTimeout(1500);
      await spanish.screenshot({ path: `${shots}scene-es-390x844.png` });
      await spanish.locator('#record-tutor').click();
      await spanish.waitForSelector('#recorder-dialog[open]');
      assert(await spanish.evaluate(() => matchMedia('(pointer: coarse)').matches), 'the phone page has no coarse pointer');
      const offered = await spanish.locator('#recorder-status').innerText();
      assert(/elegir un archivo WAV/.test(offered) && !/soltar/.test(offered), `on a phone the recorder says: ${offered}`);
      await dropWavOnRecorder(spanish, 'silbido.wav', new Uint8Array(readFileSync(micFile)));
      await spanish.waitForSelector('#recorder-verdict .recorder-summary', { timeout: 10_000 });
      const enEspañol = await spanish.locator('#recorder-verdict').innerText();
      assert(/2 octavas más grave/.test(enEspañol) && /4 sílabas/.test(enEspañol), `the Spanish verdict: ${enEspañol}`);
      const loaded = await spanish.locator('#recorder-status').innerText();
      assert(/\(\d+,\d s\)/.test(loaded), `the Spanish seconds are not written with a decimal comma: ${loaded}`);
      assert(await spanish.locator('#recorder-play').innerText() === 'Escuchar tu grabación' && await spanish.locator('#recorder-retry').innerText() === 'Descartar', 'the Spanish play and discard labels');
      await spanish.screenshot({ path: `${shots}recorder-dropped-whistle-es-390x844.png` });
      await spanish.locator('#recorder-save').scrollIntoViewIfNeeded();
      await spanish.screenshot({ path: `${shots}recorder-dropped-whistle-es-end-390x844.png` });
      await spanish.close();
      await phone.close();
      const violations = await cspViolations(page);
      assert(violations.length === 0, `Content-Security-Policy violations: ${violations.join('; ')}`);

      // The level editor opens the kept level with its recorded tutor and exports it as a file (zip) and a link.
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const edited = await editorExports(page, url);
      assert(edited.zipWav.equals(before.wav), 'the editor\'s zip does not carry the recorded tutor');
      assert(edited.link.ok && Buffer.from(edited.link.wav).equals(before.wav), `the editor's link does not carry the recorded tutor: ${edited.said}`);
      await page.locator('#ed-export').scrollIntoViewIfNeeded();
      await shotBoth(page, 'editor-recorded-link', '#ed-export');

      // A 2.75 s tune recorded over it (dropped as a WAV): the recorder says a link cannot hold it, and
      // the editor's link export refuses it in words while its zip still carries it.
      await page.goto(`${url}?level=${RECORDED_ID}`);
      await waitForLevel(page, RECORDED_ID);
      await passLevelCards(page);
      await page.locator('#record-tutor').click();
      await page.waitForSelector('#recorder-dialog[open]');
      await dropWavOnRecorder(page, 'long-tune.wav', encodeWav(whistle(LONG_TUNE, { rateHz: 48000, noiseRms: 0.0005 }), 48000));
      await page.waitForSelector('#recorder-verdict .recorder-summary', { timeout: 15_000 });
      const longVerdict = await page.locator('#recorder-verdict').innerText();
      assert(/Too large for a level link/.test(longVerdict) && /9 syllables found/.test(longVerdict), `the long tune's verdict: ${longVerdict}`);
      await page.locator('#recorder-save').click();
      await waitForLevel(page, RECORDED_ID);
      await passLevelCards(page);
      const large = await editorExports(page, url);
      assert(large.zipWav.length > 40_000 && !large.zipWav.equals(before.wav), `the editor's zip does not carry the long tune (${large.zipWav.length} bytes)`);
      assert(!large.link.ok && /^No link: this level's tutor recording is too large for a link.*share the file instead/.test(large.said), `the editor's link export of the long tune says: ${large.said}`);
      await page.locator('#ed-export').scrollIntoViewIfNeeded();
      await shotBoth(page, 'editor-recorded-too-large', '#ed-export');
      const editorViolations = await cspViolations(page);
      assert(editorViolations.length === 0, `Content-Security-Policy violations in the editor: ${editorViolations.join('; ')}`);
      assert(errors.length === 0, `console errors:\n    ${errors.join('\n    ')}`);
    } finally {
      await browser.close();
    }
  },
};

export const tests: TestCase[] = [recordWhistle];
