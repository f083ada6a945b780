// Robustness of the page (issue 12): two tabs never lose progress, a closing page flushes what it has
// not saved, the production build has no debug hooks, the Content-Security-Policy holds while every
// kind of level plays with sound and exports, and a progress import refuses files of another kind.
import { readdirSync, readFileSync, statSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, openPlainLevel, type TestCase } from '../harness';
import { buildSite, testSiteDir } from '../server';

export const robustShots = fileURLToPath(new URL('../../../test-output/robust/', import.meta.url));
const levelFile = (id: string): Buffer => readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/** Plays a level from the level menu in fast-forward until the page records it completed. */
async function finishLevel(page: Page, url: string, id: string): Promise<void> {
  await openPlainLevel(page, url, id);
  await page.keyboard.press('3');
  await page.waitForFunction((want) => window.__synaptica!.progress().levels[want]?.completed === true, id, { timeout: 120_000, polling: 200 });
}

async function openCampaignMenu(page: Page): Promise<void> {
  if ((await page.locator('#campaign-dialog[open]').count()) === 0) await page.click('#campaign-open');
  await page.waitForSelector('#campaign-dialog[open]');
}

/** Imports a file through the menu's file input; returns the status line it shows. */
async function importFile(page: Page, name: string, buffer: Buffer): Promise<string> {
  await openCampaignMenu(page);
  const before = await page.locator('#campaign-status').textContent();
  await page.setInputFiles('#progress-import-file', { name, mimeType: 'application/json', buffer });
  await page.waitForFunction((old) => { const t = document.getElementById('campaign-status')?.textContent ?? ''; return t !== '' && t !== old; }, before, { timeout: 5000 });
  return (await page.locator('#campaign-status').textContent()) ?? '';
}

/** Violations of the page's Content-Security-Policy, collected from the first script on. */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
  });
}
export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/**
 * Why a Content-Security-Policy is not the page's strict one, or null: scripts only from the site plus
 * 'wasm-unsafe-eval' (WebAssembly compilation only: the engine's kernels), so no 'unsafe-eval' (JS
 * eval), no 'unsafe-inline' and no other source, in script-src or default-src.
 */
export function scriptPolicyProblem(csp: string): string | null {
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0], d.slice(1)]));
  const scripts = directives.get('script-src');
  if (!scripts) return 'no script-src';
  if (scripts.join(' ') !== "'self' 'wasm-unsafe-eval'") return `script-src is not exactly 'self' 'wasm-unsafe-eval'`;
  const unsafe = [...directives].filter(([name, sources]) => name !== 'style-src' && sources.some((s) => s !== "'wasm-unsafe-eval'" && s.includes('unsafe')));
  return unsafe.length > 0 ? `${unsafe.map(([name]) => name).join(', ')} allow unsafe sources` : null;
}

/**
 * Closes a tab as a person does (pagehide and beforeunload run) and waits until it is gone: with
 * runBeforeUnload, Playwright's close() returns before the page has closed, and a tab opened at once
 * could read the storage before the closing page wrote its journal.
 */
async function closeLikeAPerson(tab: Page): Promise<void> {
  const closed = tab.waitForEvent('close');
  await tab.close({ runBeforeUnload: true });
  await closed;
}

