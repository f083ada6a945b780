// Labels: what the canvas says names populations and axes for a player, never by internal id
// ("mossyFibres", "timeCells", "exc", "hvc"), on the levels where a newcomer met them. Reads the
// strings the page reports (data-canvas-texts on #sim-view). Screenshots go to test-output/fixplots/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, openPlainLevel, waitForTicks, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/fixplots/', import.meta.url));

/** Ids a newcomer saw on screen; none may be a whole label or a raster band's name again. */
const INTERNAL_IDS = ['mossyFibres', 'timeCells', 'exc', 'inh', 'hvc', 'ra', 'lman', 'granule', 'purkinje', 'vta', 'value'];
/** Units written in mixed case, which are not ids. */
const UNITS = new Set(['kHz', 'mV', 'pA', 'nS', 'mM', 'μM']);

async function canvasTexts(page: Page): Promise<string[]> {
  // The page refreshes the list a few times a second; wait until it holds something.
  await page.waitForFunction(() => (document.getElementById('sim-view')?.dataset.canvasTexts ?? '') !== '', null, { timeout: 10_000 });
  return ((await page.locator('#sim-view').getAttribute('data-canvas-texts')) ?? '').split('\n');
}

/** Fails on a camelCase word (an id like "mossyFibres"), a label that is a bare id, or a code underscore. */
function checkNoIds(level: string, texts: readonly string[]): void {
  for (const text of texts) {
    const camel = [...text.matchAll(/\b[a-z]+[A-Z][A-Za-z]*\b/g)].find((m) => !UNITS.has(m[0]));
    assert(!camel, `${level}: "${text}" shows the id "${camel?.[0]}"`);
    const bare = text.replace(/\s*\(\d[\d.,k]*\)$/, '').trim();
    assert(!INTERNAL_IDS.includes(bare), `${level}: the canvas shows the bare id "${text}"`);
    assert(!/\b\w+_\w+\b/.test(text), `${level}: "${text}" has a code underscore`);
  }
}

function testLevel(id: string, ticks: number, expected: readonly string[]): TestCase {
  return {
    name: `labels: ${id} names its populations and axes for a player (no internal ids on the canvas)`,
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await openPlainLevel(page, url, id);
      await waitForTicks(page, ticks, 40_000);
      const texts = await canvasTexts(page);
      await page.screenshot({ path: `${shots}labels-${id}.png` });
      checkNoIds(id, texts);
      for (const want of expected) assert(texts.some((t) => t.startsWith(want)), `${id}: no canvas label starts with "${want}"; labels: ${texts.join(' | ')}`);
    },
  };
}

export const tests: TestCase[] = [
  testLevel('eyeblink-acquisition', 4000, ['Mossy fibres', 'Purkinje cells', 'Trial']),
  testLevel('dopamine-omission', 4000, ['Striatum', 'Dopamine cells when juice was due']),
  testLevel('songbird-tutor', 4000, ['HVC', 'RA', 'LMAN']),
  testLevel('izhikevich-2003', 2000, ['Excitatory', 'Inhibitory']),
];
