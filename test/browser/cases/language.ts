// The page in other languages: Spanish from a link and from the language menu (kept with the settings
// across a reload), and the layout in the pseudo-locales (en-XA: every string about twice as long;
// ar-XB: right-to-left) at a desktop and a phone viewport. Screenshots go to test-output/i18ngame/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { assert, tabTo, viewport, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/i18ngame/', import.meta.url));
const phone = { width: 390, height: 844 };

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}${name}.png` });
}

const text = async (page: Page, selector: string): Promise<string> => ((await page.locator(selector).first().textContent()) ?? '').trim();

/** Visible text that is a key in brackets: a string the page asked for and no file had. */
async function missingKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.body.innerText.matchAll(/\[(?:game|scene|common|editor|classroom|results|access|offline)\.[\w.-]+\]/g)].map((m) => m[0]));
}

/** Elements (visible, with a box) that reach past the viewport's left or right edge, and whether the page scrolls sideways. */
/**
 * The scene's canvas is resized by the page on the next frames after the viewport changes (a resize
 * observer): wait for that (at most 3 s) before measuring, as a person sees the settled page. A
 * canvas that never fits is still measured and reported below.
 */
async function canvasFollowsResize(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvas = document.querySelector('canvas');
    if (!canvas) return true;
    const box = canvas.getBoundingClientRect();
    return box.left >= -1 && box.right <= document.documentElement.clientWidth + 1;
  }, null, { timeout: 3000, polling: 'raf' }).catch(() => undefined);
}

async function overflow(page: Page): Promise<{ pageScrolls: boolean; outside: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const outside: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || (box.right <= width + 1 && box.left >= -1)) continue;
      // Hidden on purpose (the visually-hidden pattern is a 1 px box, skipped above).
      if (el.closest('.visually-hidden, [hidden], dialog:not([open])')) continue;
      outside.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    }
    return { pageScrolls: document.documentElement.scrollWidth > width, outside: outside.slice(0, 8) };
  });
}

const spanish: TestCase = {
  name: 'language: ?locale=es gives the welcome, header, help and level panels in Spanish with decimal commas; the language menu switches by keyboard and the choice survives a reload',
  async run(page, url) {
    await page.goto(`${url}?locale=es`);
    await page.waitForSelector('#welcome-dialog[open]', { timeout: 10_000 });
    assert(await page.evaluate(() => document.documentElement.lang) === 'es', 'html lang is not "es"');
    assert(await text(page, '#welcome-title') === 'Te damos la bienvenida a Synaptica', `welcome title: ${await text(page, '#welcome-title')}`);
    assert(await text(page, '#welcome-start') === 'Empezar la campaña', `welcome start: ${await text(page, '#welcome-start')}`);
    await shot(page, 'es-welcome-1280');
    // Esc is free play: chapter 1's sandbox, with its panels.
    await page.keyboard.press('Escape');
    await page.waitForSelector('#level-select[data-ready="true"]');
    await page.waitForFunction(() => window.__synaptica!.levelId() !== null, null, { timeout: 10_000 });
    const expected: Array<[string, string]> = [
      ['#campaign-open', 'Campaña'], ['#help', 'Ayuda ?'], ['#more-toggle', 'Más'], ['#step-trial', 'Avanzar ensayo'],
      ['#speed-group legend', 'Velocidad'], ['#lesson-title', 'Objetivo'], ['#objectives-title', 'Metas'],
      ['#player-actions-title', 'Lo que puedes hacer'], ['#plot-exports-title', 'Gráficas'], ['#inspector-title', 'Inspector'],
      ['.language-control span', 'Idioma'], ['.level-control span', 'Nivel'],
    ];
    for (const [selector, want] of expected) {
      const got = await text(page, selector);
      assert(got === want, `${selector} says "${got}", not "${want}"`);
    }
    const status = await text(page, '#status');
    assert(/Tiempo simulado/.test(status) && /Tasa de espigas/.test(status) && !/Sim time|Spike rate|Paused|Running|Loading/.test(status), `status line: ${status}`);
    // Free play runs at once (the button offers Pause): the clock shows a fraction, with a comma and three decimals.
    assert(['Reproducir', 'Pausa'].includes(await text(page, '#play-pause')), `play button: ${await text(page, '#play-pause')}`);
    await page.waitForFunction(() => /^\d+,\d{3}\s?s$/.test(document.getElementById('status-time')?.textContent ?? ''), null, { timeout: 10_000, polling: 100 })
      .catch(async () => { throw new Error(`sim time is not written with a decimal comma: ${await text(page, '#status-time')}`); });
    assert(/^\d+,\d\s?Hz$/.test(await text(page, '#status-rate')), `rate: ${await text(page, '#status-rate')}`);
    await page.keyboard.press('?');
    await page.waitForSelector('#help-dialog[open]');
    assert(await text(page, '#help-title') === 'Atajos de teclado', `help title: ${await text(page, '#help-title')}`);
    const helpText = await text(page, '#help-keys');
    assert(helpText.includes('Espacio') && helpText.includes('Reiniciar el nivel') && !helpText.includes('Reset the level'), `help table: ${helpText.slice(0, 200)}`);
    await shot(page, 'es-help-1280');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#help-dialog[open]', { state: 'detached' });
    assert((await missingKeys(page)).length === 0, `keys shown in brackets: ${(await missingKeys(page)).join(', ')}`);
    await shot(page, 'es-level-1280');
    const level = await page.evaluate(() => window.__synaptica!.levelId());

    // The language menu, by keyboard: English is first; the arrow only browses, Enter switches (a reload).
    await tabTo(page, 'language-select');
    const options = await page.locator('#language-select option').evaluateAll((os) => os.map((o) => `${(o as HTMLOptionElement).value}:${o.getAttribute('lang')}:${o.textContent}`));
    assert(options.join('|') === 'en:en:English|es:es:Español', `language options: ${options.join('|')}`);
    await page.keyboard.press('ArrowUp');
    assert(await page.evaluate(() => document.documentElement.lang) === 'es', 'the arrow key alone reloaded the page');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await page.waitForSelector('#level-select[data-ready="true"]');
    assert(!page.url().includes('locale='), `the address kept locale=: ${page.url()}`);
    assert(await page.evaluate(() => document.documentElement.lang) === 'en' && await text(page, '#campaign-open') === 'Campaign', 'the page did not switch to English');
    assert(await page.evaluate(() => window.__synaptica!.levelId()) === level, 'the level did not stay open across the switch');
    const englishTitle = await text(page, '#level-select option:checked');
    // Back to Spanish from the menu: with no locale= in the address, only the saved choice can make it Spanish.
    await Promise.all([page.waitForEvent('load'), page.locator('#language-select').selectOption('es')]);
    await page.waitForSelector('#level-select[data-ready="true"]');
    await page.evaluate(() => window.__synaptica!.flushProgress());
    assert(await page.evaluate(() => window.__synaptica!.progress().settings.locale) === 'es', 'the choice is not in the saved settings');
    assert(await text(page, '#campaign-open') === 'Campaña' && await page.locator('#language-select').inputValue() === 'es', 'the saved Spanish did not come back after the reload');
    // The level menu's titles follow the saved choice too (they are listed after it is read).
    const spanishTitle = await text(page, '#level-select option:checked');
    assert(spanishTitle !== englishTitle, `the level menu still says "${spanishTitle}" in Spanish`);
  },
};

const layout: TestCase = {
  name: 'language: en-XA (twice as long) and ar-XB (right-to-left) at 1280x800 and 390x844: nothing reaches past the viewport sideways',
  async run(page, url) {
    const problems: string[] = [];
    for (const locale of ['en-XA', 'ar-XB']) {
      await page.setViewportSize(viewport);
      await page.goto(`${url}?locale=${locale}&level=izhikevich-2003`);
      await page.waitForSelector('#level-select[data-ready="true"]');
      await page.waitForFunction(() => window.__synaptica!.levelId() !== null, null, { timeout: 10_000 });
      // One load per locale; the phone layout is the same page narrowed (style.css's media queries).
      for (const size of [viewport, phone]) {
        await page.setViewportSize(size);
        await canvasFollowsResize(page);
        const dir = await page.evaluate(() => document.documentElement.dir);
        if (dir !== (locale === 'ar-XB' ? 'rtl' : 'ltr')) problems.push(`${locale}: dir="${dir}"`);
        const found = await overflow(page);
        if (found.pageScrolls || found.outside.length > 0) problems.push(`${locale} ${size.width}x${size.height}: ${found.pageScrolls ? 'the page scrolls sideways; ' : ''}${found.outside.join('; ')}`);
        await shot(page, `${locale}-level-${size.width}`);
        if (size === phone) {
          await page.locator('#more-toggle').click();
          const opened = await overflow(page);
          if (opened.pageScrolls || opened.outside.length > 0) problems.push(`${locale} phone, More open: ${opened.outside.join('; ')}`);
          await shot(page, `${locale}-more-${size.width}`);
          await page.locator('#more-toggle').click();
        }
        await page.keyboard.press('?');
        await page.waitForSelector('#help-dialog[open]');
        const help = await overflow(page);
        if (help.pageScrolls || help.outside.length > 0) problems.push(`${locale} ${size.width}: help dialog: ${help.outside.join('; ')}`);
        await shot(page, `${locale}-help-${size.width}`);
        await page.keyboard.press('Escape');
        await page.waitForSelector('#help-dialog[open]', { state: 'detached' });
      }
    }
    assert(problems.length === 0, problems.join('\n'));
  },
};

export const tests: TestCase[] = [spanish, layout];