export const tests: TestCase[] = [
  {
    name: 'robust: two tabs each finish a different level at once; both results are in IndexedDB and in each tab\'s menu without a reload',
    async run(page, url) {
      const other = await page.context().newPage();
      await Promise.all([finishLevel(page, url, 'stdp-pairing'), finishLevel(other, url, 'dopamine-acquisition')]);
      for (const [tab, name] of [[page, 'first'], [other, 'second']] as const) {
        // The other tab's result arrives through the BroadcastChannel; no reload.
        await tab.waitForFunction(() => {
          const levels = window.__synaptica!.progress().levels;
          return levels['stdp-pairing']?.completed === true && levels['dopamine-acquisition']?.completed === true;
        }, null, { timeout: 10_000 }).catch(async () => {
          throw new Error(`the ${name} tab does not show both results: ${JSON.stringify(await tab.evaluate(() => window.__synaptica!.progress().levels))}`);
        });
        await tab.keyboard.press('Space');
        await openCampaignMenu(tab);
        for (const id of ['stdp-pairing', 'dopamine-acquisition']) {
          const completed = await tab.locator(`[data-level="${id}"]`).getAttribute('data-completed');
          assert(completed === 'true', `the ${name} tab's menu shows ${id} completed=${completed}`);
        }
      }
      await page.screenshot({ path: `${robustShots}two-tabs-menu.png` });
      // What IndexedDB holds, read fresh by a third tab.
      const third = await page.context().newPage();
      await third.goto(url);
      await third.waitForSelector('#level-select[data-ready="true"]');
      const stored = await third.evaluate(() => window.__synaptica!.progress().levels);
      assert(stored['stdp-pairing']?.completed && stored['dopamine-acquisition']?.completed, `IndexedDB lost a tab's result: ${JSON.stringify(stored)}`);
      await Promise.all([other.close(), third.close()]);
    },
  },
  {
    name: 'robust: a change made just before the page closes survives (pagehide: IndexedDB, or the journal when the write cannot finish)',
    async run(page, url) {
      const context = page.context();
      const open = async (): Promise<Page> => {
        const p = await context.newPage();
        await openPlainLevel(p, url, 'stdp-pairing'); // past the welcome, so the speed buttons can be clicked
        return p;
      };
      // 1. A smoke check only: close right after the change. The write usually commits before the page
      // goes, so this passes whether or not the journal works; part 2 is the real test of the journal.
      let tab = await open();
      await tab.click('input[name="speed"][value="slow"]');
      await closeLikeAPerson(tab);
      tab = await open();
      let settings = await tab.evaluate(() => window.__synaptica!.progress().settings);
      assert(settings.speed === 'slow', `the speed chosen just before closing was lost: ${JSON.stringify(settings)}`);
      // 2. The real test: the write cannot finish before the page goes (another transaction holds the
      // store until then), so only the journal can carry the change to the next page.
      // (Text, not a function: the test runner's transpiler would add helpers the page does not have.)
      await tab.evaluate(`new Promise((resolve) => {
        const q = indexedDB.open('synaptica');
        q.onsuccess = () => {
          const store = q.result.transaction('progress', 'readwrite').objectStore('progress');
          const spin = () => { store.get('player').onsuccess = spin; };
          spin();
          resolve();
        };
      })`);
      await tab.click('input[name="speed"][value="normal"]');
      assert(await tab.evaluate(() => window.__synaptica!.progress().settings.speed) === 'normal', 'the page does not show its own change at once');
      await closeLikeAPerson(tab);
      tab = await open();
      settings = await tab.evaluate(() => window.__synaptica!.progress().settings);
      assert(settings.speed === 'normal', `a change whose write could not finish before pagehide was lost: ${JSON.stringify(settings)}`);
      assert(await tab.evaluate(() => localStorage.getItem('synaptica-progress-journal')) === null, 'the journal was not removed after it was merged');
      await tab.close();
    },
  },
  {
    name: 'robust: a record saved by a newer Synaptica is never written over; the page says so and saves nothing until reloaded',
    async run(page, url) {
      const context = page.context();
      const open = async (): Promise<Page> => {
        const p = await context.newPage();
        await openPlainLevel(p, url, 'stdp-pairing'); // past the welcome, so the speed buttons can be clicked
        return p;
      };
      const old = await open();
      await old.click('input[name="speed"][value="slow"]');
      await old.evaluate(() => window.__synaptica!.flushProgress());
      // A tab of the new build (after a deploy that bumped the progress version) writes v3 and broadcasts.
      // (Text, not functions: the test runner's transpiler would add helpers the page does not have.)
      const newer = await open();
      const v3 = { version: 3, levels: { 'stdp-pairing': { stars: 3, badges: ['first'] } }, settings: { speed: 'fast' } };
      await newer.evaluate(`new Promise((resolve, reject) => {
        const q = indexedDB.open('synaptica');
        q.onsuccess = () => {
          const tx = q.result.transaction('progress', 'readwrite');
          tx.objectStore('progress').put(${JSON.stringify(v3)}, 'player');
          tx.oncomplete = () => { new BroadcastChannel('synaptica-progress').postMessage({ type: 'progress-committed' }); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      })`);
      const warning = 'Your progress was saved by a newer Synaptica; reload this page to update. Nothing is saved here until then.';
      await old.waitForFunction((want) => document.getElementById('level-warning')?.textContent === want, warning, { timeout: 5000 });
      assert(await old.locator('#level-warning').isVisible(), 'the newer-record warning is not visible');
      // The old tab keeps working but writes nothing (nor a journal) over the newer record.
      await old.click('input[name="speed"][value="normal"]');
      await old.evaluate(() => window.__synaptica!.flushProgress());
      await old.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      mkdirSync('test-output/fixprogress', { recursive: true });
      await old.screenshot({ path: 'test-output/fixprogress/newer-record-1280.png' });
      await old.setViewportSize({ width: 390, height: 844 });
      await old.screenshot({ path: 'test-output/fixprogress/newer-record-390.png' });
      await closeLikeAPerson(old);
      const readBack = `new Promise((resolve) => {
        const q = indexedDB.open('synaptica');
        q.onsuccess = () => { const g = q.result.transaction('progress').objectStore('progress').get('player'); g.onsuccess = () => resolve(g.result); };
      })`;
      const stored = await newer.evaluate(readBack);
      assert(JSON.stringify(stored) === JSON.stringify(v3), `the older page wrote over the newer record: ${JSON.stringify(stored)}`);
      assert(await newer.evaluate(() => localStorage.getItem('synaptica-progress-journal')) === null, 'the older page journaled over the newer record');
      // A page of this (older) build opened now says so at once, and still writes nothing.
      const again = await open();
      assert((await again.locator('#level-warning').textContent()) === warning, `no warning when opening on a newer record: ${await again.locator('#level-warning').textContent()}`);
      assert(JSON.stringify(await again.evaluate(readBack)) === JSON.stringify(v3), 'opening the page wrote over the newer record');
      await Promise.all([again.close(), newer.close()]);
    },
  },
  {
    name: 'robust: the production build has no debug hooks (window.__synaptica, __synapticaSoundLog) and keeps the CSP; the test build has them',
    async run() {
      const productionDir = buildSite('production');
      const hooks = /__synaptica|checkFastForward|flushProgress/;
      const leaking = filesUnder(productionDir).filter((f) => /\.(js|html)$/.test(f) && hooks.test(readFileSync(f, 'utf8')));
      assert(leaking.length === 0, `the production build contains debug hooks: ${leaking.join(', ')}`);
      const inTestBuild = filesUnder(testSiteDir).filter((f) => f.endsWith('.js') && hooks.test(readFileSync(f, 'utf8')));
      assert(inTestBuild.length > 0, 'the test build has no debug hooks either: this check could not fail');
      const html = readFileSync(join(productionDir, 'index.html'), 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const problem = scriptPolicyProblem(csp);
      assert(problem === null, `the production page's CSP: ${problem}: "${csp}"`);
      // The check itself can fail: JS eval, inline script or a missing keyword are each refused.
      for (const bad of ["script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'", "script-src 'self' 'unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'", "script-src 'self'", "default-src 'self' 'unsafe-eval'; script-src 'self' 'wasm-unsafe-eval'"]) {
        assert(scriptPolicyProblem(bad) !== null, `the CSP check accepts "${bad}"`);
      }
    },
  },
  {
    name: 'robust: the Content-Security-Policy holds (no violations) while each kind of level plays with sound, and a plot exports as PNG',
    async run(page, url) {
      await watchCsp(page);
      await page.goto(url);
      await page.waitForSelector('#level-select[data-ready="true"]');
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      const problem = scriptPolicyProblem(csp ?? '');
      assert(problem === null, `no strict CSP on the page: ${problem}: ${csp}`);
      // The policy is enforced, not just present: an inline script is refused. (In a second tab: the
      // refusal is logged as a console error, which the runner counts against this page.)
      const probe = await page.context().newPage();
      await watchCsp(probe);
      await probe.goto(url);
      await probe.waitForSelector('#level-select[data-ready="true"]');
      const inlineRan = await probe.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineScriptRan = true';
        document.head.append(script);
        return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true;
      });
      assert(!inlineRan, 'an inline script ran: the CSP is not in force');
      const refused = await cspViolations(probe);
      assert(refused.length === 1 && refused[0].startsWith('script-src'), `the inline script was not reported as a violation: ${JSON.stringify(refused)}`);
      await probe.close();
      await page.mouse.click(5, 5); // a click unlocks audio, so sounds really play
      // One level of each kind of scene (and chapter 1's plain plots).
      const kinds = new Map<string, string>();
      const sounds = new Set<string>();
      const violations: string[] = [];
      for (const id of ['spike-threshold', 'dopamine-acquisition', 'eyeblink-acquisition', 'songbird-tutor']) {
        await openPlainLevel(page, url, id);
        await page.mouse.click(5, 5);
        await page.waitForTimeout(800);
        // Wait for the level's own sound to play (a loaded machine takes longer than the 800 ms above).
        if (id === 'eyeblink-acquisition') await page.waitForFunction(() => (window.__synapticaSoundLog ?? []).some((e) => e.name === 'tone' && e.played), null, { timeout: 20_000, polling: 200 });
        if (id === 'songbird-tutor') await page.waitForFunction(() => (window.__synapticaSoundLog ?? []).some((e) => e.name.startsWith('song') && e.played), null, { timeout: 20_000, polling: 200 });
        kinds.set(id, (await page.locator('#sim-view').getAttribute('data-scene')) ?? '');
        // Each level opens in a new page load: collect before the next.
        for (const s of await page.evaluate(() => (window.__synapticaSoundLog ?? []).map((e) => `${e.name}:${e.played ? 'played' : e.reason}`))) sounds.add(s);
        violations.push(...(await cspViolations(page)).map((v) => `${id}: ${v}`));
      }
      assert(new Set(kinds.values()).size >= 4, `only ${new Set(kinds.values()).size} kinds of scene were played: ${JSON.stringify([...kinds])}`);
      // Each sound is a Howl made from a WAV data: URL (loaded when made, played once audio is unlocked).
      assert(sounds.has('tone:played') && [...sounds].some((s) => s.startsWith('song') && s.endsWith(':played')), `the tone and a song were not played, so the CSP was not tried on audio: ${[...sounds].join(', ')}`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#plot-exports-body button', { hasText: 'PNG' }).first().click()]);
      assert(download.suggestedFilename().endsWith('.png'), `the export is ${download.suggestedFilename()}`);
      violations.push(...(await cspViolations(page)).map((v) => `export: ${v}`));
      assert(violations.length === 0, `CSP violations while playing ${[...kinds.keys()].join(', ')} (sounds ${[...sounds].join(', ')}):\n    ${violations.join('\n    ')}`);
      console.log(`    (scenes: ${JSON.stringify(Object.fromEntries(kinds))}; sounds: ${[...sounds].slice(0, 8).join(', ')})`);
    },
  },
  {
    name: 'robust: progress import refuses a level file, {}, a list and a huge file, saying what each is; unknown level ids are dropped with a note',
    async run(page, url) {
      mkdirSync(robustShots, { recursive: true });
      await openPlainLevel(page, url, 'spike-threshold'); // past the welcome, which covers the menu button
      const before = await page.evaluate(() => JSON.stringify(window.__synaptica!.progress()));
      let shown = await importFile(page, 'spike-threshold.json', levelFile('spike-threshold'));
      assert(shown === '"spike-threshold.json" was not imported, your progress is unchanged. This is a level file (spike-threshold), not a progress file.', `level file: "${shown}"`);
      assert(await page.locator('#campaign-status').getAttribute('role') === 'alert', 'the refusal is not announced as an alert');
      await page.screenshot({ path: `${robustShots}import-refused-level-file.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('#campaign-status').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${robustShots}import-refused-level-file-phone.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
      shown = await importFile(page, 'empty.json', Buffer.from('{}'));
      assert(shown.endsWith('This file is empty (it holds {}), not a progress file.'), `{}: "${shown}"`);
      shown = await importFile(page, 'list.json', Buffer.from('[]'));
      assert(shown.endsWith('This file holds a list (0 items), not a progress file (a JSON object).'), `[]: "${shown}"`);
      shown = await importFile(page, 'huge.json', Buffer.alloc(3_000_000, 32));
      assert(shown.endsWith('This file is 3.0 MB, larger than a progress file can be (at most 2 MB); it was not read.'), `huge: "${shown}"`);
      assert(await page.evaluate(() => JSON.stringify(window.__synaptica!.progress())) === before, 'a refused file changed the progress');
      const entry = { bestStars: 2, attempts: 1, failures: 0, trialsUsed: 9, completed: true };
      const mixed = { kind: 'synaptica-progress', version: 2, levels: { foo: entry, 'stdp-pairing': entry }, predictions: [], settings: {} };
      shown = await importFile(page, 'mixed.json', Buffer.from(JSON.stringify(mixed)));
      assert(shown === `Imported "mixed.json": merged into your progress. Stars for unknown level 'foo' were not imported (this game has no such level).`, `unknown id: "${shown}"`);
      await page.waitForSelector('[data-level="stdp-pairing"][data-completed="true"]');
      await page.screenshot({ path: `${robustShots}import-unknown-level-note.png` });
      const levels = await page.evaluate(() => window.__synaptica!.progress().levels);
      assert(!('foo' in levels) && levels['stdp-pairing']?.bestStars === 2, `after the import: ${JSON.stringify(levels)}`);
    },
  },
];
