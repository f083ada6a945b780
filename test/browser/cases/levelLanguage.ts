// Built-in levels in Spanish (issue 15): ?locale=es&level=spike-threshold opens chapter 1's first level
// as from the campaign, and the intro card, the question, the goal panel, the objectives, the level
// menu and the campaign menu show the level's Spanish texts (levels/locales/es/). Screenshots at
// 1280x800 and 390x844 go to test-output/levelsEsA/.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assert, type TestCase } from '../harness';

const shots = fileURLToPath(new URL('../../../test-output/levelsEsA/', import.meta.url));
const spanish = JSON.parse(readFileSync(new URL('../../../levels/locales/es/spike-threshold.json', import.meta.url), 'utf8')) as Record<string, string>;
const spanishCampaign = JSON.parse(readFileSync(new URL('../../../levels/locales/es/campaign.json', import.meta.url), 'utf8')) as Record<string, string>;

const levelLanguage: TestCase = {
  name: 'level language: ?locale=es&level=spike-threshold shows the Spanish intro, question, goal, objectives, menus (1280x800 and 390x844)',
  async run(page, url) {
    mkdirSync(shots, { recursive: true });
    const textOf = async (selector: string): Promise<string> => ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();
    await page.goto(`${url}?locale=es&level=spike-threshold`);
    await page.waitForSelector('#level-intro-dialog[open]', { timeout: 15_000 });
    const intro = await textOf('#level-intro-dialog');
    assert(intro.includes(spanish['/lesson/intro'].slice(0, 60)), `the intro card is not in Spanish: "${intro.slice(0, 160)}"`);
    assert(!intro.includes('A neuron is a cell'), 'the intro card still shows the English intro');
    await page.screenshot({ path: `${shots}1-intro-1280.png` });

    await page.keyboard.press('Enter'); // Start has focus
    await page.waitForSelector('#prediction-dialog[open]', { timeout: 5000 });
    const legend = await textOf('#prediction-dialog legend');
    assert(legend === spanish['/lesson/predictions/0/question'], `the question reads "${legend}"`);
    const choices = await textOf('#prediction-dialog fieldset');
    for (const k of [0, 1, 2]) {
      const choice = spanish[`/lesson/predictions/0/choices/${k}`];
      assert(choices.includes(choice), `choice ${k} "${choice}" is not offered: "${choices}"`);
    }
    await page.screenshot({ path: `${shots}2-question-1280.png` });
    await page.keyboard.press('ArrowDown'); // the right answer is the second choice
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });

    const goal = await textOf('#lesson-goal');
    assert(goal === spanish['/lesson/goal'], `the goal panel reads "${goal}"`);
    const objectives = await textOf('#objectives-list');
    assert(objectives.includes(spanish['/objectives/0/description']), `the objectives panel reads "${objectives}"`);
    const notes = await textOf('#teacher-notes-text');
    assert(notes.includes(spanish['/lesson/teacherNotes'].slice(0, 60)), `the teacher notes read "${notes.slice(0, 120)}"`);
    const option = await textOf('#level-select option[value="spike-threshold"]');
    assert(option === spanish['/title'], `the level menu names the level "${option}"`);
    const parameter = await textOf('[data-action="param:stimuli.electrode.amplitudePa"]');
    assert(parameter.includes(spanish['/playerParameters/0/label']), `the slider is labelled "${parameter}"`);
    await page.screenshot({ path: `${shots}3-level-1280.png` });

    // The campaign menu: chapter titles and level titles in Spanish.
    await page.locator('#campaign-open').click();
    await page.waitForSelector('#campaign-dialog[open]');
    const campaign = await textOf('#campaign-dialog');
    assert(campaign.includes(spanishCampaign['/chapters/0/title']) && campaign.includes(spanishCampaign['/chapters/1/summary'].slice(0, 50)), `the campaign menu is not in Spanish: "${campaign.slice(0, 200)}"`);
    assert(campaign.includes(spanish['/title']), 'the campaign menu does not name the level in Spanish');
    await page.screenshot({ path: `${shots}4-campaign-1280.png` });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 5000 });

    // A phone: the same page; the goal is in Spanish on the narrow layout too.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${shots}5-level-390.png` });
    await page.evaluate(() => document.getElementById('lesson-goal')?.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${shots}6-goal-390.png` });
    assert(await page.locator('#lesson-goal').isVisible(), 'the goal is not visible on a phone');
  },
};

export const tests: TestCase[] = [levelLanguage];
