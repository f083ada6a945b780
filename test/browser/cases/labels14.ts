// Words a designer meets, checked in Chromium at 1280x800 and a 390x844 phone: an objective's span is
// offered as "Last N trials", "First N trials", ... (not four times "An object"), its metric with the
// unit in parentheses, its comparison in words and a threshold of "any number"; the eyeblink circuit's
// ISI help is plain words; the open-file dialog names a field as the editor does and keeps its path.
// Screenshots in test-output/labels14/.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, tabTo, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/labels14/', import.meta.url));
const levelText = (id: string): string => readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8');

const optionTexts = (page: Page, selector: string): Promise<string[]> => page.locator(`${selector} option`).allTextContents();

export const tests: TestCase[] = [
  {
    name: 'labels14: the objective form offers spans, metrics and comparisons in words, and the ISI help reads as plain words',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${url}?editor`);
      await page.waitForSelector('#editor-view:not([hidden])');
      await tabTo(page, '[data-template="cerebellum"]', 60);
      await page.keyboard.press('Enter');
      await page.waitForSelector('[id="ed-f-title"]');
      await page.evaluate(() => document.querySelectorAll('#editor-view details').forEach((d) => { (d as HTMLDetailsElement).open = true; }));

      const spans = await optionTexts(page, '[id="ed-f-objectives.0.over-form"]');
      assert(spans.join(' | ') === 'Last N trials | First N trials | All trials | A time window of the run', `the span choices: ${spans.join(' | ')}`);
      const comparisons = await optionTexts(page, '[id="ed-f-objectives.0.comparison"]');
      assert(comparisons.includes('At least') && comparisons.includes('At most') && !comparisons.some((c) => /[<>=]/.test(c)), `the comparison choices: ${comparisons.join(' | ')}`);
      const metrics = await optionTexts(page, '[id="ed-f-objectives.0.metric"]');
      assert(metrics.includes('Population rate (Hz)') && metrics.includes('CR peak (ms)') && !metrics.some((m) => / (hz|ms)$/.test(m)), `the metric choices: ${metrics.join(' | ')}`);
      const thresholdHelp = await page.locator('[id="ed-h-objectives.0.threshold"]').textContent();
      assert(thresholdHelp?.startsWith('Any number') === true, `the threshold's help: ${thresholdHelp}`);
      await page.locator('[id="ed-f-objectives.0.over-form"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}objective-1280x800.png` });

      const isiHelp = await page.locator('[id="ed-h-circuits.0.isiMs"]').textContent() ?? '';
      assert(/Time from the onset of the CS to the air puff/.test(isiHelp) && !/ISI CS|Set ISI|\) \(/.test(isiHelp), `the ISI help: ${isiHelp}`);
      await page.locator('[id="ed-f-circuits.0.isiMs"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}circuit-isi-1280x800.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('[id="ed-f-objectives.0.over-form"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}objective-390x844.png` });
    },
  },
  {
    name: 'labels14: the open-file dialog names a field in words, keeps its path in the file, and a title message is not glued to its value',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url);
      await page.waitForSelector('#level-select[data-ready="true"]');
      await page.keyboard.press('Escape'); // leave the welcome for free play
      const level = JSON.parse(levelText('eyeblink-acquisition')) as Record<string, unknown>;
      level.dtMs = 'fast';
      level.title = '';
      const chooser = page.waitForEvent('filechooser');
      await page.locator('#open-level').click();
      await (await chooser).setFiles({ name: 'typed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(level)) });
      await page.waitForSelector('#open-problems-dialog[open]');
      const lines = await page.locator('#open-problems-list li').allTextContents();
      assert(lines.includes('Time step (ms): must be a number, got "fast" (in the file: dtMs)'), `the time step is not named in words: ${lines.join(' | ')}`);
      assert(lines.includes('Title: A level needs a title: the level menu and the player see it. It is empty now. (in the file: title)'), `the title problem: ${lines.join(' | ')}`);
      await page.screenshot({ path: `${shots}open-problems-1280x800.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `${shots}open-problems-390x844.png` });
      await page.keyboard.press('Escape');
    },
  },
];
