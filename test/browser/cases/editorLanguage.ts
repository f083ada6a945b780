// The level editor in Spanish (?editor&locale=es): starting from the eyeblink template, the toolbar,
// the section headings, the generated forms (labels from the schema's keys), the Problems list and
// the Undo label read in Spanish, no raw key shows, and the longer Spanish labels fit at 1280x800 and
// on a 390x844 phone (nothing wider than the screen). Screenshots: test-output/i18neditor/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/i18neditor/', import.meta.url));

async function textOf(page: Parameters<TestCase['run']>[0], selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent())?.trim() ?? '';
}

const editorInSpanish: TestCase = {
  name: 'editor language: ?editor&locale=es reads Spanish (toolbar, forms, Problems list, undo label) and fits a phone',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    await page.goto(`${url}?editor&locale=es`);
    await page.waitForSelector('#editor-view:not([hidden])');
    assert(await textOf(page, '#ed-start-title') === 'Empezar un nivel', `the start panel says "${await textOf(page, '#ed-start-title')}"`);
    const template = await textOf(page, '[data-template="cerebellum"]');
    assert(template === 'Condicionamiento del parpadeo', `the eyeblink template is called "${template}"`);
    await page.click('[data-template="cerebellum"]');
    await page.waitForSelector('[id="ed-f-title"]');
    const title = await page.inputValue('[id="ed-f-title"]');
    assert(title === 'Mi nivel de condicionamiento del parpadeo', `a new level from the template is titled "${title}"`);
    for (const [selector, expected] of [
      ['#editor-title', 'Editor de niveles'], ['#ed-play', 'Jugar'], ['#ed-sec-network-title', 'Red'], ['#ed-problems-title', 'Problemas'],
      ['label[for="ed-f-title"]', 'Título'], ['label[for="ed-f-dtMs"]', 'Paso de tiempo (ms)'],
    ] as const) {
      const text = await textOf(page, selector);
      assert(text === expected, `${selector} reads "${text}", not "${expected}"`);
    }
    // An edit: the Undo button names it in Spanish (one message: "Cambiar título").
    await page.fill('[id="ed-f-title"]', 'Parpadeo en clase');
    await page.press('[id="ed-f-title"]', 'Tab');
    await page.waitForFunction(() => document.getElementById('ed-undo')?.textContent === 'Deshacer: Cambiar título', null, { timeout: 5000 })
      .catch(async () => { throw new Error(`the undo button reads "${await textOf(page, '#ed-undo')}"`); });
    // A problem: the Problems list says it in Spanish, the place in the form's words.
    await page.fill('[id="ed-f-seed"]', '-3');
    await page.press('[id="ed-f-seed"]', 'Tab');
    await page.waitForFunction(() => /^1 problema:/.test(document.querySelector('.ed-problems-summary')?.textContent ?? ''), null, { timeout: 5000 })
      .catch(async () => { throw new Error(`the problems summary reads "${await textOf(page, '.ed-problems-summary')}"`); });
    const problem = await textOf(page, '.ed-problems-list button');
    assert(problem.startsWith('Semilla: '), `the problem reads "${problem}"`);
    const help = await textOf(page, '[id="ed-f-dtMs"] ~ .ed-help');
    assert(help.includes('Paso de tiempo de la simulación en ms.'), `the time step's help reads "${help}"`);
    const visible = await page.evaluate(() => document.getElementById('editor-view')?.innerText ?? '');
    const raw = visible.match(/\[editor\.[^\]]*\]/);
    assert(raw === null, `a raw key shows: ${raw?.[0]}`);
    await page.screenshot({ path: `${shots}editor-es-1280x800.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => document.getElementById('ed-sec-network')?.scrollIntoView({ block: 'start' }));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `the Spanish editor is ${overflow} px wider than a 390 px phone`);
    await page.screenshot({ path: `${shots}editor-es-390x844.png` });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}editor-es-390x844-top.png` });
  },
};

export const tests: TestCase[] = [editorInSpanish];
