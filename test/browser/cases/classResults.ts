// Results a teacher can trust: a run played in one browser context (a setting changed, a Reset that
// carries it in, a live change, a fast-forward, a step back) is exported as a results file; its
// record reproduces the page's state hash when replayed headless in Node (same JS engine); in a
// second context the class view replays it in workers and marks it verified, an edited copy not
// verified (what differs, in words), a non-JSON file is named and skipped; the CSV is downloaded and
// read back; axe finds no serious or critical violation; screenshots at 1280x800 and 390x844.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { replayRun } from '../../../src/levels/results/replayRun';
import { parseResultsText, type ResultsFile } from '../../../src/levels/results/resultsFile';
import { assert, levelWith, openPlainLevel, viewport, type TestCase } from '../harness';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical WCAG 2.1 A/AA violations (axe evaluated through DevTools, past the page's CSP, as a11y.ts does). */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 4).map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

const shots = fileURLToPath(new URL('../../../test-output/results/', import.meta.url));

const tick = (page: Page): Promise<number> => page.evaluate(() => window.__synaptica!.tick());

/** waitForFunction that says which step it waited for when it times out. */
async function until<A>(page: Page, step: string, fn: (arg: A) => boolean, arg: A, timeout = 15_000): Promise<void> {
  try {
    await page.waitForFunction(fn as (arg: unknown) => boolean, arg as unknown, { timeout, polling: 50 });
  } catch (error) {
    throw new Error(`${step}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (tick ${await tick(page)}, mode ${await page.evaluate(() => window.__synaptica!.mode())})`);
  }
}

async function pause(page: Page): Promise<void> {
  if (await page.evaluate(() => window.__synaptica!.mode() !== 'paused')) await page.locator('#play-pause').click();
  await until(page, 'pause', () => window.__synaptica!.mode() === 'paused', null);
}

async function waitTicksPast(page: Page, min: number): Promise<void> {
  await until(page, `ticks past ${min}`, (m) => window.__synaptica!.tick() > m, min);
}

/** Plays spike-threshold with every way the page changes a run, then exports; returns the file's text. */
async function playAndExport(page: Page, url: string): Promise<{ text: string; pageHash: string; pageTick: number }> {
  await openPlainLevel(page, url, 'spike-threshold');
  await waitTicksPast(page, 200);
  await pause(page);
  const slider = page.locator('#player-actions input[type="range"]').first();
  // A setting: waits for Reset (and is sent as a command now); then Reset spawns with it.
  await slider.focus();
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
  await page.locator('#reset').click();
  // The spawn after Reset runs the level with the setting (at 1× it passes 200 ticks in 50 ms: the tick cannot tell).
  await until(page, 'reset', () => (window.__synaptica!.levelData() as { stimuli: Array<{ amplitudePa: number }> }).stimuli[0].amplitudePa > 1, null);
  await pause(page);
  // A live change in this spawn (applied at the next tick), then fast-forward in the worker.
  await slider.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  const before = await tick(page);
  await page.locator('#play-pause').click();
  await until(page, 'play', () => window.__synaptica!.mode() !== 'paused', null);
  await page.locator('#speed-group input[value="fast"]').check();
  // One neuron: the worker can reach the level's end between two polls, so its chunks' speed is the proof it ran.
  await until(page, 'fast-forward', (b) => window.__synaptica!.fastForwardSpeed() > 0 && window.__synaptica!.tick() > b + 8000, before);
  await page.locator('#speed-group input[value="normal"]').check();
  await until(page, 'back to normal', () => window.__synaptica!.mode() !== 'fastForward', null);
  await pause(page);
  console.log(`    (classResults: fast-forward from tick ${before} to ${await tick(page)})`);
  const beforeBack = await tick(page);
  await page.locator('#step-back').click();
  await until(page, 'step back', (b) => window.__synaptica!.tick() < b, beforeBack);
  // The worker's chunks carry step-back points from just before their end (tailSnapshots.ts): one press
  // goes back 0.5 s to a few seconds (2000 ticks at this level's dtMs 0.25 per 0.5 s), not a whole
  // chunk (6-30 s here; before those points it went back 22,772 ticks).
  const backTicks = beforeBack - (await tick(page));
  assert(backTicks <= 12_000, `one step back after fast-forward went back ${backTicks} ticks (from ${beforeBack}); at most 12,000 (3 s) expected`);
  // If the step back still lands before the first trial's end, play on to one trial's end, so the
  // exported run has a learning curve to draw (the class view draws only verified runs' curves).
  if ((await page.evaluate(() => window.__synaptica!.trials())) === 0) {
    console.log(`    (classResults: step back went to tick ${await tick(page)}, before the first trial's end: played on to it)`);
    await page.locator('#play-pause').click();
    await until(page, 'a trial after the step back', () => window.__synaptica!.trials() >= 1, null, 30_000);
    await pause(page);
  }
  const pageTick = await tick(page);
  const pageHash = (await page.evaluate(() => window.__synaptica!.stateHash()))!;
  await page.locator('#campaign-open').click();
  await page.locator('#results-student').fill('Ana Pérez');
  const download = page.waitForEvent('download', { timeout: 10_000 });
  await page.locator('#results-export').click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  return { text, pageHash, pageTick };
}

/** A copy of the file with the first outcome's value changed (as a student might "improve" it). */
function edited(file: ResultsFile): ResultsFile {
  const copy = structuredClone(file);
  copy.student = 'Edited copy';
  const outcome = copy.runs[0].outcomes[0];
  outcome.value = (outcome.value ?? 0) + 3;
  return copy;
}

/** A copy as another engine (Firefox's SpiderMonkey) would have made it: a different Math fingerprint. */
function fromAnotherEngine(file: ResultsFile): ResultsFile {
  const copy = structuredClone(file);
  copy.student = 'Bea on Firefox';
  for (const run of copy.runs) run.engine = { math: run.engine?.math === '00000000' ? '00000001' : '00000000', family: 'Firefox' };
  return copy;
}

export const tests: TestCase[] = [
  {
    name: 'class results: an exported run replays to the page hash, verifies in another context, an edited copy does not; CSV; axe; screenshots',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      const { text, pageHash, pageTick } = await playAndExport(page, url);
      const parsed = parseResultsText(text);
      assert(parsed.ok, `the exported file does not validate: ${JSON.stringify(!parsed.ok && parsed.problem)}`);
      const file = parsed.file;
      assert(file.student === 'Ana Pérez', `student name ${file.student}`);
      const run = file.runs.find((r) => r.levelId === 'spike-threshold');
      assert(run, 'no spike-threshold run in the file');
      assert(run.ticks === pageTick && run.stateHash === pageHash, `record ${run.ticks}/${run.stateHash} vs page ${pageTick}/${pageHash}`);
      assert(run.level.builtIn, 'a built-in level is named by its content hash');
      assert(run.engine?.family === 'Chromium' && /^[0-9a-f]{8}$/.test(run.engine.math), `the engine the run was made on: ${JSON.stringify(run.engine)}`);
      assert(run.settings.length === 1 && run.settings[0].path === 'stimuli.electrode.amplitudePa', `settings ${JSON.stringify(run.settings)}`);
      assert(run.commands.some((c) => c.command.type === 'setParameter' && c.command.value === run.settings[0].value + 3), `the live change is not in the command log: ${JSON.stringify(run.commands)}`);
      // Same engine, headless: the record reproduces the page's world exactly.
      const replayed = replayRun(levelWith('spike-threshold'), run);
      assert(replayed.ok, 'headless replay failed');
      assert(replayed.replayed.stateHash === pageHash, `headless replay hash ${replayed.replayed.stateHash}, page ${pageHash}`);

      // The teacher's browser: another context, nothing shared with the student's.
      const context = await page.context().browser()!.newContext({ viewport, deviceScaleFactor: 1 });
      try {
        const teacher = await context.newPage();
        const classUrl = new URL(url);
        classUrl.search = '?class';
        await teacher.goto(classUrl.toString());
        await teacher.waitForSelector('#class-files', { state: 'attached' });
        await teacher.locator('#class-files').setInputFiles([
          { name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(text) },
          { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited(file))) },
          { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('this is not JSON') },
          { name: 'ana-again.json', mimeType: 'application/json', buffer: Buffer.from(text) },
          { name: 'bea-firefox.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fromAnotherEngine(file))) },
        ]);
        await teacher.waitForFunction(() => document.querySelectorAll('#class-rows tr').length >= 3
          && document.querySelectorAll('#class-rows tr[data-status="pending"]').length === 0, null, { timeout: 20_000, polling: 100 });
        const rows = await teacher.locator('#class-rows tr').evaluateAll((trs) => trs.map((tr) => ({ status: (tr as HTMLElement).dataset.status, text: tr.textContent ?? '' })));
        const honest = rows.find((r) => r.text.startsWith('Ana Pérez'));
        const forged = rows.find((r) => r.text.startsWith('Edited copy'));
        const foreign = rows.find((r) => r.text.startsWith('Bea on Firefox'));
        assert(rows.length === 3, `one run per file expected: ${JSON.stringify(rows)}`);
        assert(honest?.status === 'verified', `honest run: ${JSON.stringify(rows)}`);
        assert(foreign?.status === 'cannotCheck' && foreign.text.includes('Cannot check (made on another browser engine)') && foreign.text.includes('(Firefox)'), `run from another engine: ${JSON.stringify(foreign)}`);
        assert(forged?.status === 'notVerified' && /recorded as .*but the replay gives/.test(forged.text), `edited run: ${JSON.stringify(forged)}`);
        const problems = await teacher.locator('#class-problems').textContent();
        assert(problems?.includes('notes.json') && problems.includes('not a JSON file'), `bad file not named: ${problems}`);
        assert(problems?.includes('ana-again.json') && problems.includes('already loaded'), `the same run dropped twice is not named: ${problems}`);
        // Only verified runs count in a level's section: the honest run's curve, not the edited one's.
        // The levels' sections are drawn again when the whole round of checks has ended (Cancel hides).
        await teacher.waitForSelector('#class-cancel', { state: 'hidden', timeout: 10_000 });
        const curves = await teacher.locator('#class-levels svg.class-plot path').count();
        assert(curves === 1, `only the verified learning curve should be drawn, but ${curves} are: ${(await teacher.locator('#class-levels').textContent())?.slice(0, 300)}`);
        const counted = await teacher.locator('#class-levels .class-counted').first().textContent();
        assert(/1 of 3 runs/.test(counted ?? ''), `the verified-only line: ${counted}`);
        const csvDownload = teacher.waitForEvent('download', { timeout: 10_000 });
        await teacher.locator('#class-csv').click();
        const csv = readFileSync((await (await csvDownload).path())!, 'utf8').replace(/^\ufeff/, '').trim().split(/\r\n/);
        const lines = csv.slice(1).filter((l) => l.includes('spike-threshold'));
        assert(csv[0].startsWith('File,Student,Level id'), `CSV header ${csv[0]}`);
        assert(lines.some((l) => l.startsWith('ana.json,Ana Pérez,spike-threshold') && l.includes(',Verified,')), `CSV rows ${lines.join(' | ')}`);
        assert(lines.some((l) => l.startsWith('edited.json,Edited copy') && l.includes('Not verified')), `CSV rows ${lines.join(' | ')}`);
        const violations = await seriousAxeViolations(teacher);
        assert(violations.length === 0, `axe on the class view:\n    ${violations.join('\n    ')}`);
        await teacher.screenshot({ path: `${shots}class-view-1280.png`, fullPage: true });
        await teacher.setViewportSize({ width: 390, height: 844 });
        await teacher.screenshot({ path: `${shots}class-view-390.png`, fullPage: true });
        // In Spanish, the same file: the verdict and the differences in words.
        classUrl.search = '?class&locale=es';
        await teacher.goto(classUrl.toString());
        await teacher.locator('#class-files').setInputFiles([
          { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited(file))) },
          { name: 'bea-firefox.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fromAnotherEngine(file))) },
        ]);
        await teacher.waitForSelector('#class-rows tr[data-status="notVerified"]', { timeout: 20_000 });
        const spanish = await teacher.locator('#class-rows tr').first().textContent();
        assert(await teacher.locator('#class-view h1').textContent() === 'Resultados de la clase' && /No verificado.*figura como .*pero la repetición da/.test(spanish ?? ''), `Spanish class view: ${spanish}`);
        const spanishForeign = await teacher.locator('#class-rows tr[data-status="cannotCheck"]').textContent();
        assert(/No se puede comprobar \(hecho en otro motor de navegador\)/.test(spanishForeign ?? ''), `Spanish, another engine: ${spanishForeign}`);
        await teacher.screenshot({ path: `${shots}class-view-es-390.png`, fullPage: true });
        await page.locator('#results-export').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}export-menu-1280.png` });
        await page.setViewportSize({ width: 390, height: 844 });
        await page.locator('#results-export').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}export-menu-390.png` });
        // A shared laptop: the next student starts with nothing kept, after a confirm that names Ana.
        let asked = '';
        page.once('dialog', (dialog) => { asked = dialog.message(); void dialog.accept(); });
        await page.locator('#results-new-student').click();
        await until(page, 'name cleared', () => (document.getElementById('results-student') as HTMLInputElement).value === '', null);
        assert(/Ana Pérez/.test(asked), `the confirm should name whose runs are cleared: ${asked}`);
        await page.locator('#results-export').click();
        const status = await page.locator('#campaign-status').textContent();
        assert(/Who is playing/.test(status ?? ''), `an export without a name asks for it: ${status}`);
        await page.screenshot({ path: `${shots}export-new-student-390.png` });
        writeFileSync(`${shots}exported-results.json`, text);
      } finally {
        await context.close();
      }
    },
  },
];
