// What a newcomer meets in the level editor, checked in Chromium at a 390x844 phone and at 1280x800:
// templates come with example lesson texts; the header (Undo, Redo, Play, Export) stays on screen while
// the page scrolls and Undo keeps its width; Export jumps to the exports; labels are words, not ids; a
// population's neuron type is a choice of the draft's types; the timeline's ruler has its tracks' edges;
// connecting in the network drawing ends when focus leaves it; Ctrl+V pastes the editor's own copy
// when the browser denies the clipboard. axe finds no serious or critical violation. Screenshots in
// test-output/ux14/.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, tabTo, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/ux14/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };

async function seriousAxe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [['#editor-view']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

/** Opens the editor and starts from a template with the keyboard. */
async function startFrom(page: Page, url: string, template: string): Promise<void> {
  await page.goto(`${url}?editor`);
  await page.waitForSelector('#editor-view:not([hidden])');
  await tabTo(page, `[data-template="${template}"]`, 60);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[id="ed-f-title"]');
}

const inViewport = (page: Page, selector: string): Promise<boolean> => page.evaluate((sel) => {
  const box = document.querySelector(sel)?.getBoundingClientRect();
  return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0;
}, selector);

/** Visible labels, legends, list headings and section titles of the editor that read like ids. */
const idLikeLabels = (page: Page): Promise<string[]> => page.evaluate(() => [...document.querySelectorAll('#editor-view label, #editor-view legend, #editor-view summary, #editor-view h2, #editor-view h3, #editor-view option')]
  // A label around a choice (the timeline's phase bar) is its own words, not its options'.
  .map((e) => { const own = e.cloneNode(true) as Element; own.querySelectorAll('select').forEach((c) => c.remove()); return own.textContent?.trim() ?? ''; })
  // An option of a reference names the part's id first ("cell: Leaky integrate-and-fire"): the id is what the designer typed.
  .map((text) => text.replace(/^[\w-]+: /, ''))
  .filter((text) => /[a-z][A-Z]|_|\w\.\w|[a-z](Ms|Hz|Mv|Pa)\b|\[\]/.test(text)));

export const tests: TestCase[] = [
  {
    name: 'editorNewcomer: on a phone by keyboard, a template has lesson texts, the header stays on screen with a steady Undo, Export jumps to the exports, labels are words, the ruler fits its tracks, axe',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize(PHONE);
      await startFrom(page, url, 'cerebellum');
      for (const field of ['intro', 'goal', 'explanation', 'teacherNotes']) {
        const text = await page.inputValue(`[id="ed-f-lesson.${field}"]`);
        assert(text.length > 20, `the template's lesson ${field} is empty: "${text}"`);
      }
      const undoWidth = async () => (await page.locator('#ed-undo').boundingBox())?.width ?? 0;
      const before = await undoWidth();
      await page.focus('[id="ed-f-title"]');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('My first blink level');
      await page.keyboard.press('Tab');
      await page.waitForFunction(() => document.getElementById('ed-undo')?.textContent === 'Undo: Change title', null, { timeout: 5000 });
      assert(Math.abs(await undoWidth() - before) < 0.5, `Undo changed its width with its label: ${before} → ${await undoWidth()} px`);

      await page.evaluate(() => document.getElementById('ed-sec-lesson')?.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(200);
      for (const id of ['ed-undo', 'ed-redo', 'ed-play', 'ed-to-export']) assert(await inViewport(page, `#${id}`), `#${id} scrolled off the phone's screen`);
      await page.screenshot({ path: `${shots}lesson-390x844.png` });

      await page.evaluate(() => document.getElementById('ed-sec-timeline')?.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(200);
      const edges = await page.evaluate(() => {
        const ruler = document.querySelector('.tl-ruler')!.getBoundingClientRect();
        return [...document.querySelectorAll('.tl-track')].map((t) => { const r = t.getBoundingClientRect(); return [r.left - ruler.left, r.right - ruler.right]; });
      });
      assert(edges.length > 0 && edges.every(([left, right]) => Math.abs(left) <= 1 && Math.abs(right) <= 1), `the ruler's edges are not its tracks' edges: ${JSON.stringify(edges)}`);
      await page.screenshot({ path: `${shots}timeline-390x844.png` });

      await page.focus('#ed-to-export');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.closest('#ed-export') !== null, null, { timeout: 5000 });
      assert(await inViewport(page, '#ed-export-title'), 'Export did not bring the exports on screen');
      await page.screenshot({ path: `${shots}export-390x844.png` });

      await page.evaluate(() => document.querySelectorAll('#editor-view details').forEach((d) => { (d as HTMLDetailsElement).open = true; }));
      const idLike = await idLikeLabels(page);
      assert(idLike.length === 0, `labels that read like ids: ${idLike.slice(0, 10).join(' | ')}`);
      const violations = await seriousAxe(page);
      assert(violations.length === 0, `axe on the editor (phone):\n  ${violations.join('\n  ')}`);
    },
  },
  {
    name: 'editorNewcomer: free network: the neuron type is a choice, a new population gets a valid one; connecting ends when focus leaves the drawing; Ctrl+V pastes the editor\'s copy with the clipboard denied',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      // The browser refuses the system clipboard (as it may without permission).
      await page.addInitScript(`Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
        writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
        readText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });`);
      await startFrom(page, url, 'free-network');
      await page.click('#ed-sec-network .ed-section-body .ed-list:has(> legend:text-is("Populations")) summary');
      const typeField = '[id="ed-f-populations.0.type"]';
      assert(await page.locator(typeField).evaluate((e) => e.tagName) === 'SELECT', 'the neuron type is still free text');
      const options = await page.locator(`${typeField} option`).allTextContents();
      assert(options.length === 1 && options[0] === 'cell: Leaky integrate-and-fire', `type choices: ${JSON.stringify(options)}`);
      await page.click('[id="ed-add-populations"]');
      await page.waitForSelector('[id="ed-f-populations.2.type"]');
      assert(await page.inputValue('[id="ed-f-populations.2.type"]') === 'cell', `a new population's type is "${await page.inputValue('[id="ed-f-populations.2.type"]')}"`);
      await page.keyboard.press('Control+Z');
      await page.waitForFunction(() => document.querySelectorAll('[id^="ed-remove-populations."]').length === 2);
      await page.locator('#ed-sec-network').screenshot({ path: `${shots}network-1280x800.png` });

      // Connecting: C on a box starts it (a banner says so); moving the focus out of the drawing, a click
      // elsewhere or Escape ends it, and Enter on the other box afterwards makes no projection.
      const projections = () => page.evaluate(() => document.querySelectorAll('.network-canvas [data-key^="projection:"]').length);
      const count = await projections();
      const box = (id: string) => `.network-canvas [data-key="population:${id}"]`;
      for (const leave of ['focus a field', 'click elsewhere', 'Escape'] as const) {
        await page.focus(box('input'));
        await page.keyboard.press('c');
        await page.waitForSelector('.nc-mode:not([hidden])');
        if (leave === 'focus a field') await page.focus('[id="ed-f-title"]');
        else if (leave === 'click elsewhere') await page.click('#editor-title');
        else await page.keyboard.press('Escape');
        await page.waitForSelector('.nc-mode', { state: 'hidden', timeout: 3000 });
        await page.focus(box('output'));
        await page.keyboard.press('Enter');
        await page.waitForTimeout(100);
        assert(await projections() === count, `after "${leave}", Enter on a box still made a projection`);
      }
      await page.focus(box('input'));
      await page.keyboard.press('c');
      await page.waitForSelector('.nc-mode:not([hidden])');
      await page.locator('.network-canvas').screenshot({ path: `${shots}connecting-1280x800.png` });
      await page.keyboard.press('Escape');

      // Copy with the clipboard denied, then Ctrl+V (focus on a button, not in a field): the editor's own copy is pasted.
      await page.click('[id="ed-copy-populations.0"]');
      await page.focus('[id="ed-copy-populations.0"]');
      await page.keyboard.press('Control+V');
      await page.waitForFunction(() => document.querySelectorAll('[id^="ed-remove-populations."]').length === 3, null, { timeout: 5000 });
      assert((await page.textContent('#ed-undo')) === 'Undo: Paste 1 item', `undo says "${await page.textContent('#ed-undo')}"`);
      const violations = await seriousAxe(page);
      assert(violations.length === 0, `axe on the editor:\n  ${violations.join('\n  ')}`);
      await page.screenshot({ path: `${shots}pasted-1280x800.png` });
    },
  },
];
