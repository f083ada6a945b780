// Sound and speed settings saved with the progress.
import { assert, type TestCase } from '../harness';

const settingsTest: TestCase = {
  name: 'settings: mute, volume and slow speed are saved with the progress (IndexedDB, not localStorage) and come back after a reload; fast-forward does not',
  async run(page, url) {
    await page.goto(`${url}?level=izhikevich-2003`);
    await page.waitForSelector('#level-select[data-ready="true"]');
    await page.locator('.sound-mute').click();
    const volume = page.locator('.sound-volume input[type="range"]');
    await volume.focus();
    await page.keyboard.press('Home');
    for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowRight');
    const chosenVolume = await volume.inputValue();
    await page.keyboard.press('Tab');
    await page.keyboard.press('1');
    assert(await page.locator('input[name="speed"][value="slow"]').isChecked(), '1 did not choose slow speed');
    await page.evaluate(() => window.__synaptica!.flushProgress());
    const saved = await page.evaluate(() => window.__synaptica!.progress().settings);
    assert(saved.muted === true && saved.speed === 'slow' && Math.abs((saved.volume ?? -1) * 100 - Number(chosenVolume)) < 1e-6, `settings in the progress: ${JSON.stringify(saved)} (volume slider ${chosenVolume})`);
    // Only the settings-change stamp (a number: progressJournal.ts decides with it whether a journal's
    // settings are older than a later choice) may be in localStorage, never the settings themselves.
    const stored = await page.evaluate(() => Object.keys(window.localStorage));
    assert(stored.every((key) => key === 'synaptica-settings-changed'), `settings were written to localStorage: ${JSON.stringify(stored)}`);
    await page.reload();
    await page.waitForSelector('#level-select[data-ready="true"]');
    assert(await page.locator('.sound-mute').getAttribute('data-muted') === 'true' && await page.locator('.sound-mute').getAttribute('aria-pressed') === 'true', 'mute did not survive the reload');
    assert(await volume.inputValue() === chosenVolume, `volume after the reload: ${await volume.inputValue()}, chosen ${chosenVolume}`);
    assert(await page.locator('input[name="speed"][value="slow"]').isChecked(), 'slow speed did not survive the reload');
    await page.keyboard.press('3');
    await page.evaluate(() => window.__synaptica!.flushProgress());
    await page.reload();
    await page.waitForSelector('#level-select[data-ready="true"]');
    assert(await page.locator('input[name="speed"][value="normal"]').isChecked(), 'fast-forward was restored at load (or normal was not chosen instead)');
  },
};

export const tests: TestCase[] = [settingsTest];
