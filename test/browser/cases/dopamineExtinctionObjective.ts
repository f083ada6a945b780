// dopamine-extinction asks for the acquisition too (issue 13): its objectives panel lists "Tone burst
// after training" beside the extinction goals (the burst after extinction stays first: the learning
// curve follows the first objective), in words and units, at 1280×800 and on a phone (390×844);
// played by keyboard at fast-forward to its goal, the panel shows the trained burst (≥ 15 Hz) and the
// extinguished one, and agrees with the headless run's numbers.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { runLevel } from '../../../src/levels/runLevel';
import { assert, levelWith, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/reward/', import.meta.url));
const ID = 'dopamine-extinction';
const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z]*\b/;
const LINES = [
  /^Tone burst after extinction: (not measured yet|[\d.]+ Hz) \(goal ≤ 8 Hz\)$/,
  /^Tone burst after training: (not measured yet|[\d.]+ Hz) \(goal ≥ 15 Hz\)$/,
  /^Value at the tone after extinction: (not measured yet|[-\d.e]+) \(goal ≤ 0\.15\)$/,
];

async function openFromLink(page: Page, url: string): Promise<void> {
  await page.goto(`${url}?level=${ID}`);
  await page.waitForFunction((want) => window.__synaptica?.levelId() === want, ID, { timeout: 15_000 });
  await page.waitForSelector('#level-intro-dialog[open]', { timeout: 15_000 });
}

async function closeCards(page: Page): Promise<void> {
  while (await page.locator('dialog[open]').count()) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
  }
}

async function objectiveLines(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelector('#objectives-list .objective-value')?.textContent !== '', null, { timeout: 5000 });
  return page.locator('#objectives-list .objective-value').allTextContents();
}

function checkLines(lines: string[], where: string): void {
  assert(lines.length === LINES.length, `${where}: ${lines.length} objectives: ${JSON.stringify(lines)}`);
  lines.forEach((line, i) => assert(LINES[i].test(line), `${where}: objective ${i + 1} reads "${line}"`));
  assert(!lines.some((l) => CAMEL_CASE.test(l)), `${where}: an id in the panel: ${JSON.stringify(lines)}`);
}

export const tests: TestCase[] = [
  {
    name: 'dopamine-extinction objective: the panel asks for the trained tone burst too, in words (1280×800 and 390×844)',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await openFromLink(page, url);
      await closeCards(page);
      checkLines(await objectiveLines(page), 'at the start');
      await page.locator('#objectives').screenshot({ path: `${shots}extinction-objectives-start.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(300);
      checkLines(await objectiveLines(page), 'on a phone');
      await page.locator('#objectives').scrollIntoViewIfNeeded();
      await page.locator('#objectives').screenshot({ path: `${shots}extinction-objectives-phone.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  },
  {
    name: 'dopamine-extinction objective: played by keyboard at fast-forward, the panel shows the trained burst and its extinction, as headless',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      const headless = runLevel(levelWith(ID), { stopWhenGoalMet: true });
      assert(headless.ok, 'the headless run failed');
      const value = (id: string) => headless.result.objectives.find((o) => o.id === id)?.value ?? Number.NaN;
      await openFromLink(page, url);
      await closeCards(page);
      // Keyboard only: 3 picks fast-forward; Space plays if the page is paused.
      await page.locator('#sim-view').focus();
      await page.keyboard.press('3');
      if (await page.evaluate(() => window.__synaptica!.mode() === 'paused')) await page.keyboard.press('Space');
      await page.waitForFunction(() => window.__synaptica!.mode() === 'fastForward', null, { timeout: 5000 });
      await page.waitForSelector('#level-result-dialog[open]', { timeout: 240_000 });
      await page.screenshot({ path: `${shots}extinction-result.png` });
      await closeCards(page);
      const lines = await objectiveLines(page);
      checkLines(lines, 'at the goal');
      const hz = (line: string) => Number(/: ([\d.]+) Hz/.exec(line)?.[1]);
      assert(hz(lines[1]) >= 15 && Math.abs(hz(lines[1]) - value('cueBurstLearned')) < 0.1, `trained burst "${lines[1]}", headless ${value('cueBurstLearned')}`);
      assert(hz(lines[0]) <= 8 && Math.abs(hz(lines[0]) - value('cueBurstGone')) < 0.1, `extinguished burst "${lines[0]}", headless ${value('cueBurstGone')}`);
      await page.locator('#objectives').screenshot({ path: `${shots}extinction-objectives-met.png` });
      await page.screenshot({ path: `${shots}extinction-page-met.png` });
    },
  },
];
