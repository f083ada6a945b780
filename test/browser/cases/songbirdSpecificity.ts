// songbird-white-noise's specificity objective as a player sees it (issue 13, item 4): the intro card
// says what the goal measures, and the objectives panel reads "Other syllables' largest shift (share
// of syllable 1's)" with its goal in %, never a metric id. Screenshots at 1280×800 and 390×844 go to
// test-output/songbird/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, passLevelCards, viewport, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/songbird/', import.meta.url));
const ID_SHAPE = /\b[a-z]+[A-Z][A-Za-z0-9]*\b/;

export const tests: TestCase[] = [
  {
    name: 'songbird specificity: the white-noise card and objectives say what the goal measures (1280×800, 390×844)',
    async run(page, url) {
      mkdirSync(shots, { recursive: true });
      for (const size of [viewport, { width: 390, height: 844 }]) {
        await page.setViewportSize(size);
        await page.goto(url);
        await page.waitForSelector('#level-select[data-ready="true"]');
        await page.evaluate(() => window.__synaptica!.openLevel('songbird-white-noise', true));
        await page.waitForSelector('#level-intro-dialog[open]', { timeout: 15_000 });
        const intro = (await page.locator('#level-intro-dialog').textContent()) ?? '';
        assert(intro.includes('at most a third as much'), `the intro card does not say what the specificity goal asks: "${intro.slice(0, 400)}"`);
        await page.screenshot({ path: `${shots}white-noise-intro-${size.width}.png` });
        await passLevelCards(page);
        const item = page.locator('#objectives-list li[data-objective="specific"]');
        await item.waitFor({ timeout: 10_000 });
        await item.scrollIntoViewIfNeeded();
        const text = (await item.textContent()) ?? '';
        assert(text.includes('Other syllables\' largest shift (share of syllable 1\'s)'), `the specificity objective reads "${text}"`);
        assert(text.includes('≤ 33%'), `the specificity objective does not show its goal in %: "${text}"`);
        assert(!ID_SHAPE.test(text), `an internal id shows in the objective: "${text}"`);
        const all = (await page.locator('#objectives-list').textContent()) ?? '';
        assert(!all.includes('otherSyllablesShiftPercent') && !all.includes('syllablePitchShift'), `a metric id shows in the objectives: "${all}"`);
        await page.screenshot({ path: `${shots}white-noise-objectives-${size.width}.png` });
      }
      await page.setViewportSize(viewport);
    },
  },
];
