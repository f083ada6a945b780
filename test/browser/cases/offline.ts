// Offline and easy to host (issue 15): the built site, served from a sub-folder of a plain static
// host, keeps working with the network gone after the first visit (the service worker's precache), and a
// new deployment shows "update available" instead of swapping the page under a class.
import { appendFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assert, waitForTicks, type TestCase } from '../harness';
import { buildSite, testSiteDir } from '../server';
import { hostStatically } from '../staticHost';

const shots = fileURLToPath(new URL('../../../test-output/offline/', import.meta.url));
const siteCopy = fileURLToPath(new URL('../../../test-output/site-offline/', import.meta.url));
const usbCopy = fileURLToPath(new URL('../../../test-output/site-usb/', import.meta.url));

export const tests: TestCase[] = [
  {
    name: 'offline: from a sub-folder of a static host, the site installs its service worker, plays two levels (one with a tutor song) with the network off, and offers a new deployment as "update available"',
    serviceWorkers: 'allow',
    async run(page) {
      mkdirSync(shots, { recursive: true });
      rmSync(siteCopy, { recursive: true, force: true });
      cpSync(testSiteDir, siteCopy, { recursive: true });
      let host = await hostStatically(siteCopy);
      try {
        await page.goto(`${host.url}?level=spike-threshold`);
        // Precached: said to screen readers, no banner taking room from the scene.
        await page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'true', null, { timeout: 20_000 });
        assert(await page.locator('#offline-notice:not([hidden])').count() === 0, 'a banner shows that the page works offline');
        await page.screenshot({ path: `${shots}offline-ready-1280x800.png` });
        const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
        assert(scope === host.url, `the service worker's scope is ${scope}, not the site's folder ${host.url}`);

        // The host goes away (connections refused), as when the school's network is down.
        await host.stop();
        // izhikevich-2003 and songbird-wav-tutor are outside the campaign, so they play at once; the
        // second fetches its tutor song (a WAV file), which must come from the precache.
        for (const level of ['izhikevich-2003', 'songbird-wav-tutor']) {
          await page.goto(`${host.url}?level=${level}`);
          await page.waitForSelector('#level-select[data-ready="true"]', { state: 'attached', timeout: 20_000 });
          await waitForTicks(page, 200, 30_000);
          const errors = await page.locator('#level-errors:not([hidden])').count();
          assert(errors === 0, `${level} could not be loaded offline: ${await page.textContent('#level-errors')}`);
        }
        await page.screenshot({ path: `${shots}offline-songbird-1280x800.png` });

        // A new deployment: any byte of sw.js changed is a new version to the browser.
        host = await hostStatically(siteCopy, '/class/synaptica/', Number(new URL(host.url).port));
        appendFileSync(`${siteCopy}sw.js`, '\n// deployed again\n');
        // The page checks for a new version when the network comes back and every hour; here, at once,
        // with the level paused (while a level runs, this 2-core machine takes ~50 s for the check).
        await page.keyboard.press('k');
        await page.waitForFunction(() => window.__synaptica!.mode() === 'paused');
        await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update(); });
        await page.waitForSelector('#offline-reload', { timeout: 20_000 });
        const update = await page.textContent('#offline-notice');
        assert(update?.includes('new version'), `the update notice says "${update}"`);
        await page.screenshot({ path: `${shots}update-available-1280x800.png` });
        await page.focus('#offline-reload');
        await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), page.keyboard.press('Enter')]);
        await page.waitForSelector('#level-select[data-ready="true"]', { state: 'attached', timeout: 20_000 });
        const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
        assert(waiting === null, 'after Reload a new version is still waiting');
        assert(new URL(page.url()).search === '?level=songbird-wav-tutor', `Reload did not keep the level's address (${page.url()})`);
      } finally {
        await host.stop();
      }
    },
  },
];

tests.push({
  name: 'offline: on a USB stick (file:// addresses) index.html sends the reader to the one-file build, which plays a level with its tutor song, fast-forwards in its worker and opens the editor, under its hashed CSP',
  async run(page) {
    mkdirSync(shots, { recursive: true });
    rmSync(usbCopy, { recursive: true, force: true });
    cpSync(testSiteDir, usbCopy, { recursive: true });
    buildSite('usb', usbCopy);
    const violations: string[] = [];
    page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) violations.push(message.text()); });

    // The hosted page from a file:// address cannot run its modules; it must send the reader on. Its
    // refused module loads are logged as errors, so it is opened in a context of its own.
    const other = await page.context().browser()!.newContext();
    try {
      const first = await other.newPage();
      await first.goto(`${pathToFileURL(usbCopy).href}index.html?level=songbird-wav-tutor`);
      await first.waitForURL(/synaptica-offline\.html\?level=songbird-wav-tutor$/, { timeout: 20_000 });
    } finally {
      await other.close();
    }

    const single = `${pathToFileURL(usbCopy).href}synaptica-offline.html`;
    await page.goto(`${single}?level=songbird-wav-tutor`);
    await page.waitForFunction(() => Number(document.getElementById('sim-view')?.dataset.simTicks ?? 0) > 200, null, { timeout: 30_000 });
    assert(await page.locator('#level-errors:not([hidden])').count() === 0, `the tutor level could not load from a file: ${await page.textContent('#level-errors')}`);
    const before = Number(await page.locator('#sim-view').getAttribute('data-sim-ticks'));
    await page.keyboard.press('3');
    await page.waitForFunction((from) => Number(document.getElementById('sim-view')?.dataset.simTicks ?? 0) > from + 20_000, before, { timeout: 30_000 });
    await page.screenshot({ path: `${shots}usb-songbird-1280x800.png` });

    await page.goto(`${single}?editor`);
    await page.waitForSelector('#editor-view:not([hidden])', { timeout: 20_000 });
    await page.waitForSelector('[data-template]', { timeout: 20_000 });
    assert(violations.length === 0, `CSP violations in the one-file build:\n  ${violations.join('\n  ')}`);
  },
});
