// Teacher links (issue 15): a link with a lesson, locks, a seed and locale=es offers only its levels
// (level menu, campaign menu, Next) with those controls disabled or hidden; bad parameters warn on
// the closable warning line and nothing breaks; the builder (?teacher) makes a link that, opened in a
// fresh browser context, gives that lesson, draws its QR code, and prints the lesson sheet alone.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { encodeLessonLink } from '../../../src/levels/share/lessonLink';
import { loadLevel } from '../../../src/levels/loadLevel';
import { assert, passLevelCards, tabTo, viewport, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/links/', import.meta.url));
const phone = { width: 390, height: 844 };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's serious and critical WCAG 2.1 A/AA violations inside `selector`. */
async function seriousAxe(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [[within]] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, selector);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}${name}.png` });
}

const menuIds = (page: Page): Promise<string[]> => page.evaluate(() => [...document.querySelectorAll<HTMLOptionElement>('#level-select option')].map((o) => o.value));
const levelId = (page: Page): Promise<string | null> => page.evaluate(() => window.__synaptica!.levelId());

/** A lesson: a level of the teacher's own (stdp-pairing renamed) then a built-in, with locks in its settings. */
function lessonFragment(): string {
  const loaded = loadLevel(readFileSync(new URL('../../../levels/stdp-pairing.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('stdp-pairing does not load');
  const own = { ...loaded.level, id: 'class-pairing', title: 'Class pairing' };
  const lesson = encodeLessonLink({ title: 'Week 3: timing', levels: [own, 'spike-threshold'], params: { lock: 'speed,parameters,editor,open', audio: 'disabled' } });
  if (!lesson.ok) throw new Error(JSON.stringify(lesson.errors));
  return lesson.fragment;
}

export const tests: TestCase[] = [
  {
    name: 'teacher links · a lesson link with locks, seed=77 and locale=es offers only its levels in order, in Spanish, with those controls locked',
    async run(page, url) {
      await page.goto(`${url}?locale=es&seed=77#${lessonFragment()}`);
      await page.waitForFunction(() => window.__synaptica?.levelId() === 'yours.class-pairing', null, { timeout: 15_000 });
      await passLevelCards(page);
      assert(await page.evaluate(() => document.documentElement.lang) === 'es', '<html lang> is not es');
      assert(JSON.stringify(await menuIds(page)) === JSON.stringify(['yours.class-pairing', 'spike-threshold']), `the level menu offers ${JSON.stringify(await menuIds(page))}`);
      assert(await page.evaluate(() => (window.__synaptica!.levelData() as { seed?: number } | null)?.seed) === 77, 'the level did not spawn with seed 77');
      // Locks: fast-forward and the sliders disabled with the reason; editor, Open and sound controls hidden.
      const fast = page.locator('input[name="speed"][value="fast"]');
      assert(await fast.isDisabled(), 'fast-forward is not disabled');
      assert(await fast.getAttribute('title') === 'Bloqueado por el enlace de tu docente', `fast-forward's title is ${await fast.getAttribute('title')}`);
      const sliders = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('#player-actions-body input')].map((i) => i.disabled));
      assert(sliders.length > 0 && sliders.every(Boolean), `the level's settings are not all disabled: ${JSON.stringify(sliders)}`);
      for (const id of ['open-level', 'sound-controls']) assert(await page.locator(`#${id}`).isHidden(), `#${id} is visible`);
      // Its key (3) does not start fast-forward either.
      await page.locator('#play-pause').focus();
      await page.keyboard.press('3');
      await page.waitForTimeout(200);
      assert(await page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="speed"]:checked')?.value) === 'normal', 'the 3 key started fast-forward');
      await shot(page, 'lesson-locked-es-1280x800');
      // The campaign menu offers the same two levels in the lesson's order, under its title, and no editor.
      await page.keyboard.press('c');
      await page.waitForSelector('#campaign-dialog[open]');
      const menu = (await page.locator('#campaign-dialog').textContent()) ?? '';
      // The built-in level's title as the page shows it (in Spanish once its texts are translated).
      const spikeTitle = (await page.locator('#level-select option[value="spike-threshold"]').textContent()) ?? '?';
      assert(menu.includes('Week 3: timing') && menu.indexOf('Class pairing') >= 0 && menu.indexOf('Class pairing') < menu.indexOf(spikeTitle) && !menu.includes('Timing makes the synapse') && !menu.includes('2. '), `the campaign menu reads "${menu.slice(0, 300)}"`);
      assert(await page.locator('#campaign-editor').isHidden(), 'the editor button shows under lock=editor');
      assert(await page.locator('#campaign-teachers').count() === 0, 'a student\'s locked link offers "For teachers"');
      await page.setViewportSize(phone);
      await page.waitForTimeout(200);
      await shot(page, 'lesson-campaign-menu-es-390x844');
      await page.setViewportSize(viewport);
      await page.keyboard.press('Escape');
      // A reload keeps the lesson (the fragment stays in the address).
      assert(new URL(page.url()).hash.startsWith('#lesson='), `the address lost the lesson: ${page.url().slice(0, 120)}`);
    },
  },
  {
    name: 'teacher links · bad parameters warn on the closable line, naming each, and the page still works; lock=levels disables the menus',
    async run(page, url) {
      const long = 'x'.repeat(5000);
      await page.goto(`${url}?levels=nope,spike-threshold,%3Cscript%3Ealert(1)%3C/script%3E&audio=loud&seed=-5&lock=everything,levels&speed=fast&locale=xx&chapter=99&teacherNotes=${long}&allowLinks=false`);
      await page.waitForFunction(() => window.__synaptica?.levelId() === 'spike-threshold', null, { timeout: 15_000 });
      await passLevelCards(page);
      const warning = page.locator('#level-warning');
      assert(await warning.isVisible(), 'no warning shows');
      const text = (await warning.textContent()) ?? '';
      for (const part of ['audio=loud', 'seed=-5', 'speed=fast', 'locale=xx', 'chapter=99', 'lock=everything', 'levels=nope', 'teacherNotes=xxxx']) {
        assert(text.includes(part), `the warning does not name ${part}: "${text.slice(0, 600)}"`);
      }
      assert(!text.includes('x'.repeat(60)), 'a long value is not shortened');
      assert(await page.evaluate(() => document.querySelector('script:not([src])') === null), 'script text reached the DOM');
      assert(await page.locator('#level-select').isDisabled(), 'the level menu is not disabled under lock=levels');
      assert(await page.locator('#campaign-open').isDisabled(), 'the campaign button is not disabled under lock=levels');
      await page.keyboard.press('c');
      await page.waitForTimeout(300);
      assert(await page.locator('#campaign-dialog[open]').count() === 0, 'c opened the campaign menu under lock=levels');
      await shot(page, 'bad-parameters-1280x800');
      await page.setViewportSize(phone);
      await page.waitForTimeout(200);
      await shot(page, 'bad-parameters-390x844');
      await page.setViewportSize(viewport);
      await page.locator('#level-warning-close').click();
      assert(await warning.isHidden(), 'the warning did not close');
      // The level still runs.
      await page.keyboard.press('k');
      await page.waitForFunction(() => window.__synaptica!.tick() > 50, null, { timeout: 10_000 });
    },
  },
  {
    name: 'teacher links · the builder (?teacher) makes a link with a QR code and a printable sheet; the link opened in a fresh context gives that lesson',
    async run(page, url) {
      await page.goto(`${url}?teacher`);
      await page.waitForSelector('#teacher-view');
      assert(await page.locator('#welcome-dialog[open]').count() === 0, 'the welcome opened over the builder');
      // Keyboard: Space checks a level; the order list's ↓ moves it.
      await tabTo(page, '#teacher-level-stdp-pairing', 80);
      await page.keyboard.press('Space');
      await page.locator('#teacher-level-spike-threshold').check();
      await page.locator('#teacher-lock-speed').check();
      await page.locator('#teacher-seed').fill('5');
      await page.locator('#teacher-locale').selectOption('es');
      await page.locator('.teacher-chosen li:first-child .teacher-down').click();
      await page.waitForFunction(() => (document.getElementById('teacher-link') as HTMLTextAreaElement).value.includes('seed=5'));
      const link = await page.locator('#teacher-link').inputValue();
      assert(link.includes('levels=spike-threshold,stdp-pairing') && link.includes('lock=speed') && link.includes('locale=es'), `the link is ${link}`);
      const modules = Number(await page.locator('#teacher-qr').getAttribute('data-modules'));
      assert(modules >= 25 && (modules - 17) % 4 === 0, `the QR code has ${modules} modules`);
      assert(((await page.locator('#teacher-qr svg path').getAttribute('d')) ?? '').length > 500, 'the QR code is not drawn');
      const sheet = (await page.locator('#lesson-sheet').textContent()) ?? '';
      const [first, second] = [sheet.indexOf('1. What is a spike?'), sheet.indexOf('2. Order matters: a pairing protocol')];
      assert(first >= 0 && second > first && sheet.includes('Teacher notes') && sheet.includes('(answer)'), `the sheet reads "${sheet.slice(0, 300)}"`);
      assert(sheet.includes(link) && await page.locator('#lesson-sheet svg').count() === 1, 'the printed sheet does not carry the link and its QR code');
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, 'builder-1280x800');
      const violations = await seriousAxe(page, '#teacher-view');
      assert(violations.length === 0, `axe on the builder:\n  ${violations.join('\n  ')}`);
      await page.setViewportSize(phone);
      await page.waitForTimeout(200);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert(!sideways, 'the builder scrolls sideways on a phone');
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, 'builder-390x844');
      await page.setViewportSize(viewport);
      // The guide, generated from the loaded levels.
      await page.locator('#teacher-show-guide').click();
      assert(await page.locator('#teacher-guide h3').count() >= 5, 'the teacher guide has no chapters');
      await page.locator('#teacher-show-guide').click();
      // Printing shows the sheet alone.
      await page.emulateMedia({ media: 'print' });
      assert(await page.locator('.teacher-form').isHidden() && await page.locator('#lesson-sheet').isVisible(), 'print does not show the sheet alone');
      await page.screenshot({ path: `${shots}sheet-print.png`, fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      // The link in a fresh browser context: those levels in that order, in Spanish, fast-forward locked, seed 5.
      const fresh = await page.context().browser()!.newContext({ viewport, deviceScaleFactor: 1 });
      try {
        const student = await fresh.newPage();
        await student.goto(link.replace(/^https?:\/\/[^/]+\//, url.replace(/\/?$/, '/')));
        await student.waitForFunction(() => window.__synaptica?.levelId() === 'spike-threshold', null, { timeout: 15_000 });
        await passLevelCards(student);
        assert(JSON.stringify(await menuIds(student)) === JSON.stringify(['spike-threshold', 'stdp-pairing']), `the student's menu offers ${JSON.stringify(await menuIds(student))}`);
        assert(await student.evaluate(() => document.documentElement.lang) === 'es', 'the student page is not in Spanish');
        assert(await student.locator('input[name="speed"][value="fast"]').isDisabled(), 'fast-forward is not locked for the student');
        assert(await student.evaluate(() => (window.__synaptica!.levelData() as { seed?: number } | null)?.seed) === 5, 'the student level does not use seed 5');
        assert(await levelId(student) === 'spike-threshold', 'the student did not start at the first level');
      } finally {
        await fresh.close();
      }
    },
  },
];
