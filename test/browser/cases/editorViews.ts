// The editor's network canvas and timeline in real Chromium, driven by mouse and by keyboard only:
// add two populations, connect them by dragging, move one, move a timeline event by dragging and by
// arrow keys, undo through the editor; axe finds no serious or critical violation; screenshots at
// 1280x800 and 390x844 in test-output/editorviews/. Until the editor page lands, the views run on a
// test page (test/browser/editorViews/) built here with vite and served through Playwright's router.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, tabTo, type TestCase } from '../harness';

const pageRoot = fileURLToPath(new URL('../editorViews/', import.meta.url));
const siteDir = fileURLToPath(new URL('../../../test-output/editorviews/site/', import.meta.url));
const shotDir = fileURLToPath(new URL('../../../test-output/editorviews/', import.meta.url));
const ORIGIN = 'http://editorviews.test';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

let built: Promise<void> | null = null;
async function buildPage(): Promise<void> {
  const { build } = await import('vite');
  await build({ root: pageRoot, base: './', configFile: false, logLevel: 'warn', build: { outDir: siteDir, emptyOutDir: true, target: 'es2022' } });
}

type Draft = Record<string, unknown> & { populations?: { id: string; layout?: { x: number; y: number } }[]; projections?: { from: string; to: string; receptor: string }[] };

async function openViews(page: Page, level: string): Promise<void> {
  built ??= buildPage();
  await built;
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(siteDir, path === '/' ? 'index.html' : path);
    await route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
  });
  await page.goto(`${ORIGIN}/?level=${level}`);
  await page.waitForSelector('.network-canvas .nc-svg');
  await page.waitForSelector('.timeline-editor');
}

const draft = (page: Page): Promise<Draft> => page.evaluate(() => window.__editorViews!.draft() as Draft);
const history = (page: Page): Promise<readonly string[]> => page.evaluate(() => window.__editorViews!.history());
const activeKey = (page: Page): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? (document.activeElement as HTMLElement | null)?.dataset?.eventKey ?? null);

async function centerOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  assert(box, `${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ include: [['.network-canvas'], ['.timeline-editor']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 4).map((n) => JSON.stringify(n.target)).join(' ')}`);
}

const P1 = '[data-key="population:population"]';
const P2 = '[data-key="population:population2"]';

export const tests: TestCase[] = [
  {
    name: 'editorViews: by mouse, add two populations, connect them by dragging from the port, move one, undo each step',
    async run(page) {
      await openViews(page, 'blank');
      await page.click('.nc-toolbar button:has-text("Add population")');
      await page.click('.nc-toolbar button:has-text("Add population")');
      let current = await draft(page);
      assert(current.populations?.map((p) => p.id).join() === 'population,population2', `two populations: ${JSON.stringify(current.populations)}`);
      assert((await page.locator(`${P1} .nc-label`).textContent()) === 'Population', 'the first box reads "Population"');
      // Its <title> is its accessible name, starting with the words on the box.
      assert(await page.getByRole('button', { name: 'Population 2, Izhikevich · 10 neurons (population)', exact: true }).count() === 1, 'the second box is a button named by its words');
      await drag(page, await centerOf(page, `${P1} .nc-port`), await centerOf(page, P2));
      current = await draft(page);
      assert(current.projections?.length === 1 && current.projections[0].from === 'population' && current.projections[0].to === 'population2',
        `a projection from the first to the second: ${JSON.stringify(current.projections)}`);
      assert(await page.locator('[data-key="projection:0"] .nc-edge-line').count() === 1, 'the arrow is drawn');
      const before = current.populations![1].layout!;
      const start = await centerOf(page, P2);
      await drag(page, start, { x: start.x + 40, y: start.y + 120 });
      current = await draft(page);
      const after = current.populations![1].layout!;
      assert(after.y > before.y + 1 && after.x > before.x, `moved down and right: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
      const steps = await history(page);
      assert(steps.at(-1) === 'Move Population 2' && steps.length === 4, `one undo step per gesture: ${steps.join(' | ')}`);
      await page.click('#ev-undo');
      assert(JSON.stringify((await draft(page)).populations![1].layout) === JSON.stringify(before), 'undo puts the box back');
      await page.click('#ev-undo');
      assert(((await draft(page)).projections ?? []).length === 0, 'undo removes the projection');
      // An input into the selected population and a dopamine pool, each its own box, each one undo step.
      await page.click(P1);
      await page.click('.nc-toolbar button:has-text("Add input")');
      await page.click('.nc-toolbar button:has-text("Add dopamine pool")');
      const added = await draft(page) as Draft & { stimuli: { target: string }[]; modulators: { kind: string }[] };
      assert(added.stimuli.at(-1)?.target === 'population' && added.modulators.at(-1)?.kind === 'dopamine', `input and pool added: ${JSON.stringify([added.stimuli, added.modulators])}`);
      assert(await page.locator('.nc-modulator').count() === 1 && await page.locator('.nc-edge-stimulus').count() === 1, 'the pool and the input arrow are drawn');
      await page.click('#ev-undo');
      await page.click('#ev-undo');
      // Escape during a drag puts the box back and makes no edit.
      const stepsBefore = (await history(page)).length;
      const box = await centerOf(page, P2);
      await page.mouse.move(box.x, box.y);
      await page.mouse.down();
      await page.mouse.move(box.x + 80, box.y + 80, { steps: 5 });
      await page.keyboard.press('Escape');
      await page.mouse.up();
      assert((await history(page)).length === stepsBefore, 'Escape cancels the drag');
      const back = await centerOf(page, P2);
      assert(Math.abs(back.x - box.x) < 1 && Math.abs(back.y - box.y) < 1, `the box is back: ${JSON.stringify(box)} → ${JSON.stringify(back)}`);
      // A drag released over empty canvas makes nothing.
      const port = await centerOf(page, `${P1} .nc-port`);
      await drag(page, port, { x: port.x + 5, y: port.y + 260 });
      assert(((await draft(page)).projections ?? []).length === 0, 'no projection from a drag into empty space');
    },
  },
  {
    name: 'editorViews: by keyboard only, add two populations, move one with the arrow keys, connect with C and Enter, Escape cancels, Delete removes, Ctrl+Z undoes',
    async run(page) {
      await openViews(page, 'blank');
      await tabTo(page, '.nc-toolbar button:first-child');
      await page.keyboard.press('Enter');
      assert(await activeKey(page) === 'population:population', 'the new population has focus');
      await tabTo(page, '.nc-toolbar button:first-child');
      await page.keyboard.press('Enter');
      assert(await activeKey(page) === 'population:population2', 'the second population has focus');
      const before = (await draft(page)).populations![1].layout!;
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Shift+ArrowRight');
      const after = (await draft(page)).populations![1].layout!;
      assert(after.y > before.y && after.x > before.x, `arrow keys moved it: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
      assert(await activeKey(page) === 'population:population2', 'focus stays on the moved box');
      await page.keyboard.press('c');
      assert((await page.locator('.nc-status').textContent())?.includes('Connecting from Population 2'), 'the status says how to pick the target');
      await page.keyboard.press('Escape');
      assert((await page.locator('.nc-status').textContent())?.includes('cancelled'), 'Escape cancels connecting');
      await page.keyboard.press('c');
      await page.keyboard.press('Shift+Tab');
      assert(await activeKey(page) === 'population:population', 'Shift+Tab reaches the other population');
      await page.keyboard.press('Enter');
      const link = (await draft(page)).projections ?? [];
      assert(link.length === 1 && link[0].from === 'population2' && link[0].to === 'population', `connected by keyboard: ${JSON.stringify(link)}`);
      assert(await activeKey(page) === 'projection:0', 'the new projection has focus');
      await page.keyboard.press('Delete');
      assert(((await draft(page)).projections ?? []).length === 0, 'Delete removes the projection');
      await page.keyboard.press('Control+z');
      assert(((await draft(page)).projections ?? []).length === 1, 'Ctrl+Z brings it back');
      const steps = await history(page);
      assert(steps.join(' | ') === 'Add Population | Add Population 2 | Move Population 2 | Move Population 2 | Connect Population 2 to Population', `undo labels: ${steps.join(' | ')}`);
    },
  },
  {
    name: 'editorViews: timeline, drag the puff later (it stays timed from the tone) and longer, arrow keys move the tone and the puff follows, undo',
    async run(page) {
      await openViews(page, 'eyeblink-acquisition');
      const puff = page.locator('[data-event-key="0:1"]');
      assert((await puff.getAttribute('aria-label')) === 'Puff (US) at 250 ms (250 ms after Tone (cue)), lasts 20 ms', `puff described: ${await puff.getAttribute('aria-label')}`);
      const track = await page.locator('.tl-row').first().locator('.tl-track').boundingBox();
      assert(track, 'the track is on screen');
      const msPerPx = 650 / track.width;
      const start = await centerOf(page, '[data-event-key="0:1"]');
      await drag(page, { x: start.x - 2, y: start.y }, { x: start.x - 2 + 100 / msPerPx, y: start.y });
      const puffAt = () => draft(page).then((d) => (d as { timeline: { sessions: { phases: { trialTypes: { events: { at: { after?: string; ms: number } }[] }[] }[] }[] } }).timeline.sessions[0].phases[0].trialTypes[0].events);
      let events = await puffAt();
      assert(events[1].at.after === 'tone' && Math.abs(events[1].at.ms - 350) <= 10 && events[1].at.ms % 5 === 0, `dragged ~100 ms later, snapped, still after the tone: ${JSON.stringify(events[1].at)}`);
      const dragged = events[1].at.ms;
      // Its right edge makes it longer: ~30 ms more, snapped.
      const edge = await centerOf(page, '[data-event-key="0:1"] .tl-resize');
      await drag(page, edge, { x: edge.x + 30 / msPerPx, y: edge.y });
      events = await puffAt();
      const puffLength = (events[1] as unknown as { durationMs: number }).durationMs;
      assert(puffLength >= 45 && puffLength <= 55 && puffLength % 5 === 0 && events[1].at.ms === dragged, `the puff lasts ~50 ms now: ${JSON.stringify(events[1])}`);
      await page.locator('[data-event-key="0:0"]').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      events = await puffAt();
      assert(events[0].at.ms === 55, `the tone moved 5 + 50 ms: ${JSON.stringify(events[0].at)}`);
      assert(events[1].at.ms === dragged, 'the puff keeps its offset from the tone');
      assert((await puff.getAttribute('aria-label'))?.startsWith(`Puff (US) at ${55 + dragged} ms`), `the puff follows on screen: ${await puff.getAttribute('aria-label')}`);
      await page.keyboard.press('ArrowUp');
      events = await puffAt();
      assert((events[0] as unknown as { durationMs: number }).durationMs === 655, 'Up lengthens the tone by 5 ms');
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      events = await puffAt();
      assert(events[0].at.ms === 0 && events[1].at.ms === dragged, `undo takes the key moves back: ${JSON.stringify(events.map((e) => e.at))}`);
      const steps = await history(page);
      assert(steps.join(' | ') === 'Move Puff (US) | Change the length of Puff (US)', `history: ${steps.join(' | ')}`);
      // Add a reward to the probe row and a trial type; set the phase's trials.
      const probe = page.locator('.tl-row').nth(1);
      await probe.locator('select.tl-add-kind').selectOption('reward');
      await probe.locator('button[data-action="add-event"]').click();
      assert(await activeKey(page) === '1:1', 'the new event has focus');
      await page.locator('.tl-phasebar input[type="number"]').first().fill('40');
      await page.keyboard.press('Tab');
      const phase = ((await draft(page)) as { timeline: { sessions: { phases: { trials: number }[] }[] } }).timeline.sessions[0].phases[0];
      assert(phase.trials === 40, `trials set: ${phase.trials}`);
    },
  },
  {
    name: 'editorViews: by keyboard only, give a level without a timeline its first phase and an event, move it, undo',
    async run(page) {
      await openViews(page, 'izhikevich-2003');
      await tabTo(page, '.tl-add-first', 60);
      await page.keyboard.press('Enter');
      assert(await page.evaluate(() => document.activeElement?.classList.contains('tl-add-kind')), 'focus moves to the event chooser');
      assert((await page.locator('select.tl-add-kind').inputValue()) === 'cue', 'a cue is offered first');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const key = await activeKey(page);
      assert(key === '0:0', `the new event has focus: ${key}`);
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('ArrowRight');
      const events = () => draft(page).then((d) => (d as { timeline: { sessions: { phases: { trialTypes: { events: { at: { ms: number } }[] }[] }[] }[] } }).timeline.sessions[0].phases[0].trialTypes[0].events);
      assert((await events())[0].at.ms === 105, `moved to 105 ms: ${JSON.stringify(await events())}`);
      await page.keyboard.press('Control+z');
      assert((await events())[0].at.ms === 100, 'undo takes one key press back');
      assert((await history(page)).slice(0, 2).join(' | ').startsWith('Add a trial timeline | Add '), `history: ${(await history(page)).join(' | ')}`);
    },
  },
  {
    name: 'editorViews: axe finds no serious or critical violation; screenshots at 1280x800 and 390x844',
    async run(page) {
      mkdirSync(shotDir, { recursive: true });
      const found: string[] = [];
      for (const level of ['dopamine-acquisition', 'eyeblink-acquisition', 'izhikevich-2003', 'blank']) {
        await page.setViewportSize({ width: 1280, height: 800 });
        await openViews(page, level);
        if (level === 'blank') {
          await page.click('.nc-toolbar button:has-text("Add population")');
          await page.click('.nc-toolbar button:has-text("Add population")');
          await drag(page, await centerOf(page, `${P1} .nc-port`), await centerOf(page, P2));
          assert(await page.locator('.nc-stimulus.nc-has-problem').count() === 1, 'the stimulus aimed at a missing population shows a problem');
        }
        found.push(...(await seriousViolations(page)).map((v) => `${level}: ${v}`));
        await page.screenshot({ path: join(shotDir, `${level}-1280.png`), fullPage: true });
        await page.setViewportSize({ width: 390, height: 844 });
        await page.screenshot({ path: join(shotDir, `${level}-390.png`), fullPage: true });
        found.push(...(await seriousViolations(page)).map((v) => `${level} (phone): ${v}`));
      }
      assert(found.length === 0, `axe:\n    ${found.join('\n    ')}`);
    },
  },
];
